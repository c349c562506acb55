"""Comments anchored to quotes, and amendments: the options on the table."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Query, Response, status

from concord.core.dependencies import SessionDep
from concord.core.errors import ERROR_RESPONSES
from concord.deliberation import amendments, comments, compilation
from concord.deliberation.dependencies import LockedAmendmentDep, LockedCommentDep
from concord.deliberation.schemas import (
    AmendmentCreate,
    AmendmentDecision,
    AmendmentFilter,
    AmendmentPublic,
    CommentCreate,
    CommentPublic,
    CommentResolve,
    CommentUpdate,
    CompiledPublic,
    CompileRequest,
)
from concord.drafting import service as drafting
from concord.drafting import views as drafting_views
from concord.drafting.dependencies import DocumentDep, SectionDep
from concord.identity.dependencies import ViewerDep

router = APIRouter(tags=["deliberation"], responses=ERROR_RESPONSES)
OptionalDecision = Annotated[AmendmentDecision | None, Body()]


@router.get("/sections/{section_id}/comments")
def list_comments(
    session: SessionDep,
    viewer: ViewerDep,
    section: SectionDep,
    language: Annotated[
        str | None,
        Query(
            min_length=2,
            max_length=3,
            pattern="^[a-z]{2,3}$",
            description="The comments on the section's translation into this language of the "
            "document; omitted: those on the negotiating text.",
        ),
    ] = None,
) -> list[CommentPublic]:
    """The section's comments you may see, oldest first, each re-anchored in the current text
    (of the negotiating text, or of the translation asked for)."""
    return comments.list_comments(session, viewer, section, language)


@router.get("/documents/{document_id}/comments")
def list_document_comments(
    session: SessionDep, viewer: ViewerDep, document: DocumentDep
) -> list[CommentPublic]:
    """The comments you may see on the negotiating text of the document's live sections, in
    reading order (by section, then oldest first), each re-anchored in its section's current
    text: every margin of the document page in one request."""
    return comments.document_comments(session, viewer, document)


@router.post("/sections/{section_id}/comments", status_code=status.HTTP_201_CREATED)
def create_comment(
    session: SessionDep, viewer: ViewerDep, section: SectionDep, body: CommentCreate
) -> CommentPublic:
    """Comment on a quote of a version (empty quote: the whole section), or reply to a thread."""
    comment = comments.create_comment(session, viewer, section, body)
    return comments.comment_view(session, viewer, comment)


@router.patch("/comments/{comment_id}")
def edit_comment(
    session: SessionDep, viewer: ViewerDep, found: LockedCommentDep, body: CommentUpdate
) -> CommentPublic:
    """Rewrite your own comment; the earlier text is kept in `edits`."""
    comment, _, document = found
    comments.edit_comment(session, viewer, comment, document, body.body)
    return comments.comment_view(session, viewer, comment)


@router.post("/comments/{comment_id}/resolve")
def resolve_comment(
    session: SessionDep,
    viewer: ViewerDep,
    found: LockedCommentDep,
    body: Annotated[CommentResolve | None, Body()] = None,
) -> CommentPublic:
    """Resolve a thread, or reopen it with `{"resolved": false}` (author, chair, secretariat)."""
    comment, _, document = found
    resolved = body.resolved if body is not None else True
    comments.resolve_comment(session, viewer, comment, document, resolved)
    return comments.comment_view(session, viewer, comment)


@router.get("/sections/{section_id}/amendments")
def list_amendments(
    session: SessionDep,
    viewer: ViewerDep,
    section: SectionDep,
    status_: Annotated[AmendmentFilter, Query(alias="status")] = "open",
) -> list[AmendmentPublic]:
    """The amendments on the section (open ones by default) with word diffs and collisions."""
    return amendments.list_amendments(session, viewer, section, status_)


@router.post("/sections/{section_id}/amendments", status_code=status.HTTP_201_CREATED)
def propose_amendment(
    session: SessionDep, viewer: ViewerDep, section: SectionDep, body: AmendmentCreate
) -> AmendmentPublic:
    """Propose replacement text for the section, based on one of its versions."""
    amendment = amendments.propose(session, viewer, section, body)
    return amendments.amendment_view(session, viewer, amendment)


@router.post(
    "/amendments/{amendment_id}/accept",
    responses={409: {"description": "`edit_conflict`, `document_frozen` or `amendment_closed`."}},
)
def accept_amendment(
    session: SessionDep, viewer: ViewerDep, found: LockedAmendmentDep, body: OptionalDecision = None
) -> AmendmentPublic:
    """Make the amendment the section's new version, merged when its base moved (the chair)."""
    amendment, _, document = found
    reason = body.reason if body is not None else ""
    amendments.accept(session, viewer, amendment, document, reason)
    return amendments.amendment_view(session, viewer, amendment)


@router.post("/amendments/{amendment_id}/reject")
def reject_amendment(
    session: SessionDep, viewer: ViewerDep, found: LockedAmendmentDep, body: OptionalDecision = None
) -> AmendmentPublic:
    """Turn the amendment down with a `reason` (the chair or the secretariat)."""
    amendment, _, document = found
    reason = body.reason if body is not None else ""
    amendments.reject(session, viewer, amendment, document, reason)
    return amendments.amendment_view(session, viewer, amendment)


@router.post("/amendments/{amendment_id}/withdraw")
def withdraw_amendment(
    session: SessionDep, viewer: ViewerDep, found: LockedAmendmentDep, body: OptionalDecision = None
) -> AmendmentPublic:
    """Take your own amendment off the table."""
    amendment, _, document = found
    reason = body.reason if body is not None else ""
    amendments.withdraw(session, viewer, amendment, document, reason)
    return amendments.amendment_view(session, viewer, amendment)


@router.post(
    "/sections/{section_id}/compile",
    status_code=status.HTTP_201_CREATED,
    responses={
        200: {"model": CompiledPublic, "description": "The text already reads so: no version."},
        409: {"description": "`nothing_to_compile`, `not_compilable` or `edit_conflict`."},
    },
)
def compile_amendments(
    session: SessionDep,
    viewer: ViewerDep,
    section: SectionDep,
    body: CompileRequest,
    response: Response,
) -> CompiledPublic:
    """Set the open amendments side by side as bracketed alternatives, each held by its
    proposers' delegations (the chair or the secretariat); the amendments become `compiled`."""
    document = drafting.get_document(session, section.document_id)
    version, created, found, group = compilation.compile_amendments(
        session, viewer, section, document, body.base_version, body.reason, body.amendments
    )
    if not created:
        response.status_code = status.HTTP_200_OK
    return CompiledPublic(
        version=drafting_views.saved_view(session, viewer, version, created),
        amendments=[a.public_id for a in found],
        group=group,
    )
