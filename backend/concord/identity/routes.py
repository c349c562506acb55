"""Delegations, people and working groups."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import APIRouter, Response, status
from sqlmodel import Session

from concord.core.dependencies import IdPath, SessionDep
from concord.core.errors import ERROR_RESPONSES, ErrorBody, Invalid
from concord.identity import auth
from concord.identity import service as identity
from concord.identity.access import Viewer
from concord.identity.dependencies import SecretariatDep, ViewerDep
from concord.identity.models import Delegation, User, WorkingGroup
from concord.identity.schemas import (
    DelegationCreate,
    DelegationDetail,
    DelegationMemberAdd,
    DelegationPublic,
    DelegationUpdate,
    InvitationIssued,
    InvitationRequest,
    MemberPublic,
    PersonPublic,
    UserCreate,
    UserCreated,
    UserPublic,
    UserUpdate,
    WorkingGroupCreate,
    WorkingGroupMemberAdd,
    WorkingGroupMemberPublic,
    WorkingGroupPublic,
    WorkingGroupUpdate,
)

router = APIRouter(tags=["identity"], responses=ERROR_RESPONSES)


def delegation_detail(session: SessionDep, delegation: Delegation) -> DelegationDetail:
    members = [
        MemberPublic(id=u.id or 0, name=u.name, is_head=u.is_head)
        for u in identity.delegation_members(session, delegation)
    ]
    return DelegationDetail(
        **DelegationPublic.model_validate(delegation).model_dump(), members=members
    )


@router.get("/delegations")
def list_delegations(session: SessionDep, viewer: ViewerDep) -> list[DelegationPublic]:
    """The delegations taking part (unannounced ones only for the secretariat and themselves)."""
    return [
        DelegationPublic.model_validate(d) for d in identity.visible_delegations(session, viewer)
    ]


@router.post("/delegations", status_code=status.HTTP_201_CREATED)
def create_delegation(
    session: SessionDep, _viewer: SecretariatDep, body: DelegationCreate
) -> DelegationDetail:
    """Create a delegation, announced or not (secretariat)."""
    delegation = identity.create_delegation(
        session, code=body.code, name=body.name, kind=body.kind, announced=body.announced
    )
    return delegation_detail(session, delegation)


@router.get("/delegations/{delegation_id}")
def get_delegation(
    session: SessionDep, viewer: ViewerDep, delegation_id: IdPath
) -> DelegationDetail:
    """A delegation and its members."""
    return delegation_detail(session, identity.visible_delegation(session, viewer, delegation_id))


@router.patch("/delegations/{delegation_id}")
def update_delegation(
    session: SessionDep, viewer: SecretariatDep, delegation_id: IdPath, body: DelegationUpdate
) -> DelegationDetail:
    """Rename a delegation or announce it (`{"announced": true}`; secretariat)."""
    delegation = identity.visible_delegation(session, viewer, delegation_id)
    identity.update_delegation(session, delegation, name=body.name, announce=bool(body.announced))
    return delegation_detail(session, delegation)


@router.post("/delegations/{delegation_id}/members")
def add_delegation_member(
    session: SessionDep, viewer: SecretariatDep, delegation_id: IdPath, body: DelegationMemberAdd
) -> DelegationDetail:
    """Place a person in a delegation, as its head or a delegate (secretariat)."""
    delegation = identity.visible_delegation(session, viewer, delegation_id)
    user = identity.visible_user(session, viewer, body.user_id)
    identity.add_delegation_member(session, delegation, user, head=body.head)
    return delegation_detail(session, delegation)


def users_public(session: Session, users: Sequence[User]) -> list[UserPublic]:
    signed_in = identity.last_sign_ins(session, users)
    invited = identity.open_invitations(session, users)
    return [
        UserPublic.model_validate(
            {
                **user.model_dump(),
                "has_password": user.password_hash is not None,
                "last_sign_in_at": signed_in.get(user.id) if user.id is not None else None,
                "invitation_expires_at": invited.get(user.id) if user.id is not None else None,
            }
        )
        for user in users
    ]


def user_public(session: Session, user: User) -> UserPublic:
    return users_public(session, [user])[0]


@router.get("/users")
def list_users(session: SessionDep, _viewer: SecretariatDep) -> list[UserPublic]:
    """Everyone with an account, with when they last signed in (secretariat)."""
    return users_public(session, identity.list_users(session))


@router.post("/users", status_code=status.HTTP_201_CREATED)
def create_user(session: SessionDep, viewer: SecretariatDep, body: UserCreate) -> UserCreated:
    """Invite a person: their account, and a one-time link to set a password or bind an
    OpenID identity (secretariat). The link is returned here; hand it over."""
    delegation = None
    if body.delegation_id is not None:
        delegation = identity.visible_delegation(session, viewer, body.delegation_id)
    if body.secretariat and (delegation is None or delegation.kind != "secretariat"):
        raise Invalid(
            "Secretariat officers belong to a secretariat delegation.",
            code="secretariat_needs_delegation",
            details={"field": "secretariat"},
        )
    user = identity.create_user(
        session,
        email=body.email,
        name=body.name,
        delegation=delegation,
        is_head=body.head and delegation is not None,
        is_secretariat=body.secretariat,
    )
    issued = auth.invite(session, viewer.user, user)
    return UserCreated(
        user=user_public(session, user),
        invitation_url=issued.url,
        invitation_expires_at=issued.invitation.expires_at,
    )


@router.patch("/users/{user_id}")
def update_user(
    session: SessionDep, viewer: SecretariatDep, user_id: IdPath, body: UserUpdate
) -> UserPublic:
    """Rename or disable a person; disabling ends their sessions at once (secretariat)."""
    user = identity.visible_user(session, viewer, user_id)
    return user_public(
        session, identity.update_user(session, user, name=body.name, disabled=body.disabled)
    )


INVITATION_CONFLICTS: dict[int | str, dict[str, Any]] = {
    409: {
        "model": ErrorBody,
        "description": "`already_signed_in`, `person_disabled` or `no_open_invitation`.",
    }
}


@router.post("/users/{user_id}/invitation", responses=INVITATION_CONFLICTS)
def reissue_invitation(
    session: SessionDep,
    viewer: SecretariatDep,
    user_id: IdPath,
    body: InvitationRequest | None = None,
) -> InvitationIssued:
    """A new invitation link for a person who has not yet signed in; the earlier ones stop
    working (secretariat). The link is returned here only; hand it over."""
    user = identity.visible_user(session, viewer, user_id)
    days = body.days if body is not None else None
    issued = auth.reissue_invitation(session, viewer.user, user, days=days)
    return InvitationIssued(
        invitation_url=issued.url, invitation_expires_at=issued.invitation.expires_at
    )


@router.delete(
    "/users/{user_id}/invitation",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=INVITATION_CONFLICTS,
)
def revoke_invitation(session: SessionDep, viewer: SecretariatDep, user_id: IdPath) -> Response:
    """Stop a person's invitation links from working (secretariat)."""
    auth.revoke_invitation(session, identity.visible_user(session, viewer, user_id))
    return Response(status_code=status.HTTP_204_NO_CONTENT)


