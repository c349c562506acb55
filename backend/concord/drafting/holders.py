"""Who holds a bracket: the delegations that proposed the bracketed text or insist on it.

UN compilation texts attribute each bracket to the delegations behind it ("[shall]{EU}
[should]{G77}"): here the attribution is kept beside the text (drafting/models.BracketHolder),
never in it, so that an unannounced delegation is named only to those entitled to know it.
A bracket is named by its text and which occurrence of that text it is in the section: holders
survive edits elsewhere in the paragraph and merges, and follow the bracket to later versions.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlmodel import Session, col, delete, select

from concord.audit import service as audit
from concord.audit.actions import Action
from concord.core.text import check_text
from concord.drafting import policy, service, spans
from concord.drafting.errors import BracketsNotFound, NotAHolder
from concord.drafting.models import BracketHolder, Document, Section, Version
from concord.identity import service as identity
from concord.identity.access import Viewer
from concord.identity.models import Delegation

Key = tuple[str, int]  # (hash of the bracket's text, occurrence)


@dataclass(frozen=True)
class Held:
    """A bracket of a text (`start`..`end`, brackets included) and its holders' ids."""

    start: int
    end: int
    delegation_ids: tuple[int, ...]


def _hash(span_text: str) -> str:
    return hashlib.sha256(span_text.encode()).hexdigest()


def keys(text: str) -> dict[tuple[int, int], Key]:
    """Every bracket pair of the text (nested ones too) -> its key."""
    seen: dict[str, int] = defaultdict(int)
    found: dict[tuple[int, int], Key] = {}
    for start, end in sorted(spans.report(text).pairs):
        digest = _hash(text[start:end])
        found[(start, end)] = (digest, seen[digest])
        seen[digest] += 1
    return found


def key_at(text: str, start: int) -> tuple[tuple[int, int], Key] | None:
    for pair, key in keys(text).items():
        if pair[0] == start:
            return pair, key
    return None


def set_holders(
    session: Session,
    viewer: Viewer,
    section_id: int,
    version: int,
    key: Key,
    delegation_ids: Iterable[int],
    source: str,
) -> None:
    """The bracket's holders become `delegation_ids`; holders the viewer may not know of stay
    (a chair who cannot see a delegation neither names nor removes it)."""
    wanted = set(delegation_ids)
    current = session.exec(
        select(BracketHolder).where(
            BracketHolder.section_id == section_id,
            BracketHolder.span_hash == key[0],
            BracketHolder.occurrence == key[1],
        )
    ).all()
    for row in current:
        if row.delegation_id in wanted:
            wanted.discard(row.delegation_id)
        elif viewer.sees_delegation(row.delegation_id):
            session.delete(row)
    for delegation_id in sorted(wanted):
        session.add(
            BracketHolder(
                section_id=section_id,
                span_hash=key[0],
                occurrence=key[1],
                delegation_id=delegation_id,
                source=source,
                version=version,
                recorded_by=viewer.id,
            )
        )
    session.flush()


def record_new(
    session: Session,
    viewer: Viewer,
    section_id: int,
    before: str,
    after: Version,
    delegation_id: int | None,
    source: str,
) -> int:
    """The brackets `after` has that `before` did not were brought in by `delegation_id`:
    it holds them. Returns how many brackets were attributed."""
    if delegation_id is None:
        return 0
    old = set(keys(before).values())
    new = [key for key in keys(after.text).values() if key not in old]
    for key in new:
        set_holders(session, viewer, section_id, after.number, key, [delegation_id], source)
    return len(new)


def forget(session: Session, section_id: int) -> None:
    session.exec(delete(BracketHolder).where(col(BracketHolder.section_id) == section_id))


def held(session: Session, rows: Sequence[tuple[Section, Version]]) -> dict[int, list[Held]]:
    """Section id -> its current text's brackets that have holders, in one query."""
    return held_in(session, [(s.id, v.text) for s, v in rows if s.id is not None])


def held_in(session: Session, texts: Sequence[tuple[int, str]]) -> dict[int, list[Held]]:
    """Section id -> the brackets of the given text that have holders, in one query."""
    ids = [section_id for section_id, _ in texts]
    if not ids:
        return {}
    by_section: dict[int, dict[Key, list[int]]] = defaultdict(lambda: defaultdict(list))
    for row in session.exec(
        select(BracketHolder)
        .where(col(BracketHolder.section_id).in_(ids))
        .order_by(col(BracketHolder.id))
    ).all():
        by_section[row.section_id][(row.span_hash, row.occurrence)].append(row.delegation_id)
    found: dict[int, list[Held]] = {}
    for section_id, text in texts:
        recorded = by_section.get(section_id)
        if not recorded:
            continue
        out = [
            Held(pair[0], pair[1], tuple(recorded[key]))
            for pair, key in keys(text).items()
            if key in recorded
        ]
        if out:
            found[section_id] = out
    return found


def delegations(
    session: Session, viewer: Viewer, found: dict[int, list[Held]]
) -> dict[int, Delegation]:
    """The holders the viewer may know of, by id (one query)."""
    ids = {d for items in found.values() for h in items for d in h.delegation_ids}
    return {
        k: d
        for k, d in identity.delegations_by_id(session, ids).items()
        if viewer.sees_delegation(k)
    }


def set_by_chair(
    session: Session,
    viewer: Viewer,
    section: Section,
    document: Document,
    version_number: int,
    start: int,
    delegation_ids: Sequence[int],
    reason: str,
) -> None:
    """The chair or the secretariat says who holds the bracket opening at `start` of version
    `version_number` (any version: a bracket is named by its text, so the holders follow it).
    Delegations the chair may not know of are refused as unknown, and kept if already there."""
    policy.require_pen(viewer, document)
    version = service.get_version(session, section, version_number)
    found = key_at(version.text, start)
    if found is None:
        raise BracketsNotFound(
            f"Version {version_number} has no bracket opening there.",
            details={"start": start, "version": version_number},
        )
    wanted = set(delegation_ids)
    known = identity.delegations_by_id(session, wanted)
    unknown = sorted(d for d in wanted if d not in known or not viewer.sees_delegation(d))
    if unknown:
        raise NotAHolder("No such delegation.", details={"field": "delegation_ids"})
    note = check_text(reason, field="reason")
    set_holders(session, viewer, section.id or 0, version_number, found[1], wanted, "chair")
    audit.log(
        session,
        Action.BRACKETS_HOLDERS,
        "section",
        section.id,
        {
            "version": version_number,
            "start": start,
            "end": found[0][1],
            "delegation_ids": sorted(wanted),
            "reason": note,
        },
    )
