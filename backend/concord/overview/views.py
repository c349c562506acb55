"""The whole document as its page shows it: drafting, deliberation and consensus together.

It sits above the domains (they never import it), so it may use them all.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import and_
from sqlmodel import Session, col, select

from concord.consensus import standing
from concord.deliberation import visibility as deliberation
from concord.drafting.models import Document, DocumentParty, Section, Version
from concord.drafting.service import live_sections, paragraph_numbers
from concord.drafting.views import (
    People,
    bracket_summary,
    document_spans,
    document_summary,
    held_brackets,
    parties,
    section_public,
    span_marks,
)
from concord.identity.access import Viewer
from concord.identity.schemas import DelegationPublic
from concord.overview.schemas import DocumentListed, DocumentOverview


def document_view(session: Session, viewer: Viewer, document: Document) -> DocumentOverview:
    """The whole document in a constant number of statements, whatever its length."""
    assert document.id is not None
    rows = live_sections(session, document.id)
    people = People.of_versions(session, viewer, (v for _, v in rows))
    numbers = paragraph_numbers(s.kind for s, _ in rows)
    counts = deliberation.comment_counts(session, viewer, (s.id for s, _ in rows if s.id))
    found = document_spans(rows)
    marks = span_marks(rows, found)
    held = held_brackets(session, viewer, rows)
    sections = [
        section_public(
            s,
            v,
            people,
            n,
            counts.get(s.id or 0, 0),
            marks.get(s.id or 0, ()),
            held.get(s.id or 0, ()),
        )
        for (s, v), n in zip(rows, numbers, strict=True)
    ]
    visible = [d for d in parties(session, document.id) if viewer.sees_delegation(d.id)]
    return DocumentOverview(
        **document_summary(document).model_dump(),
        parties=[DelegationPublic.model_validate(d) for d in visible],
        sections=sections,
        brackets=bracket_summary(rows, found),
        approvals=standing.approval_summary(
            session,
            viewer,
            document,
            rows=rows,
            party_ids=[d.id for d in visible if d.id],
            found=found,
        ),
    )


def document_list_view(
    session: Session, viewer: Viewer, documents: Sequence[Document]
) -> list[DocumentListed]:
    """A page of documents with their progress, in three statements whatever their number."""
    ids = [d.id for d in documents if d.id is not None]
    rows: dict[int, list[tuple[Section, Version]]] = {d: [] for d in ids}
    for section, version in session.exec(
        select(Section, Version)
        .join(
            Version,
            and_(col(Version.section_id) == col(Section.id), col(Version.number) == Section.head),
        )
        .where(col(Section.document_id).in_(ids), col(Section.retired_at).is_(None))
        .order_by(col(Section.document_id), col(Section.position))
    ).all():
        rows[section.document_id].append((section, version))
    visible: dict[int, list[int]] = {d: [] for d in ids}
    for party in session.exec(
        select(DocumentParty).where(col(DocumentParty.document_id).in_(ids))
    ).all():
        if viewer.sees_delegation(party.delegation_id):
            visible[party.document_id].append(party.delegation_id)
    progress = standing.summaries(session, rows, visible) if ids else {}
    return [
        DocumentListed(**document_summary(d).model_dump(), approvals=progress[d.id])
        for d in documents
        if d.id is not None
    ]
