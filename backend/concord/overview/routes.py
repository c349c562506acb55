"""The document page and the document list: a document with its progress towards adoption.

These routes answer with drafting's document and consensus's approval summary together, so they
sit above both domains (tagged `drafting`, as the document routes they are).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status

from concord.core.dependencies import SessionDep
from concord.core.errors import ERROR_RESPONSES
from concord.drafting import service as drafting
from concord.drafting.dependencies import DocumentDep, LockedDocumentDep
from concord.drafting.schemas import DocumentCreate, DocumentUpdate
from concord.identity.dependencies import ViewerDep
from concord.overview import views as overview
from concord.overview.schemas import DocumentListed, DocumentOverview

router = APIRouter(tags=["drafting"], responses=ERROR_RESPONSES)


@router.get("/documents")
def list_documents(
    session: SessionDep,
    viewer: ViewerDep,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> list[DocumentListed]:
    """List the documents the caller may read, each with its progress towards adoption."""
    found = drafting.list_documents(session, viewer, offset=offset, limit=limit)
    return overview.document_list_view(session, viewer, found)


@router.post("/documents", status_code=status.HTTP_201_CREATED)
def create_document(
    session: SessionDep, viewer: ViewerDep, body: DocumentCreate
) -> DocumentOverview:
    """Create a document in drafting, with the delegations whose approval it needs."""
    document = drafting.create_document(session, viewer, body)
    return overview.document_view(session, viewer, document)


@router.get("/documents/{document_id}")
def get_document(session: SessionDep, viewer: ViewerDep, document: DocumentDep) -> DocumentOverview:
    """The whole document: sections in order with their current versions and brackets."""
    return overview.document_view(session, viewer, document)


@router.patch("/documents/{document_id}")
def update_document(
    session: SessionDep, viewer: ViewerDep, document: LockedDocumentDep, body: DocumentUpdate
) -> DocumentOverview:
    """Rename a document or change its kind (while drafting; the chair or the secretariat)."""
    drafting.update_document(session, viewer, document, body)
    return overview.document_view(session, viewer, document)
