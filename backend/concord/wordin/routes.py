"""Word in: import a draft (.docx or .md) as a new document."""

from __future__ import annotations

import json
from typing import Annotated, Literal

from fastapi import APIRouter, File, Form, Query, Response, UploadFile, status

from concord.core.dependencies import SessionDep
from concord.core.errors import ERROR_RESPONSES, Invalid
from concord.drafting.dependencies import DocumentDep
from concord.drafting.models import DocumentKind
from concord.identity.dependencies import ViewerDep
from concord.wordin import returns, service
from concord.wordin.schemas import ImportResult, ReturnPublic

router = APIRouter(tags=["import"], responses=ERROR_RESPONSES)


def _authors(raw: str) -> dict[str, str]:
    try:
        value = json.loads(raw or "{}")
    except ValueError:
        value = None
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise Invalid(
            'authors is a JSON object of Word author names to delegation codes: {"Name": "FRA"}.',
            code="invalid_authors",
            details={"field": "authors"},
        )
    return {k[:200]: v[:40] for k, v in list(value.items())[:200]}


@router.post(
    "/documents/import",
    status_code=status.HTTP_201_CREATED,
    responses={200: {"description": "The dry run: what would be created.", "model": ImportResult}},
)
def import_draft(
    session: SessionDep,
    viewer: ViewerDep,
    response: Response,
    file: Annotated[UploadFile, File(description="The draft: .docx or .md.")],
    title: Annotated[str | None, Form(max_length=500)] = None,
    kind: Annotated[DocumentKind, Form()] = DocumentKind.other,
    working_group_id: Annotated[int | None, Form(ge=1, le=2**31 - 1)] = None,
    changes: Annotated[
        Literal["accept", "reject", "amend"],
        Form(description="Tracked changes: accept, reject, or amendments of their authors."),
    ] = "accept",
    authors: Annotated[
        str, Form(description='JSON: Word author name -> delegation code, {"A. Author": "FRA"}.')
    ] = "{}",
    dry_run: Annotated[bool, Query(description="Only say what would be created.")] = False,
) -> ImportResult:
    """Import a draft from Word or Markdown as a new document (the secretariat or a chair)."""
    options = service.Options(
        title=(title or "").strip() or None,
        kind=kind,
        working_group_id=working_group_id,
        changes=changes,
        authors=_authors(authors),
    )
    service.require_importer(viewer, options)
    data = file.file.read(service.max_upload() + 1)
    plan = service.plan(file.filename or "draft", data, options)
    if dry_run:
        response.status_code = status.HTTP_200_OK
        return ImportResult.of(plan, dry_run=True, document_id=None, section_ids=[])
    document, section_ids = service.import_draft(session, viewer, plan, options)
    return ImportResult.of(plan, dry_run=False, document_id=document.id, section_ids=section_ids)


@router.post("/documents/{document_id}/returns", status_code=status.HTTP_201_CREATED)
def return_copy(
    session: SessionDep,
    viewer: ViewerDep,
    document: DocumentDep,
    file: Annotated[UploadFile, File(description="The delegation's copy, edited in Word.")],
) -> ReturnPublic:
    """A delegation's Word copy, edited with Track Changes, as its amendments and comments."""
    data = file.file.read(service.max_upload() + 1)
    result = returns.receive(session, viewer, document, file.filename or "copy.docx", data)
    return ReturnPublic.of(result)
