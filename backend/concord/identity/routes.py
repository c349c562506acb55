"""Who is acting: the caller and the delegations."""

from __future__ import annotations

from fastapi import APIRouter
from sqlmodel import col, select

from concord.core.dependencies import SessionDep
from concord.core.errors import ERROR_RESPONSES
from concord.identity import service as identity
from concord.identity.dependencies import CurrentUser
from concord.identity.models import Delegation
from concord.identity.schemas import DelegationPublic, MePublic

router = APIRouter(tags=["identity"], responses=ERROR_RESPONSES)


@router.get("/auth/me")
def me(session: SessionDep, user: CurrentUser) -> MePublic:
    """The person the request acts as."""
    assert user.id is not None
    delegation = None
    if user.delegation_id is not None:
        found = identity.delegations_by_id(session, [user.delegation_id])
        delegation = DelegationPublic.model_validate(found[user.delegation_id])
    return MePublic(
        id=user.id,
        email=user.email,
        name=user.name,
        delegation=delegation,
        is_head=user.is_head,
        is_secretariat=user.is_secretariat,
    )


@router.get("/delegations")
def list_delegations(session: SessionDep, _user: CurrentUser) -> list[DelegationPublic]:
    """The delegations taking part."""
    rows = session.exec(select(Delegation).order_by(col(Delegation.code))).all()
    return [DelegationPublic.model_validate(d) for d in rows]
