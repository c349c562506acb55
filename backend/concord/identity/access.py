"""Who the caller is to Concord: roles derived from memberships, never from input.

A `Viewer` is computed once per request (one query beside the caller's own) and answers every
question of visibility: which delegations the caller may know of, which working groups it
belongs to.
Unannounced delegations are known only to the secretariat and to their own members.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import CompoundSelect, String, bindparam, cast, null, union_all
from sqlmodel import Session, col, select

from concord.identity.errors import ObserverReadOnly
from concord.identity.models import (
    Delegation,
    DelegationKind,
    User,
    WorkingGroupMember,
    WorkingGroupRole,
)


@dataclass(frozen=True)
class Viewer:
    user: User
    delegation: Delegation | None
    chair_of: frozenset[int]
    member_of: frozenset[int]  # every group the person belongs to, chaired ones included
    hidden_delegations: frozenset[int]

    @property
    def id(self) -> int:
        assert self.user.id is not None
        return self.user.id

    @property
    def secretariat(self) -> bool:
        return self.user.is_secretariat

    @property
    def delegation_id(self) -> int | None:
        return self.delegation.id if self.delegation else None

    @property
    def observer(self) -> bool:
        return self.delegation is not None and self.delegation.kind == DelegationKind.observer

    @property
    def head(self) -> bool:
        return self.user.is_head and self.delegation is not None

    def sees_delegation(self, delegation_id: int | None) -> bool:
        return delegation_id is None or delegation_id not in self.hidden_delegations

    def chairs(self, working_group_id: int | None) -> bool:
        return working_group_id is not None and working_group_id in self.chair_of

    def belongs_to(self, working_group_id: int | None) -> bool:
        return working_group_id is not None and working_group_id in self.member_of


def require_writer(viewer: Viewer) -> None:
    """Observers read what they may and write nothing: not as members of a working group,
    not as its chair, not as a party. Every write rule starts here."""
    if viewer.observer:
        raise ObserverReadOnly("Observers read; they do not write.")


_MEMBERSHIPS = select(col(WorkingGroupMember.working_group_id), col(WorkingGroupMember.role)).where(
    col(WorkingGroupMember.user_id) == bindparam("user_id")
)
# Role NULL marks the unannounced delegations: a membership always has a role.
_MEMBERSHIPS_AND_UNANNOUNCED: CompoundSelect[Any] = union_all(
    _MEMBERSHIPS,
    select(col(Delegation.id), cast(null(), String)).where(col(Delegation.announced).is_(False)),
)


def hidden_from(
    user: User, delegation_id: int | None, unannounced: frozenset[int]
) -> frozenset[int]:
    """The delegations a person may not know of: the unannounced ones but their own, none for
    the secretariat (the rule `viewer_with` applies in SQL)."""
    return frozenset() if user.is_secretariat else unannounced - {delegation_id}


def unannounced_ids(session: Session) -> frozenset[int]:
    ids = session.execute(select(col(Delegation.id)).where(col(Delegation.announced).is_(False)))
    return frozenset(i for i in ids.scalars() if i is not None)


def viewer_for(session: Session, user: User) -> Viewer:
    delegation = session.get(Delegation, user.delegation_id) if user.delegation_id else None
    return viewer_with(session, user, delegation)


def viewer_with(session: Session, user: User, delegation: Delegation | None) -> Viewer:
    """The viewer of a person whose delegation is at hand: one statement, for the working
    groups they belong to and (unless secretariat) the unannounced delegations."""
    query = _MEMBERSHIPS if user.is_secretariat else _MEMBERSHIPS_AND_UNANNOUNCED
    chair_of: set[int] = set()
    member_of: set[int] = set()
    hidden: set[int] = set()
    for key, role in session.execute(query, {"user_id": user.id}):
        if role is None:
            if key != user.delegation_id:
                hidden.add(key)
            continue
        member_of.add(key)
        if role == WorkingGroupRole.chair:
            chair_of.add(key)
    return Viewer(
        user=user,
        delegation=delegation,
        chair_of=frozenset(chair_of),
        member_of=frozenset(member_of),
        hidden_delegations=frozenset(hidden),
    )
