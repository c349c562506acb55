"""People, delegations and tokens: the minimum so that every write has an author."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime

from sqlalchemy import bindparam, func
from sqlmodel import Session, col, select

from concord.audit import service as audit
from concord.audit.actions import Action
from concord.audit.models import AuditEvent
from concord.core.clock import now
from concord.core.errors import Forbidden
from concord.core.security import new_token, token_digest
from concord.core.text import check_text
from concord.identity import sessions
from concord.identity.access import Viewer, require_writer
from concord.identity.errors import (
    DelegationExists,
    DelegationNotFound,
    TokenNotFound,
    UnknownDelegation,
    UnknownUser,
    UserExists,
    UserNotFound,
    WorkingGroupExists,
    WorkingGroupNotFound,
)
from concord.identity.models import (
    ApiToken,
    Delegation,
    DelegationKind,
    Invitation,
    User,
    WorkingGroup,
    WorkingGroupMember,
    WorkingGroupRole,
)


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
    audit.log(
        session,
        Action.DELEGATION_CREATE,
        "delegation",
        delegation.id,
        {"code": code, "kind": kind, "announced": announced},
    )
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
    audit.log(
        session,
        Action.USER_CREATE,
        "user",
        user.id,
        {"delegation_id": user.delegation_id, "head": is_head, "secretariat": is_secretariat},
    )
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
    audit.log(
        session,
        Action.TOKEN_CREATE,
        "token",
        token.id,
        {"user_id": user.id, "prefix": token.prefix},
    )
    return token, secret


# Built once, as every request asks it (building a statement costs more than sending it).
_CALLER_FOR_TOKEN = (
    select(User, Delegation)
    .join(ApiToken, col(ApiToken.user_id) == col(User.id))
    .outerjoin(Delegation, col(Delegation.id) == col(User.delegation_id))
    .where(col(ApiToken.token_hash) == bindparam("token_hash"), col(ApiToken.revoked_at).is_(None))
)


def caller_for_token(session: Session, secret: str) -> tuple[User, Delegation | None] | None:
    """The token's owner and their delegation, in one statement (None: unknown, revoked or
    disabled). The delegation is returned, not just loaded: the session's identity map holds
    objects weakly, so only a reference kept by the request spares the Viewer another query."""
    row = session.execute(_CALLER_FOR_TOKEN, {"token_hash": token_digest(secret)}).first()
    if row is None or row[0].disabled:
        return None
    return row[0], row[1]


def user_for_token(session: Session, secret: str) -> User | None:
    caller = caller_for_token(session, secret)
    return caller[0] if caller else None


def revoke_token(session: Session, token: ApiToken) -> None:
    token.revoked_at = now()
    session.add(token)
    session.flush()
    audit.log(session, Action.TOKEN_REVOKE, "token", token.id, {"user_id": token.user_id})


# --- working groups -----------------------------------------------------------------------------


def create_working_group(
    session: Session, creator: User, *, name: str, description: str = ""
) -> WorkingGroup:
    assert creator.id is not None
    name = check_text(name.strip(), field="name")
    if session.exec(select(WorkingGroup).where(WorkingGroup.name == name)).first():
        raise WorkingGroupExists("A working group with that name exists.", details={"name": name})
    group = WorkingGroup(
        name=name, description=check_text(description, field="description"), created_by=creator.id
    )
    session.add(group)
    session.flush()
    audit.log(session, Action.WORKING_GROUP_CREATE, "working_group", group.id, {"name": name})
    return group


def set_working_group_member(
    session: Session, group: WorkingGroup, user: User, role: WorkingGroupRole
) -> WorkingGroupMember:
    """Add a person to a group, or change their role in it."""
    assert group.id is not None and user.id is not None
    member = session.get(WorkingGroupMember, (group.id, user.id))
    if member is None:
        member = WorkingGroupMember(working_group_id=group.id, user_id=user.id, role=role)
    member.role = role
    session.add(member)
    session.flush()
    audit.log(
        session,
        Action.WORKING_GROUP_MEMBER,
        "working_group",
        group.id,
        {"user_id": user.id, "role": role},
    )
    return member


# --- as the caller may see them -----------------------------------------------------------------


def visible_delegations(session: Session, viewer: Viewer) -> list[Delegation]:
    rows = session.exec(select(Delegation).order_by(col(Delegation.code))).all()
    return [d for d in rows if viewer.sees_delegation(d.id)]


def visible_delegation(session: Session, viewer: Viewer, delegation_id: int) -> Delegation:
    """A delegation the viewer may not know of does not exist for them."""
    delegation = session.get(Delegation, delegation_id)
    if delegation is None or not viewer.sees_delegation(delegation.id):
        raise DelegationNotFound("No such delegation.")
    return delegation


def delegation_members(session: Session, delegation: Delegation) -> Sequence[User]:
    return session.exec(
        select(User)
        .where(User.delegation_id == delegation.id, col(User.disabled).is_(False))
        .order_by(col(User.name))
    ).all()


def visible_user(session: Session, viewer: Viewer, user_id: int) -> User:
    """A person the viewer may know of (people of unannounced delegations are hidden)."""
    user = session.get(User, user_id)
    if user is None or not viewer.sees_delegation(user.delegation_id):
        raise UnknownUser("No such person.", details={"field": "user_id"})
    return user


def listable_user(session: Session, viewer: Viewer, group: WorkingGroup, user_id: int) -> User:
    """A person the viewer may list: anyone for the secretariat; for others, an active member of
    a delegation they know of (as `GET /delegations/{id}` lists them) or someone already in the
    group. Anyone else answers exactly as an id that does not exist, so that naming a person
    (a chair adding a member) reads nothing the lists do not show."""
    user = session.get(User, user_id)
    listable = user is not None and (
        viewer.secretariat
        or (user.delegation_id is not None and not user.disabled)
        or session.get(WorkingGroupMember, (group.id, user_id)) is not None
    )
    if user is not None and listable and viewer.sees_delegation(user.delegation_id):
        return user
    raise UnknownUser("No such person.", details={"field": "user_id"})


def update_delegation(
    session: Session, delegation: Delegation, *, name: str | None, announce: bool
) -> Delegation:
    if name is not None:
        delegation.name = check_text(name, field="name")
    if announce:
        delegation.announced = True
    session.add(delegation)
    session.flush()
    audit.log(
        session,
        Action.DELEGATION_UPDATE,
        "delegation",
        delegation.id,
        {"name": name, "announced": delegation.announced},
    )
    return delegation


# Called with (session, user id) when a user moves to another delegation, before the move. The
# domains above identity register what must not travel with the user (consensus: a head's leave
# to approve), so that identity never reaches into their tables.
LeavingDelegation = Callable[[Session, int], None]
_leaving_delegation: list[LeavingDelegation] = []


def on_leaving_delegation(hook: LeavingDelegation) -> LeavingDelegation:
    """Register `hook` to run when a user leaves their delegation (a decorator)."""
    _leaving_delegation.append(hook)
    return hook


def add_delegation_member(
    session: Session, delegation: Delegation, user: User, *, head: bool
) -> User:
    if user.delegation_id != delegation.id and user.id is not None:
        for hook in _leaving_delegation:
            hook(session, user.id)
    user.delegation_id = delegation.id
    user.is_head = head
    user.is_secretariat = delegation.kind == DelegationKind.secretariat
    session.add(user)
    session.flush()
    audit.log(
        session,
        Action.DELEGATION_MEMBER,
        "delegation",
        delegation.id,
        {"user_id": user.id, "head": head},
    )
    return user


def list_users(session: Session) -> Sequence[User]:
    return session.exec(select(User).order_by(col(User.id))).all()


SIGN_INS = (Action.AUTH_LOGIN.value, Action.INVITATION_ACCEPT.value)


def last_sign_ins(session: Session, users: Iterable[User]) -> dict[int, datetime]:
    """When each person last signed in (accepting an invitation signs in), from the audit log:
    absent for those who never have. One query, served by the log's object index."""
    ids = [str(u.id) for u in users]
    if not ids:
        return {}
    rows = session.exec(
        select(AuditEvent.object_id, func.max(AuditEvent.at))
        .where(
            AuditEvent.object_type == "user",
            col(AuditEvent.object_id).in_(ids),
            col(AuditEvent.action).in_(SIGN_INS),
        )
        .group_by(col(AuditEvent.object_id))
    ).all()
    return {int(object_id): at for object_id, at in rows if object_id is not None}


