"""Browser sessions: an HttpOnly cookie holding a random secret; the table keeps its SHA-256.

Server-side sessions so that sign-out and disabling a person end them at once.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from fastapi import Request, Response
from sqlmodel import Session, col, select, update

from concord.audit import service as audit
from concord.audit.actions import Action
from concord.core.clock import now
from concord.core.config import get_settings
from concord.core.security import token_digest
from concord.identity.models import AuthSession, Delegation, User

COOKIE = "concord_session"


def start_session(session: Session, user: User) -> str:
    """Open a new session (a new id at every sign-in) and return the cookie's secret."""
    assert user.id is not None
    secret = secrets.token_urlsafe(32)
    session.add(
        AuthSession(
            token_hash=token_digest(secret),
            user_id=user.id,
            expires_at=now() + timedelta(hours=get_settings().session_hours),
        )
    )
    session.flush()
    return secret


def caller_for_session(session: Session, secret: str) -> tuple[User, Delegation | None] | None:
    """The session's person and their delegation, in one statement (None: ended or disabled)."""
    row = session.exec(
        select(User, Delegation)
        .join(AuthSession, col(AuthSession.user_id) == col(User.id))
        .outerjoin(Delegation, col(Delegation.id) == col(User.delegation_id))
        .where(
            AuthSession.token_hash == token_digest(secret),
            col(AuthSession.revoked_at).is_(None),
            col(AuthSession.expires_at) > now(),
        )
    ).first()
    if row is None or row[0].disabled:
        return None
    return row[0], row[1]


def user_for_session(session: Session, secret: str) -> User | None:
    caller = caller_for_session(session, secret)
    return caller[0] if caller else None


def end_session(session: Session, secret: str) -> None:
    ended = session.exec(
        select(AuthSession).where(
            AuthSession.token_hash == token_digest(secret), col(AuthSession.revoked_at).is_(None)
        )
    ).first()
    if ended is None:
        return
    ended.revoked_at = now()
    session.add(ended)
    session.flush()
    audit.act_as(session, ended.user_id)
    audit.log(session, Action.AUTH_LOGOUT, "user", ended.user_id)


def end_all_sessions(session: Session, user: User) -> None:
    session.execute(
        update(AuthSession)
        .where(col(AuthSession.user_id) == user.id, col(AuthSession.revoked_at).is_(None))
        .values(revoked_at=now())
    )


def set_cookie(request: Request, response: Response, secret: str) -> None:
    response.set_cookie(
        COOKIE,
        secret,
        max_age=get_settings().session_hours * 3600,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https" or get_settings().env == "production",
        path="/",
    )


def clear_cookie(response: Response) -> None:
    response.delete_cookie(COOKIE, path="/")
