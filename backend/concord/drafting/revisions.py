"""Revisions (Rev.N snapshots of a whole document) and the comparison of any two of them."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, tuple_
from sqlmodel import Session, col, select

from concord.audit import service as audit
from concord.audit.actions import Action
from concord.drafting import policy
from concord.drafting.diff import word_diff
from concord.drafting.errors import RevisionNotFound
from concord.drafting.models import Document, Revision, RevisionEntry, SectionKind, Version
from concord.drafting.schemas import (
    DocumentDiff,
    RevisionEntryPublic,
    RevisionPublic,
    SectionChange,
    SectionChangeStatus,
)
from concord.drafting.service import live_sections, paragraph_numbers
from concord.drafting.views import People
from concord.identity.access import Viewer

HEAD = "head"


@dataclass(frozen=True)
class Entry:
    section_id: int
    version: int
    kind: SectionKind
    level: int | None


@dataclass(frozen=True)
class Snapshot:
    label: str
    entries: list[Entry]


def create_revision(session: Session, viewer: Viewer, document: Document) -> Revision:
    """Snapshot the current versions in order as Rev.N. Holds the document's row lock."""
    assert document.id is not None
    policy.require_pen(viewer, document)
    last = session.exec(
        select(func.max(Revision.number)).where(Revision.document_id == document.id)
    ).one()
    revision = Revision(document_id=document.id, number=(last or 0) + 1, created_by=viewer.id)
    session.add(revision)
    session.flush()
    assert revision.id is not None
    for position, (section, _version) in enumerate(live_sections(session, document.id)):
        assert section.id is not None
        session.add(
            RevisionEntry(
                revision_id=revision.id,
                section_id=section.id,
                version=section.head,
                position=position,
                kind=section.kind,
                level=section.level,
            )
        )
    session.flush()
    audit.log(session, Action.REVISION_CREATE, "document", document.id, {"label": revision.label})
    return revision


def list_revisions(session: Session, document: Document) -> Sequence[Revision]:
    return session.exec(
        select(Revision).where(Revision.document_id == document.id).order_by(col(Revision.number))
    ).all()


def _entries(session: Session, revision: Revision) -> list[Entry]:
    rows = session.exec(
        select(RevisionEntry)
        .where(RevisionEntry.revision_id == revision.id)
        .order_by(col(RevisionEntry.position))
    ).all()
    return [Entry(r.section_id, r.version, r.kind, r.level) for r in rows]


def find_revision(session: Session, document: Document, ref: str) -> Revision:
    """Accept `Rev.3`, `rev.3` or `3`."""
    text = ref.strip()
    digits = text[4:] if text.lower().startswith("rev.") else text
    if not digits.isascii() or not digits.isdigit() or len(digits) > 9:
        raise RevisionNotFound(f"No revision {ref!r}.", details={"revision": ref[:40]})
    revision = session.exec(
        select(Revision).where(Revision.document_id == document.id, Revision.number == int(digits))
    ).first()
    if revision is None:
        raise RevisionNotFound(f"No revision {ref!r}.", details={"revision": ref[:40]})
    return revision


def snapshot(session: Session, document: Document, ref: str) -> Snapshot:
    if ref.strip().lower() == HEAD:
        assert document.id is not None
        rows = live_sections(session, document.id)
        entries = [Entry(s.id or 0, s.head, s.kind, s.level) for s, _ in rows]
        return Snapshot(HEAD, entries)
    revision = find_revision(session, document, ref)
    return Snapshot(revision.label, _entries(session, revision))


def revision_public(session: Session, viewer: Viewer, revision: Revision) -> RevisionPublic:
    assert revision.id is not None
    entries = _entries(session, revision)
    people = People.load(session, viewer, [revision.created_by])
    numbers = paragraph_numbers(e.kind for e in entries)
    return RevisionPublic(
        id=revision.id,
        number=revision.number,
        label=revision.label,
        created_at=revision.created_at,
        created_by=people.person(revision.created_by),
        sections=[
            RevisionEntryPublic(
                section_id=e.section_id,
                version=e.version,
                position=i,
                kind=e.kind,
                level=e.level,
                number=n,
            )
            for i, (e, n) in enumerate(zip(entries, numbers, strict=True))
        ],
    )


def _texts(session: Session, pairs: set[tuple[int, int]]) -> dict[tuple[int, int], Version]:
    if not pairs:
        return {}
    rows = session.exec(
        select(Version).where(tuple_(Version.section_id, Version.number).in_(sorted(pairs)))
    ).all()
    return {(v.section_id, v.number): v for v in rows}