def group_public(session: SessionDep, viewer: Viewer, group: WorkingGroup) -> WorkingGroupPublic:
    assert group.id is not None
    return WorkingGroupPublic(
        id=group.id,
        name=group.name,
        description=group.description,
        members=[
            WorkingGroupMemberPublic(person=PersonPublic(id=u.id, name=u.name), role=m.role)
            for m, u in identity.group_members(session, group)
            if viewer.sees_delegation(u.delegation_id)
        ],
    )


@router.get("/working-groups")
def list_working_groups(session: SessionDep, viewer: ViewerDep) -> list[WorkingGroupPublic]:
    """My working groups (all of them for the secretariat)."""
    return [group_public(session, viewer, g) for g in identity.visible_groups(session, viewer)]


@router.post("/working-groups", status_code=status.HTTP_201_CREATED)
def create_working_group(
    session: SessionDep, viewer: SecretariatDep, body: WorkingGroupCreate
) -> WorkingGroupPublic:
    """Create a working group (secretariat)."""
    group = identity.create_working_group(
        session, viewer.user, name=body.name, description=body.description
    )
    return group_public(session, viewer, group)


@router.get("/working-groups/{group_id}")
def get_working_group(
    session: SessionDep, viewer: ViewerDep, group_id: IdPath
) -> WorkingGroupPublic:
    """A working group and its members."""
    return group_public(session, viewer, identity.visible_group(session, viewer, group_id))


@router.patch("/working-groups/{group_id}")
def update_working_group(
    session: SessionDep, viewer: ViewerDep, group_id: IdPath, body: WorkingGroupUpdate
) -> WorkingGroupPublic:
    """Rename or describe a working group (its chair or the secretariat)."""
    group = identity.visible_group(session, viewer, group_id)
    identity.require_group_admin(viewer, group)
    identity.update_group(session, group, name=body.name, description=body.description)
    return group_public(session, viewer, group)


@router.post("/working-groups/{group_id}/members")
def add_working_group_member(
    session: SessionDep, viewer: ViewerDep, group_id: IdPath, body: WorkingGroupMemberAdd
) -> WorkingGroupPublic:
    """Add a person to the group as `chair` or `member` (its chair or the secretariat)."""
    group = identity.visible_group(session, viewer, group_id)
    identity.require_group_admin(viewer, group)
    user = identity.listable_user(session, viewer, group, body.user_id)
    identity.set_working_group_member(session, group, user, body.role)
    return group_public(session, viewer, group)
