"""Signing in and out, the caller, personal access tokens and invitations."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response, status

from concord.core.dependencies import IdPath, SessionDep
from concord.core.errors import ERROR_RESPONSES, ErrorBody
from concord.identity import auth, sessions
from concord.identity import service as identity
from concord.identity.dependencies import CurrentUser, check_origin, cookie
from concord.identity.models import User
from concord.identity.schemas import (
    DelegationPublic,
    InvitationAccept,
    InvitationPublic,
    LoginRequest,
    MePublic,
    TokenCreate,
    TokenCreated,
    TokenPublic,
)

router = APIRouter(prefix="/auth", tags=["auth"], responses=ERROR_RESPONSES)


def me_public(session: SessionDep, user: User) -> MePublic:
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


def _address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@router.post("/login", responses={429: ERROR_RESPONSES[401] | {"description": "`rate_limited`"}})
def login(
    request: Request, response: Response, session: SessionDep, body: LoginRequest
) -> MePublic:
    """Sign in with email and password; sets an HttpOnly session cookie (a new id every time)."""
    address = _address(request)
    auth.check_rate(session, body.email, address)
    user = auth.authenticate(session, body.email, body.password)
    if user is None:
        raise auth.failed_sign_in(body.email, address)
    previous = request.cookies.get(sessions.COOKIE)
    if previous:
        sessions.end_session(session, previous)
    secret = sessions.start_session(session, user)
    auth.signed_in(session, user, address, method="password")
    sessions.set_cookie(request, response, secret)
    return me_public(session, user)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
def logout(
    request: Request, session: SessionDep, secret: Annotated[str | None, Depends(cookie)]
) -> Response:
    """End the browser session on the server and clear its cookie (from our own pages only:
    another site must not sign people out)."""
    if secret:
        check_origin(request)
        sessions.end_session(session, secret)
    response = Response(status_code=status.HTTP_204_NO_CONTENT)
    sessions.clear_cookie(response)
    return response


@router.get("/me")
def me(session: SessionDep, user: CurrentUser) -> MePublic:
    """The person the request acts as."""
    return me_public(session, user)


@router.get("/tokens")
def list_tokens(session: SessionDep, user: CurrentUser) -> list[TokenPublic]:
    """My personal access tokens (never their secrets)."""
    return [TokenPublic.model_validate(t) for t in identity.list_tokens(session, user)]


@router.post("/tokens", status_code=status.HTTP_201_CREATED)
def create_token(session: SessionDep, user: CurrentUser, body: TokenCreate) -> TokenCreated:
    """A new personal access token; its secret is shown this once and stored only hashed."""
    token, secret = identity.create_token(session, user, body.name)
    assert token.id is not None
    return TokenCreated(id=token.id, name=token.name, token=secret, created_at=token.created_at)


@router.delete("/tokens/{token_id}", status_code=status.HTTP_204_NO_CONTENT)
def revoke_token(session: SessionDep, user: CurrentUser, token_id: IdPath) -> Response:
    """Revoke one of my tokens."""
    identity.revoke_token(session, identity.own_token(session, user, token_id))
    return Response(status_code=status.HTTP_204_NO_CONTENT)


GONE: dict[int | str, dict[str, Any]] = {
    410: {"model": ErrorBody, "description": "`invitation_invalid`: unknown, used or expired."}
}


@router.get("/invitations/{token}", responses=GONE)
def show_invitation(session: SessionDep, token: str) -> InvitationPublic:
    """Who an invitation link is for, so the page can greet them."""
    invitation, user = auth.open_invitation(session, token)
    return InvitationPublic(email=user.email, name=user.name, expires_at=invitation.expires_at)


@router.post("/invitations/accept", responses=GONE)
def accept_invitation(
    request: Request, response: Response, session: SessionDep, body: InvitationAccept
) -> MePublic:
    """Set a password from a one-time invitation link, and sign in."""
    user = auth.accept_invitation(session, body.token, body.password)
    sessions.set_cookie(request, response, sessions.start_session(session, user))
    return me_public(session, user)