def moves(old: list[int], new: list[int]) -> set[int]:
    """Sections kept in both whose relative order changed: the fewest that, put back, give the
    older order. The others keep their order: the longest increasing subsequence of their older
    positions taken in the newer order (sections are unique, so this is the longest common
    order), found by patience sorting in O(n log n)."""
    where = {s: i for i, s in enumerate(old)}
    kept = [s for s in new if s in where]
    tails: list[int] = []  # tails[k]: index into `kept` of the smallest end of a run of k + 1
    ends: list[int] = []  # the older positions of those ends, for bisecting
    before: list[int | None] = []  # the run's previous element, for each element of `kept`
    for index, sid in enumerate(kept):
        at = bisect_left(ends, where[sid])
        before.append(tails[at - 1] if at > 0 else None)
        if at == len(tails):
            tails.append(index)
            ends.append(where[sid])
        else:
            tails[at] = index
            ends[at] = where[sid]
    in_order: set[int] = set()
    cursor = tails[-1] if tails else None
    while cursor is not None:
        in_order.add(kept[cursor])
        cursor = before[cursor]
    return set(kept) - in_order


# (section, at its older place): a removed section, or where a moved one stood.
Place = tuple[int, bool]


def places(old: list[int], new: list[int], moved: set[int]) -> list[Place]:
    """The newer order with the older places woven in: each section of the newer text at its
    place, `(sid, False)`; each removed section, and each moved one again, where it stood in
    the older text, `(sid, True)`: right after the older place of the section before it. So
    leaving out the older places gives the newer order, and leaving out the additions and the
    moved sections' newer places gives the older order (a redline's accept and reject)."""
    kept = set(new)
    follow: dict[Place | None, list[Place]] = {}
    previous: Place | None = None
    for sid in old:
        if sid not in kept or sid in moved:
            place = (sid, True)
            follow.setdefault(previous, []).append(place)
        else:
            place = (sid, False)
        previous = place
    out: list[Place] = []
    for here in [None, *((sid, False) for sid in new)]:
        if here is not None:
            out.append(here)
        stack = list(reversed(follow.get(here, [])))
        while stack:
            place = stack.pop()
            out.append(place)
            stack.extend(reversed(follow.get(place, [])))
    return out


def compare(session: Session, document: Document, old: Snapshot, new: Snapshot) -> DocumentDiff:
    """Per-section changes from `old` to `new`: added, removed, changed (with word diff), moved."""
    assert document.id is not None
    old_ids = [e.section_id for e in old.entries]
    new_ids = [e.section_id for e in new.entries]
    old_by = {
        e.section_id: (e, n)
        for e, n in zip(old.entries, paragraph_numbers(e.kind for e in old.entries), strict=True)
    }
    new_by = {
        e.section_id: (e, n)
        for e, n in zip(new.entries, paragraph_numbers(e.kind for e in new.entries), strict=True)
    }
    old_at = {sid: i for i, sid in enumerate(old_ids)}
    new_at = {sid: i for i, sid in enumerate(new_ids)}
    moved = moves(old_ids, new_ids)
    wanted = {
        (sid, old_by[sid][0].version)
        for sid in old_ids
        if sid in new_by and old_by[sid][0].version != new_by[sid][0].version
    }
    wanted |= {(sid, new_by[sid][0].version) for sid, _ in wanted}
    versions = _texts(session, wanted)

    changes: dict[int, SectionChange] = {}
    for sid in new_ids:
        entry, number = new_by[sid]
        if sid not in old_by:
            changes[sid] = _change(sid, "added", False, None, (entry, number, new_at[sid]), None)
            continue
        before, before_number = old_by[sid]
        was = (before, before_number, old_at[sid])
        diff = None
        status: SectionChangeStatus = "unchanged"
        if before.version != entry.version:
            a, b = versions[(sid, before.version)], versions[(sid, entry.version)]
            if a.content_hash != b.content_hash:
                status = "changed"
                diff = word_diff(a.text, b.text)
        changes[sid] = _change(sid, status, sid in moved, was, (entry, number, new_at[sid]), diff)

    for sid in old_ids:
        if sid not in new_by:
            changes[sid] = _change(sid, "removed", False, (*old_by[sid], old_at[sid]), None, None)
    # Removed sections go back where they stood (see `places`).
    woven = places(old_ids, new_ids, moved)
    ordered = [changes[sid] for sid, older in woven if not older or sid not in new_by]

    return DocumentDiff(
        document_id=document.id,
        from_revision=old.label,
        to_revision=new.label,
        added=sum(c.status == "added" for c in ordered),
        removed=sum(c.status == "removed" for c in ordered),
        changed=sum(c.status == "changed" for c in ordered),
        moved=sum(c.moved for c in ordered),
        sections=ordered,
    )


def _change(
    section_id: int,
    status: SectionChangeStatus,
    moved: bool,
    before: tuple[Entry, int | None, int] | None,
    after: tuple[Entry, int | None, int] | None,
    diff: list[tuple[int, str]] | None,
) -> SectionChange:
    known = after or before
    kind = known[0].kind if known else SectionKind.paragraph
    return SectionChange(
        section_id=section_id,
        status=status,
        moved=moved,
        kind=kind,
        from_version=before[0].version if before else None,
        to_version=after[0].version if after else None,
        from_number=before[1] if before else None,
        to_number=after[1] if after else None,
        from_position=before[2] if before else None,
        to_position=after[2] if after else None,
        diff=diff,
    )
