"""How drafting objects are shown to a viewer: versions with their authors (undisclosed when
the viewer may not know their delegation), sections with numbers and brackets, documents."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from sqlalchemy import func
from sqlmodel import Session, col, select

from concord.drafting import alternatives, holders, spans
from concord.drafting.models import Document, DocumentParty, Section, SectionKind, Version
from concord.drafting.render import render_html
from concord.drafting.schemas import (
    AlternativesPublic,
    BracketAt,
    BracketPair,
    Brackets,
    DocumentSummary,
    HeldBracket,
    OptionPublic,
    SectionPublic,
    SpanMark,
    VersionPublic,
    VersionSaved,
)
from concord.drafting.service import get_version
from concord.identity import service as identity
from concord.identity.access import Viewer
from concord.identity.models import Delegation, User
from concord.identity.schemas import DelegationPublic, PersonPublic


@lru_cache(maxsize=4096)
def _html(text: str) -> str:
    # Versions are immutable, so their rendering is too: cache by text.
    return render_html(text)


@lru_cache(maxsize=16384)
def _alternatives(text: str) -> tuple[AlternativesPublic, ...]:
    return tuple(
        AlternativesPublic(group=i, start=a.start, end=a.end, choices=a.choices(text))
        for i, a in enumerate(alternatives.alternatives(text))
    )


@lru_cache(maxsize=16384)
def _pairs(text: str) -> tuple[BracketPair, ...]:
    out: list[BracketPair] = []
    open_: list[int] = []  # ends of the pairs still open
    for start, end in sorted(spans.report(text).pairs):
        while open_ and open_[-1] <= start:
            open_.pop()
        out.append(BracketPair(start=start, end=end, depth=len(open_)))
        open_.append(end)
    return tuple(out)


@lru_cache(maxsize=16384)
def _options(text: str) -> tuple[OptionPublic, ...]:
    found = alternatives.options(text)
    return tuple(OptionPublic(label=o[0], text=o[1]) for o in found.lines) if found else ()


def text_brackets(text: str) -> Brackets:
    """One section's brackets on their own."""
    report = spans.report(text)
    words, total = report.bracketed_words, report.total_words
    return Brackets(
        spans=len(report.spans),
        bracketed_words=words,
        total_words=total,
        share=round(words / total, 4) if total else 0.0,
        unbalanced=report.unbalanced,
    )


def document_spans(rows: Sequence[tuple[Section, Version]]) -> spans.DocumentSpans:
    """The live sections' brackets matched over the document in order (rows in position order)."""
    return spans.match_texts([v.text for _, v in rows])


def bracket_summary(
    rows: Sequence[tuple[Section, Version]], found: spans.DocumentSpans | None = None
) -> Brackets:
    """A document's brackets: spans may cross sections, so every word inside one counts."""
    found = found if found is not None else document_spans(rows)
    words, total = found.bracketed_words, found.total_words
    return Brackets(
        spans=len(found.roots),
        bracketed_words=words,
        total_words=total,
        share=round(words / total, 4) if total else 0.0,
        unbalanced=[offset for _, offset in found.unbalanced],
        crossing=len(found.crossing),
        unmatched=[
            BracketAt(
                section_id=_section_id(rows, index),
                offset=offset,
                bracket="[" if rows[index][1].text[offset] == "[" else "]",
            )
            for index, offset in found.unbalanced
        ],
    )


def span_marks(
    rows: Sequence[tuple[Section, Version]], found: spans.DocumentSpans
) -> dict[int, list[SpanMark]]:
    """Section id -> the crossing spans covering it, outermost first."""
    marks: dict[int, list[SpanMark]] = {}
    for span in found.crossing:
        first, last = span.start[0], span.end[0]
        for index in range(first, last + 1):
            role: Literal["opens", "inside", "closes"] = (
                "opens" if index == first else "closes" if index == last else "inside"
            )
            marks.setdefault(_section_id(rows, index), []).append(
                SpanMark(
                    span=span.id,
                    role=role,
                    depth=span.depth,
                    first_section_id=_section_id(rows, first),
                    last_section_id=_section_id(rows, last),
                    start=span.start[1],
                    end=span.end[1],
                )
            )
    return marks


def _section_id(rows: Sequence[tuple[Section, Version]], index: int) -> int:
    section_id = rows[index][0].id
    assert section_id is not None
    return section_id


