"""People, delegations and tokens: the minimum so that every write has an author."""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session, col, select

from concord.core.clock import now
from concord.core.security import new_token, token_digest
from concord.core.text import check_text
from concord.identity.errors import DelegationExists, UnknownDelegation, UserExists, UserNotFound
from concord.identity.models import ApiToken, Delegation, DelegationKind, User


def create_delegation(
    session: Session, *, code: str, name: str, kind: DelegationKind, announced: bool = True
) -> Delegation:
    code = check_text(code.strip(), field="code")
    if session.exec(select(Delegation).where(Delegation.code == code)).first():
        raise DelegationExists(f"A delegation with code {code!r} exists.", details={"code": code})
    delegation = Delegation(
        code=code, name=check_text(name.strip(), field="name"), kind=kind, announced=announced
    )
    session.add(delegation)
    session.flush()
    return delegation


def delegation_by_code(session: Session, code: str) -> Delegation:
    delegation = session.exec(select(Delegation).where(Delegation.code == code)).first()
    if delegation is None:
        raise UnknownDelegation(f"No delegation {code!r}.", details={"field": "delegation"})
    return delegation


def delegations_by_id(session: Session, ids: Iterable[int]) -> dict[int, Delegation]:
    wanted = set(ids)
    if not wanted:
        return {}
    rows = session.exec(select(Delegation).where(col(Delegation.id).in_(wanted))).all()
    return {d.id: d for d in rows if d.id is not None}


def create_user(
    session: Session,
    *,
    email: str,
    name: str,
    delegation: Delegation | None = None,
    is_head: bool = False,
    is_secretariat: bool = False,
) -> User:
    email = check_text(email.strip().lower(), field="email")
    if session.exec(select(User).where(User.email == email)).first():
        raise UserExists(f"{email} already has an account.", details={"email": email})
    user = User(
        email=email,
        name=check_text(name.strip(), field="name"),
        delegation_id=delegation.id if delegation else None,
        is_head=is_head,
        is_secretariat=is_secretariat,
    )
    session.add(user)
    session.flush()
    return user


def user_by_email(session: Session, email: str) -> User:
    user = session.exec(select(User).where(User.email == email.strip().lower())).first()
    if user is None:
        raise UserNotFound(f"No person with email {email!r}.")
    return user


def users_by_id(session: Session, ids: Iterable[int]) -> dict[int, User]:
    wanted = set(ids)
    if not wanted:
        return {}
    rows = session.exec(select(User).where(col(User.id).in_(wanted))).all()
    return {u.id: u for u in rows if u.id is not None}


def create_token(session: Session, user: User, name: str) -> tuple[ApiToken, str]:
    """Return the stored token row and the secret, which is never stored and shown only once."""
    assert user.id is not None
    secret = new_token()
    token = ApiToken(
        user_id=user.id,
        name=check_text(name, field="name"),
        token_hash=token_digest(secret),
        prefix=secret[:8],
    )
    session.add(token)
    session.flush()
    return token, secret


def user_for_token(session: Session, secret: str) -> User | None:
    row = session.exec(
        select(User, ApiToken)
        .join(ApiToken, col(ApiToken.user_id) == col(User.id))
        .where(ApiToken.token_hash == token_digest(secret), col(ApiToken.revoked_at).is_(None))
    ).first()
    if row is None:
        return None
    user, _token = row
    return None if user.disabled else user


def revoke_token(session: Session, token: ApiToken) -> None:
    token.revoked_at = now()
    session.add(token)
