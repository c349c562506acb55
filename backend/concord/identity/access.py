"""Who the caller is to Concord: roles derived from memberships, never from input.

A `Viewer` is computed once per request (three small queries) and answers every question of
visibility: which delegations the caller may know of, which working groups it belongs to.
Unannounced delegations are known only to the secretariat and to their own members.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

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


def viewer_for(session: Session, user: User) -> Viewer:
    delegation = session.get(Delegation, user.delegation_id) if user.delegation_id else None
    memberships = session.exec(
        select(WorkingGroupMember).where(WorkingGroupMember.user_id == user.id)
    ).all()
    hidden: frozenset[int] = frozenset()
    if not user.is_secretariat:
        unannounced = session.exec(
            select(Delegation.id).where(col(Delegation.announced).is_(False))
        ).all()
        hidden = frozenset(d for d in unannounced if d is not None and d != user.delegation_id)
    return Viewer(
        user=user,
        delegation=delegation,
        chair_of=frozenset(
            m.working_group_id for m in memberships if m.role == WorkingGroupRole.chair
        ),
        member_of=frozenset(m.working_group_id for m in memberships),
        hidden_delegations=hidden,
    )