def open_invitations(session: Session, users: Iterable[User]) -> dict[int, datetime]:
    """For each person with an invitation link that still works, when the latest expires."""
    ids = [u.id for u in users if u.id is not None]
    if not ids:
        return {}
    rows = session.exec(
        select(Invitation.user_id, func.max(Invitation.expires_at))
        .where(
            col(Invitation.user_id).in_(ids),
            col(Invitation.used_at).is_(None),
            Invitation.expires_at > now(),
        )
        .group_by(col(Invitation.user_id))
    ).all()
    return dict(rows)


def update_user(session: Session, user: User, *, name: str | None, disabled: bool | None) -> User:
    if name is not None:
        user.name = check_text(name, field="name")
    if disabled is not None:
        user.disabled = disabled
        if disabled:
            sessions.end_all_sessions(session, user)
    session.add(user)
    session.flush()
    audit.log(
        session,
        Action.USER_UPDATE,
        "user",
        user.id,
        {"renamed": name is not None, "disabled": disabled},
    )
    return user


def list_tokens(session: Session, user: User) -> Sequence[ApiToken]:
    return session.exec(
        select(ApiToken).where(ApiToken.user_id == user.id).order_by(col(ApiToken.id))
    ).all()


def own_token(session: Session, user: User, token_id: int) -> ApiToken:
    token = session.get(ApiToken, token_id)
    if token is None or token.user_id != user.id:
        raise TokenNotFound("No such token.")
    return token


