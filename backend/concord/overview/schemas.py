"""The document page's models: drafting's document with consensus's approval summary."""

from __future__ import annotations

from pydantic import Field

from concord.consensus.schemas import ApprovalSummary
from concord.drafting.schemas import DocumentPublic, DocumentSummary


class DocumentOverview(DocumentPublic):
    approvals: ApprovalSummary = Field(description="Progress towards adoption (paragraphs).")


class DocumentListed(DocumentSummary):
    approvals: ApprovalSummary = Field(
        description="Progress towards adoption (paragraphs), with the share still bracketed."
    )
