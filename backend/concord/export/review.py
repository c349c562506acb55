"""Tracked changes for the document page: what changed since a revision (or since my
delegation's last approval), and the open amendments over the current text.

Both are rendered text, never Markdown: each side is parsed and diffed word by word as the Word
redline does (docx/redline.py) and written as `<ins>`/`<del>` HTML by the HTML export's writer,
so the page, the HTML export and the Word file agree on what changed. Everything is filtered for
the viewer: only sections of a document the viewer may read (the route's `DocumentDep`), only
amendments the viewer may see (deliberation/visibility.py), and a change is attributed by a
delegation's code only when the amendment itself is visible.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Literal

from sqlalchemy import tuple_
from sqlmodel import Session, col, select

from concord.consensus.models import Approval, Decision
from concord.core.errors import Invalid
from concord.deliberation import amendments
from concord.deliberation import visibility as rules
from concord.deliberation.models import Amendment, AmendmentStatus
from concord.drafting import revisions
from concord.drafting import service as drafting
from concord.drafting.models import Document, Section, SectionKind, Version
from concord.drafting.revisions import HEAD, Entry
from concord.drafting.service import live_sections, paragraph_numbers
from concord.export.docx import redline
from concord.export.docx.xml import w3cdtf
from concord.export.errors import NoDelegation
from concord.export.html import tracked_html
from concord.export.schemas import SuggestionPublic, TrackedChanges, TrackedSection
from concord.identity.access import Viewer

SINCE_APPROVAL = "approval"
Status = Literal["added", "removed", "changed", "moved"]
# What "my delegation approved" means here: a position that agrees with the text.
_APPROVING = (Decision.approve, Decision.ad_referendum, Decision.reservation)


def _level(kind: SectionKind, level: int | None) -> int | None:
    return (level or 1) if kind == SectionKind.heading else None


def _versions(session: Session, pairs: Iterable[tuple[int, int]]) -> dict[tuple[int, int], str]:
    wanted = sorted(set(pairs))
    if not wanted:
        return {}
    rows = session.exec(
        select(Version.section_id, Version.number, Version.text).where(
            tuple_(Version.section_id, Version.number).in_(wanted)
        )
    ).all()
    return {(sid, number): text for sid, number, text in rows}


def changes_since(
    session: Session, viewer: Viewer, document: Document, since: str, until: str = HEAD
) -> TrackedChanges:
    """Every section changed from `since` (`Rev.N`, or `approval`: each section's version my
    delegation last approved) to `until` (a later `Rev.N`, or the current text), as tracked
    changes over rendered text."""
    later = until.strip().lower() != HEAD
    if since.strip().lower() == SINCE_APPROVAL:
        if later:
            raise Invalid(
                "Changes since your approval run to the current text only.",
                code="until_needs_revision",
                details={"field": "until"},
            )
        return _since_approval(session, viewer, document)
    revision = revisions.find_revision(session, document, since)
    old = revisions.snapshot(session, document, revision.label)
    # The changes are the later text's: named after it, dated by it (the current text keeps the
    # older revision's name and time). Never now: the same change renders the same, so is cached.
    by = redline.Author(revision.label, w3cdtf(revision.created_at))
    if later:
        end = revisions.find_revision(session, document, until)
        if end.number < revision.number:
            raise Invalid(
                f"{end.label} is older than {revision.label}: compare the older with the later.",
                code="revisions_reversed",
                details={"field": "until", "since": revision.label, "until": end.label},
            )
        by = redline.Author(end.label, w3cdtf(end.created_at))
    new = revisions.snapshot(session, document, until)
    old_by = {e.section_id: e for e in old.entries}
    new_ids = {e.section_id for e in new.entries}
    moved = revisions.moves(
        [e.section_id for e in old.entries], [e.section_id for e in new.entries]
    )
    old_numbers = dict(
        zip(
            (e.section_id for e in old.entries),
            paragraph_numbers(e.kind for e in old.entries),
            strict=True,
        )
    )
    found: list[tuple[Status, Entry | None, Entry | None]] = []
    for entry in new.entries:
        before = old_by.get(entry.section_id)
        if before is None:
            found.append(("added", None, entry))
        elif before.version != entry.version:
            found.append(("changed", before, entry))
        elif entry.section_id in moved:
            found.append(("moved", before, entry))
    found += [("removed", e, None) for e in old.entries if e.section_id not in new_ids]
    texts = _versions(
        session, ((e.section_id, e.version) for _, *pair in found for e in pair if e is not None)
    )
    out: list[TrackedSection] = []
    for status, before, after in found:
        known = after or before
        assert known is not None
        sid = known.section_id
        old_text = texts[(sid, before.version)] if before else None
        new_text = texts[(sid, after.version)] if after else None
        if old_text == new_text and sid not in moved:
            continue  # a version that restored the earlier text
        out.append(
            TrackedSection(
                section_id=sid,
                status="moved" if old_text == new_text else status,
                from_version=before.version if before else None,
                to_version=after.version if after else None,
                html=_tracked(sid, old_text, new_text, by, _level(known.kind, known.level)),
                moved=sid in moved,
                from_number=old_numbers.get(sid) if sid in moved else None,
            )
        )
    assert document.id is not None
    return TrackedChanges(
        document_id=document.id, since=old.label, until=new.label, count=len(out), sections=out
    )


def section_changes(session: Session, section: Section, older: int, newer: int) -> TrackedSection:
    """One section from version `older` to version `newer` as tracked changes over its rendered
    text: what the history page shows (no Markdown syntax, emphasis changes as formatting)."""
    assert section.id is not None
    before = drafting.get_version(session, section, older)
    after = drafting.get_version(session, section, newer)
    by = redline.Author(f"Version {newer}", w3cdtf(after.created_at))
    return TrackedSection(
        section_id=section.id,
        status="changed",
        from_version=older,
        to_version=newer,
        html=_tracked(section.id, before.text, after.text, by, _level(section.kind, section.level)),
    )


@lru_cache(maxsize=8192)
def _tracked(
    section_id: int, old: str | None, new: str | None, by: redline.Author, level: int | None
) -> str:
    """Versions never change, so neither does their redline: a long document's "what changed"
    is parsed and diffed once per process, then served from here (a pure function's results,
    not state: every process computes the same)."""
    return tracked_html(section_id, old, new, by, level)


def _since_approval(session: Session, viewer: Viewer, document: Document) -> TrackedChanges:
    if viewer.delegation_id is None:
        raise NoDelegation("Only a member of a delegation has approvals to compare with.")
    assert document.id is not None
    live = live_sections(session, document.id)
    ids = [s.id for s, _ in live]
    approved: dict[int, int] = {}
    rows = session.exec(
        select(Approval.section_id, Approval.version).where(
            col(Approval.section_id).in_(ids),
            Approval.delegation_id == viewer.delegation_id,
            col(Approval.withdrawn_at).is_(None),
            col(Approval.decision).in_(_APPROVING),
        )
    ).all()
    for sid, number in rows:
        approved[sid] = max(number, approved.get(sid, 0))
    texts = _versions(session, approved.items())
    out: list[TrackedSection] = []
    for section, version in live:
        assert section.id is not None
        base = approved.get(section.id)
        if base is None or base == version.number or texts[(section.id, base)] == version.text:
            continue
        by = redline.Author("Since your approval", w3cdtf(version.created_at))
        html = _tracked(
            section.id,
            texts[(section.id, base)],
            version.text,
            by,
            _level(section.kind, section.level),
        )
        out.append(
            TrackedSection(
                section_id=section.id,
                status="changed",
                from_version=base,
                to_version=version.number,
                html=html,
            )
        )
    return TrackedChanges(
        document_id=document.id, since=SINCE_APPROVAL, until=HEAD, count=len(out), sections=out
    )


def suggestions(session: Session, viewer: Viewer, document: Document) -> list[SuggestionPublic]:
    """The open amendments on the document's live sections that the viewer may see, each with
    what accepting it would do to the current text as tracked changes over rendered text."""
    assert document.id is not None
    rows = session.exec(
        select(Amendment, Section)
        .join(Section, col(Section.id) == col(Amendment.section_id))
        .where(
            Section.document_id == document.id,
            col(Section.retired_at).is_(None),
            rules.visible_amendments(viewer),
        )
        .order_by(col(Section.position), col(Amendment.id))
    ).all()
    by_section: dict[int, tuple[Section, list[Amendment]]] = {}
    for amendment, section in rows:
        assert section.id is not None
        by_section.setdefault(section.id, (section, []))[1].append(amendment)
    out: list[SuggestionPublic] = []
    for section, every in by_section.values():
        shown = [a for a in every if a.status == AmendmentStatus.open]
        if not shown:
            continue
        texts = rules.section_texts(session, section, (a.base_version for a in shown))
        current = texts.head.text
        level = _level(section.kind, section.level)
        for public, amendment in zip(
            amendments.present_amendments(session, viewer, section, shown, every),
            shown,
            strict=True,
        ):
            base = (
                current
                if amendment.base_version == texts.head.number
                else texts.older[amendment.base_version]
            )
            effect = amendments.effect(base, current, amendment.text)[0]
            name = public.delegation.code if public.delegation else public.proposer.name
            by = redline.Author(name, w3cdtf(amendment.created_at))
            out.append(
                SuggestionPublic(
                    amendment=public,
                    current_version=texts.head.number,
                    html=_tracked(section.id or 0, current, effect, by, level),
                )
            )
    return out
