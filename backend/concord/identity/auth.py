"""Passwords (Argon2id), sign-in with rate limiting, and invitations.

Failed sign-ins slow down the guesser, not the account's owner: each (account, address) pair
gets a few free mistakes, then waits twice as long after each further one (429 with
`Retry-After`, for that pair only), so someone typing wrong passwords from their own address
cannot lock the owner out elsewhere. A high ceiling per account (guesses spread over many
addresses) and a limit per address (one address trying many accounts) stay as a backstop.
The address is the peer's, or what a trusted proxy says (`CONCORD_TRUSTED_PROXIES`).

Failed attempts must survive the refused request's rollback, so they are written after it
(`failed_sign_in`'s aftermath).
"""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from concord.audit import service as audit
from concord.audit.actions import Action
from concord.core.clock import now
from concord.core.config import get_settings
from concord.core.errors import ConcordError, Invalid, Unauthenticated
from concord.core.security import token_digest
from concord.core.text import check_text
from concord.identity.errors import AlreadySignedIn, NoOpenInvitation, PersonDisabled
from concord.identity.models import Invitation, LoginAttempt, OidcIdentity, User

hasher = PasswordHasher()  # argon2id with the library's (RFC 9106 low-memory) parameters
# Verifying against this keeps the time of "no such account" equal to "wrong password".
_DUMMY_HASH = hasher.hash(secrets.token_urlsafe(16))

WINDOW = timedelta(minutes=15)
# Per (account, address): this many failures cost nothing, then 1 s, 2 s, 4 s… up to WINDOW.
FREE_FAILURES_PER_PAIR = 3
MAX_FAILURES_PER_ACCOUNT = 100
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


def account_key(email: str) -> str:
    """Attempts are counted per account however its email is typed."""
    return email.strip().lower()


def pair_delay(failures: int) -> timedelta:
    """How long an (account, address) pair waits after its last failure."""
    if failures < FREE_FAILURES_PER_PAIR:
        return timedelta(0)
    return min(timedelta(seconds=2 ** (failures - FREE_FAILURES_PER_PAIR)), WINDOW)


def _refuse(until: datetime) -> None:
    wait = math.ceil((until - now()).total_seconds())
    if wait > 0:
        raise RateLimited(
            "Too many failed sign-ins; try again later.", details={"retry_after": wait}
        )


def check_rate(session: Session, email: str, address: str) -> None:
    """429 with the seconds to wait while this account from this address must slow down, or
    while the account (from everywhere) or the address (for every account) failed too often."""
    email = account_key(email)
    since = now() - WINDOW
    failed = (col(LoginAttempt.succeeded).is_(False), col(LoginAttempt.at) > since)
    pair = (LoginAttempt.email == email, LoginAttempt.address == address)
    # The pair's failures since its last success: signing in wipes the owner's own slate.
    last_success = (
        select(func.max(LoginAttempt.at))
        .where(*pair, col(LoginAttempt.succeeded).is_(True))
        .scalar_subquery()
    )
    count, last = session.exec(
        select(func.count(), func.max(LoginAttempt.at)).where(
            *failed, *pair, or_(last_success.is_(None), col(LoginAttempt.at) > last_success)
        )
    ).one()
    if last is not None:
        _refuse(last + pair_delay(count))
    oldest_failures = select(func.count(), func.min(LoginAttempt.at)).where(*failed)
    by_account = session.exec(oldest_failures.where(LoginAttempt.email == email)).one()
    by_address = session.exec(oldest_failures.where(LoginAttempt.address == address)).one()
    for (failures, oldest), limit in (
        (by_account, MAX_FAILURES_PER_ACCOUNT),
        (by_address, MAX_FAILURES_PER_ADDRESS),
    ):
        if failures >= limit and oldest is not None:
            _refuse(max(oldest + WINDOW, now() + timedelta(seconds=1)))


def failed_sign_in(email: str, address: str) -> InvalidCredentials:
    """The refusal, carrying the count of the failed attempt past its own rollback."""
    email = account_key(email)
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


# session.info[INVITATION_LINK] = (user id, link, resent) while an invitation's audit event is
# appended: the link exists only in this transaction, and the notification outbox (notify/) takes
# it from there to mail it.
INVITATION_LINK = "concord_invitation_link"


def invite(
    session: Session,
    inviter: User,
    user: User,
    *,
    days: int | None = None,
    resent: bool = False,
) -> IssuedInvitation:
    assert inviter.id is not None and user.id is not None
    token = secrets.token_urlsafe(32)
    invitation = Invitation(
        token_hash=token_digest(token),
        user_id=user.id,
        created_by=inviter.id,
        expires_at=now() + timedelta(days=days or get_settings().invitation_days),
    )
    session.add(invitation)
    session.flush()
    issued = IssuedInvitation(invitation, token)
    session.info[INVITATION_LINK] = (user.id, issued.url, resent)
    try:
        audit.log(
            session, Action.USER_INVITE, "user", user.id, {"expires_at": invitation.expires_at}
        )
    finally:
        session.info.pop(INVITATION_LINK, None)
    return issued


def _expire_open_invitations(session: Session, user: User) -> int:
    """End every link of `user` still usable; how many there were."""
    at = now()
    open_ones = session.exec(
        select(Invitation).where(
            Invitation.user_id == user.id,
            col(Invitation.used_at).is_(None),
            Invitation.expires_at > at,
        )
    ).all()
    for invitation in open_ones:
        invitation.expires_at = at
        session.add(invitation)
    session.flush()
    return len(open_ones)


def has_signed_in(session: Session, user: User) -> bool:
    """Whether the person holds a way in: a password, or an OpenID identity bound to them."""
    if user.password_hash is not None:
        return True
    bound = session.exec(select(OidcIdentity.id).where(OidcIdentity.user_id == user.id)).first()
    return bound is not None


def reissue_invitation(
    session: Session, inviter: User, user: User, *, days: int | None = None
) -> IssuedInvitation:
    """A new link for a person who has not yet signed in; their earlier links stop working."""
    if user.disabled:
        raise PersonDisabled("The person is disabled: enable them before inviting them again.")
    if has_signed_in(session, user):
        raise AlreadySignedIn("The person has already signed in: they need no invitation.")
    _expire_open_invitations(session, user)
    return invite(session, inviter, user, days=days, resent=True)


def revoke_invitation(session: Session, user: User) -> None:
    """Stop the person's open invitation links from working."""
    revoked = _expire_open_invitations(session, user)
    if not revoked:
        raise NoOpenInvitation("The person has no invitation link that still works.")
    audit.log(session, Action.INVITATION_REVOKE, "user", user.id, {"links": revoked})


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