@dataclass(frozen=True)
class People:
    """Authors and delegations needed to present a batch of versions, loaded in two queries,
    and shown as the viewer may see them: members of an unannounced delegation stay undisclosed."""

    users: dict[int, User]
    delegations: dict[int, Delegation]
    viewer: Viewer

    @classmethod
    def load(
        cls,
        session: Session,
        viewer: Viewer,
        user_ids: Iterable[int],
        delegation_ids: Iterable[int | None] = (),
    ) -> People:
        return cls(
            users=identity.users_by_id(session, user_ids),
            delegations=identity.delegations_by_id(
                session, (d for d in delegation_ids if d is not None)
            ),
            viewer=viewer,
        )

    @classmethod
    def of_versions(cls, session: Session, viewer: Viewer, versions: Iterable[Version]) -> People:
        versions = list(versions)
        # The viewer is known already: a save answered to its author costs no query.
        known_user = {viewer.id: viewer.user}
        known_delegation = {viewer.delegation_id: viewer.delegation} if viewer.delegation else {}
        people = cls.load(
            session,
            viewer,
            (v.author_id for v in versions if v.author_id not in known_user),
            (v.delegation_id for v in versions if v.delegation_id not in known_delegation),
        )
        people.users.update(known_user)
        people.delegations.update({k: d for k, d in known_delegation.items() if k is not None})
        return people

    def person(self, user_id: int) -> PersonPublic:
        user = self.users[user_id]
        if not self.viewer.sees_delegation(user.delegation_id):
            return PersonPublic.undisclosed()
        return PersonPublic(id=user_id, name=user.name)

    def delegation(self, delegation_id: int | None) -> DelegationPublic | None:
        if delegation_id is None or not self.viewer.sees_delegation(delegation_id):
            return None
        return DelegationPublic.model_validate(self.delegations[delegation_id])


def _version_fields(version: Version, people: People) -> dict[str, Any]:
    author = people.person(version.author_id)
    return {
        "number": version.number,
        "text": version.text,
        "html": _html(version.text),
        "content_hash": version.content_hash,
        "author": author,
        "delegation": people.delegation(version.delegation_id) if author.id is not None else None,
        "created_at": version.created_at,
        "base_version": version.base_version,
        "merged": version.merged,
    }


def version_public(version: Version, people: People) -> VersionPublic:
    return VersionPublic(**_version_fields(version, people))


def section_public(
    section: Section,
    version: Version,
    people: People,
    number: int | None,
    comments: int = 0,
    marks: Sequence[SpanMark] = (),
    held: Sequence[HeldBracket] = (),
) -> SectionPublic:
    assert section.id is not None
    return SectionPublic(
        comments=comments,
        id=section.id,
        document_id=section.document_id,
        kind=section.kind,
        level=section.level,
        position=section.position,
        number=number,
        retired=section.retired_at is not None,
        current=version_public(version, people),
        brackets=text_brackets(version.text),
        spans=list(marks),
        alternatives=list(_alternatives(version.text)),
        options=list(_options(version.text)),
        holders=list(held),
        pairs=list(_pairs(version.text)),
    )


def held_brackets(
    session: Session, viewer: Viewer, rows: Sequence[tuple[Section, Version]]
) -> dict[int, list[HeldBracket]]:
    """Section id -> its brackets' holders as the viewer may know them (two queries): a bracket
    held only by delegations the viewer may not know of is not listed at all."""
    found = holders.held(session, rows)
    known = holders.delegations(session, viewer, found)
    out: dict[int, list[HeldBracket]] = {}
    for section_id, items in found.items():
        shown = [
            HeldBracket(
                start=h.start,
                end=h.end,
                delegations=[
                    DelegationPublic.model_validate(known[d])
                    for d in h.delegation_ids
                    if d in known
                ],
            )
            for h in items
        ]
        shown = [h for h in shown if h.delegations]
        if shown:
            out[section_id] = shown
    return out


def section_view(session: Session, viewer: Viewer, section: Section) -> SectionPublic:
    version = get_version(session, section, section.head)
    number = None
    if section.kind == SectionKind.paragraph and section.position is not None:
        earlier = session.exec(
            select(func.count())
            .select_from(Section)
            .where(
                Section.document_id == section.document_id,
                Section.kind == SectionKind.paragraph,
                col(Section.retired_at).is_(None),
                col(Section.position) <= section.position,
            )
        ).one()
        number = int(earlier)
    held = held_brackets(session, viewer, [(section, version)]).get(section.id or 0, ())
    return section_public(
        section, version, People.of_versions(session, viewer, [version]), number, held=held
    )


def document_summary(document: Document) -> DocumentSummary:
    return DocumentSummary.model_validate(document, from_attributes=True)


def parties(session: Session, document_id: int) -> list[Delegation]:
    return list(
        session.exec(
            select(Delegation)
            .join(DocumentParty, col(DocumentParty.delegation_id) == col(Delegation.id))
            .where(DocumentParty.document_id == document_id)
            .order_by(col(Delegation.code))
        ).all()
    )


def saved_view(session: Session, viewer: Viewer, version: Version, created: bool) -> VersionSaved:
    people = People.of_versions(session, viewer, [version])
    return VersionSaved(**_version_fields(version, people), created=created)
