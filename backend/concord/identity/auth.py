"""Passwords (Argon2id), sign-in with rate limiting, and invitations.

Failed attempts must survive the refused request's rollback, so they are written in a
transaction of their own (`record_attempt`).
"""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func
from sqlmodel import Session, col, select

from concord.audit import service as audit
from concord.audit.actions import Action
from concord.core.clock import now
from concord.core.config import get_settings
from concord.core.errors import ConcordError, Invalid, Unauthenticated
from concord.core.security import token_digest
from concord.core.text import check_text
from concord.identity.models import Invitation, LoginAttempt, User

hasher = PasswordHasher()  # argon2id with the library's (RFC 9106 low-memory) parameters
# Verifying against this keeps the time of "no such account" equal to "wrong password".
_DUMMY_HASH = hasher.hash(secrets.token_urlsafe(16))

WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_ACCOUNT = 5
MAX_FAILURES_PER_ADDRESS = 20
MIN_PASSWORD = 12


class InvalidCredentials(Unauthenticated):
    code = "invalid_credentials"


class RateLimited(ConcordError):
    status = 429
    code = "rate_limited"


class InvitationInvalid(ConcordError):
    status = 410
    code = "invitation_invalid"


class WeakPassword(Invalid):
    code = "weak_password"


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise WeakPassword(
            f"Use at least {MIN_PASSWORD} characters.", details={"field": "password"}
        )
    return hasher.hash(check_text(password, field="password"))


def _password_matches(user: User | None, password: str) -> bool:
    stored = user.password_hash if user is not None else None
    try:
        hasher.verify(stored or _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return False
    return stored is not None


def check_rate(session: Session, email: str, address: str) -> None:
    """429 with the seconds to wait when an account or an address failed too often lately."""
    since = now() - WINDOW
    failures = select(func.count(), func.min(LoginAttempt.at)).where(
        col(LoginAttempt.succeeded).is_(False), col(LoginAttempt.at) > since
    )
    by_account = session.exec(failures.where(LoginAttempt.email == email)).one()
    by_address = session.exec(failures.where(LoginAttempt.address == address)).one()
    for (count, oldest), limit in (
        (by_account, MAX_FAILURES_PER_ACCOUNT),
        (by_address, MAX_FAILURES_PER_ADDRESS),
    ):
        if count >= limit and oldest is not None:
            wait = math.ceil((oldest + WINDOW - now()).total_seconds())
            raise RateLimited(
                "Too many failed sign-ins; try again later.",
                details={"retry_after": max(wait, 1)},
            )


def failed_sign_in(email: str, address: str) -> InvalidCredentials:
    """The refusal, carrying the count of the failed attempt past its own rollback."""
    error = InvalidCredentials("Wrong email or password.")
    error.aftermath.append(
        lambda session: session.add(LoginAttempt(email=email, address=address, succeeded=False))
    )
    return error


def signed_in(session: Session, user: User, address: str, *, method: str) -> None:
    """Count the success and log it: the person now acts in this session."""
    session.add(LoginAttempt(email=user.email, address=address, succeeded=True))
    audit.act_as(session, user.id)
    audit.log(session, Action.AUTH_LOGIN, "user", user.id, {"method": method})


def authenticate(session: Session, email: str, password: str) -> User | None:
    user = session.exec(select(User).where(User.email == email.strip().lower())).first()
    if not _password_matches(user, password) or user is None or user.disabled:
        return None
    return user


@dataclass(frozen=True)
class IssuedInvitation:
    invitation: Invitation
    token: str

    @property
    def url(self) -> str:
        return f"{get_settings().public_url}/invitations/{self.token}"


def invite(session: Session, inviter: User, user: User) -> IssuedInvitation:
    assert inviter.id is not None and user.id is not None
    token = secrets.token_urlsafe(32)
    invitation = Invitation(
        token_hash=token_digest(token),
        user_id=user.id,
        created_by=inviter.id,
        expires_at=now() + timedelta(days=get_settings().invitation_days),
    )
    session.add(invitation)
    session.flush()
    audit.log(session, Action.USER_INVITE, "user", user.id, {"expires_at": invitation.expires_at})
    return IssuedInvitation(invitation, token)


def open_invitation(session: Session, token: str, *, lock: bool = False) -> tuple[Invitation, User]:
    query = select(Invitation).where(Invitation.token_hash == token_digest(token))
    if lock:
        query = query.with_for_update()
    invitation = session.exec(query).first()
    if invitation is None or invitation.used_at is not None or invitation.expires_at <= now():
        raise InvitationInvalid("The invitation link is unknown, used or expired.")
    user = session.get(User, invitation.user_id)
    if user is None or user.disabled:
        raise InvitationInvalid("The invitation link is unknown, used or expired.")
    return invitation, user


def accept_invitation(session: Session, token: str, password: str) -> User:
    """Set the invited person's password; the link works once."""
    invitation, user = open_invitation(session, token, lock=True)
    user.password_hash = hash_password(password)
    invitation.used_at = now()
    session.add(user)
    session.add(invitation)
    session.flush()
    audit.act_as(session, user.id)
    audit.log(session, Action.INVITATION_ACCEPT, "user", user.id, {"method": "password"})
    return user