def visible_groups(session: Session, viewer: Viewer) -> Sequence[WorkingGroup]:
    query = select(WorkingGroup).order_by(col(WorkingGroup.name))
    if not viewer.secretariat:
        query = query.where(col(WorkingGroup.id).in_(viewer.member_of))
    return session.exec(query).all()


def visible_group(session: Session, viewer: Viewer, group_id: int) -> WorkingGroup:
    group = session.get(WorkingGroup, group_id)
    if group is None or not (viewer.secretariat or viewer.belongs_to(group.id)):
        raise WorkingGroupNotFound("No such working group.")
    return group


def require_group_admin(viewer: Viewer, group: WorkingGroup) -> None:
    require_writer(viewer)
    if not (viewer.secretariat or viewer.chairs(group.id)):
        raise Forbidden("Only the chair or the secretariat may do this.", code="not_the_chair")


def group_members(
    session: Session, group: WorkingGroup
) -> Sequence[tuple[WorkingGroupMember, User]]:
    rows = session.exec(
        select(WorkingGroupMember, User)
        .join(User, col(User.id) == col(WorkingGroupMember.user_id))
        .where(WorkingGroupMember.working_group_id == group.id)
        .order_by(col(User.name))
    ).all()
    return [(m, u) for m, u in rows]


def update_group(
    session: Session, group: WorkingGroup, *, name: str | None, description: str | None
) -> WorkingGroup:
    if name is not None:
        group.name = check_text(name, field="name")
    if description is not None:
        group.description = check_text(description, field="description")
    session.add(group)
    session.flush()
    audit.log(session, Action.WORKING_GROUP_UPDATE, "working_group", group.id, {"name": group.name})
    return group
