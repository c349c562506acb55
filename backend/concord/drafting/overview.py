"""The whole document as its page shows it: drafting, deliberation and consensus together.

It sits above the domains (they never import it), so it may use them all.
"""

from __future__ import annotations

from pydantic import Field
from sqlmodel import Session

from concord.consensus import service as consensus
from concord.consensus.schemas import ApprovalSummary
from concord.deliberation import service as deliberation
from concord.drafting.models import Document
from concord.drafting.schemas import DocumentPublic
from concord.drafting.service import live_sections, paragraph_numbers
from concord.drafting.views import (
    People,
    bracket_summary,
    document_summary,
    parties,
    section_public,
)
from concord.identity.access import Viewer
from concord.identity.schemas import DelegationPublic


class DocumentOverview(DocumentPublic):
    approvals: ApprovalSummary = Field(description="Progress towards adoption (paragraphs).")


def document_view(session: Session, viewer: Viewer, document: Document) -> DocumentOverview:
    """The whole document in a constant number of statements, whatever its length."""
    assert document.id is not None
    rows = live_sections(session, document.id)
    people = People.of_versions(session, viewer, (v for _, v in rows))
    numbers = paragraph_numbers(s.kind for s, _ in rows)
    counts = deliberation.comment_counts(session, viewer, (s.id for s, _ in rows if s.id))
    sections = [
        section_public(s, v, people, n, counts.get(s.id or 0, 0))
        for (s, v), n in zip(rows, numbers, strict=True)
    ]
    visible = [d for d in parties(session, document.id) if viewer.sees_delegation(d.id)]
    return DocumentOverview(
        **document_summary(document).model_dump(),
        parties=[DelegationPublic.model_validate(d) for d in visible],
        sections=sections,
        brackets=bracket_summary(v.text for _, v in rows),
        approvals=consensus.approval_summary(
            session, viewer, document, rows=rows, party_ids=[d.id for d in visible if d.id]
        ),
    )
