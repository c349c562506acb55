"""HTTP routes of the consensus domain: positions, approvers, the matrix and the lifecycle."""

from __future__ import annotations

from fastapi import APIRouter, Response, status

from concord.consensus import approvals as consensus
from concord.consensus import lifecycle, standing
from concord.consensus.dependencies import VersionQuery
from concord.consensus.schemas import (
    ApprovalMatrix,
    ApprovalPublic,
    ApproverPublic,
    LifecycleCreate,
    LifecyclePublic,
    PositionSet,
    ReopenCreate,
    SilenceBreak,
    SilenceCreate,
)
from concord.core.dependencies import IdPath, SessionDep
from concord.core.errors import ERROR_RESPONSES, ErrorBody
from concord.drafting.dependencies import DocumentDep, LockedDocumentDep
from concord.identity.dependencies import ViewerDep

router = APIRouter(
    tags=["consensus"],
    responses={
        **ERROR_RESPONSES,
        403: {
            "model": ErrorBody,
            "description": "`not_a_party`, `not_an_approver`, `not_the_head`, `not_a_member`, "
            "`not_the_chair` or `secretariat_only`.",
        },
    },
)


@router.put("/sections/{section_id}/approvals/mine")
def set_position(
    session: SessionDep, viewer: ViewerDep, section_id: IdPath, body: PositionSet
) -> ApprovalPublic:
    """Set your delegation's position on the section's current version (409 `stale_version`)."""
    approval, changed = consensus.set_position(session, viewer, section_id, body)
    return consensus.approval_public(
        session, viewer, approval, head=approval.version, changed=changed
    )


@router.delete("/sections/{section_id}/approvals/mine")
def withdraw_position(
    session: SessionDep, viewer: ViewerDep, section_id: IdPath, version: VersionQuery = None
) -> ApprovalPublic:
    """Withdraw your delegation's position on a version of the section (default: current)."""
    approval = consensus.withdraw_position(session, viewer, section_id, version)
    return consensus.approval_public(session, viewer, approval, head=-1, changed=True)


@router.get("/delegations/{delegation_id}/approvers")
def list_approvers(
    session: SessionDep, viewer: ViewerDep, delegation_id: IdPath
) -> list[ApproverPublic]:
    """The delegation's delegates and whether each may set its positions (its members or the
    secretariat; the head always may)."""
    return consensus.list_approvers(session, viewer, delegation_id)


@router.put("/delegations/{delegation_id}/approvers/{user_id}")
def allow_approver(
    session: SessionDep, viewer: ViewerDep, delegation_id: IdPath, user_id: IdPath
) -> ApproverPublic:
    """Allow a delegate to set the delegation's positions (its head or the secretariat)."""
    return consensus.set_approver(session, viewer, delegation_id, user_id, allowed=True)


@router.delete(
    "/delegations/{delegation_id}/approvers/{user_id}", status_code=status.HTTP_204_NO_CONTENT
)
def disallow_approver(
    session: SessionDep, viewer: ViewerDep, delegation_id: IdPath, user_id: IdPath
) -> Response:
    """Stop a delegate from setting the delegation's positions (its head or the secretariat)."""
    consensus.set_approver(session, viewer, delegation_id, user_id, allowed=False)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/documents/{document_id}/approvals")
def approval_matrix(
    session: SessionDep, viewer: ViewerDep, document: DocumentDep
) -> ApprovalMatrix:
    """Sections × parties: each party's position, current or stale, and progress to adoption."""
    return standing.approval_matrix(session, viewer, document)


@router.get("/documents/{document_id}/lifecycle")
def lifecycle_state(
    session: SessionDep, viewer: ViewerDep, document: DocumentDep
) -> LifecyclePublic:
    """Where the document stands: status, latest revision, silence procedure and adoption."""
    return lifecycle.lifecycle_public(session, viewer, document)


@router.post("/documents/{document_id}/circulate")
def circulate(
    session: SessionDep, viewer: ViewerDep, document: LockedDocumentDep, _body: LifecycleCreate
) -> LifecyclePublic:
    """Circulate the text as the next Rev.N; editing stops (the chair or the secretariat)."""
    lifecycle.circulate(session, viewer, document)
    return lifecycle.lifecycle_public(session, viewer, document)


@router.post("/documents/{document_id}/silence")
def start_silence(
    session: SessionDep, viewer: ViewerDep, document: LockedDocumentDep, body: SilenceCreate
) -> LifecyclePublic:
    """Start a silence procedure on the circulated revision until `deadline` (the secretariat)."""
    lifecycle.start_silence(session, viewer, document, body.deadline)
    return lifecycle.lifecycle_public(session, viewer, document)


@router.post("/documents/{document_id}/silence/break")
def break_silence(
    session: SessionDep, viewer: ViewerDep, document: LockedDocumentDep, body: SilenceBreak
) -> LifecyclePublic:
    """Object to the text under silence (a member of a party): back to `circulated`."""
    lifecycle.request_break(session, viewer, document, body.reason)
    return lifecycle.lifecycle_public(session, viewer, document)


@router.post("/documents/{document_id}/adopt")
def adopt(
    session: SessionDep, viewer: ViewerDep, document: LockedDocumentDep, _body: LifecycleCreate
) -> LifecyclePublic:
    """Adopt the text when every party agrees and no brackets remain (the secretariat)."""
    lifecycle.adopt(session, viewer, document)
    return lifecycle.lifecycle_public(session, viewer, document)


@router.post("/documents/{document_id}/reopen")
def reopen(
    session: SessionDep, viewer: ViewerDep, document: LockedDocumentDep, body: ReopenCreate
) -> LifecyclePublic:
    """Return a circulated, silenced or adopted document to drafting (the secretariat), with
    an optional reason kept in the audit log."""
    lifecycle.reopen(session, viewer, document, reason=body.reason or "")
    return lifecycle.lifecycle_public(session, viewer, document)
