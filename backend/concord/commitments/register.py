"""The register as one viewer may see it: loaded in a constant number of queries, filtered here
and nowhere else, so every route, total and annex shows the same subset.

A commitment is seen by the secretariat and by its pledging delegations' members; others see it
once it is confirmed and only when they may know of every pledger (a joint pledge with an
unannounced delegation is hidden whole: its other shares would tell that someone else pays).
A pledger's own people see its joint commitments, but only the shares of the pledgers they may
know of: the amount shown is the sum of the shares shown, and so are totals.
A project is seen when one of its partners or pledgers may be known, or it has none; the
partners listed are those the viewer may know of.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlmodel import Session, col, select

from concord.commitments.models import (
    Commitment,
    CommitmentShare,
    CommitmentStatus,
    Project,
    ProjectPartner,
)
from concord.commitments.schemas import CommitmentPublic, ProjectPublic, ShareOut
from concord.identity.access import Viewer
from concord.identity.models import Delegation
from concord.identity.schemas import DelegationPublic


@dataclass
class Register:
    projects: dict[int, Project]
    partners: dict[int, list[int]]  # project id -> partner delegation ids
    commitments: list[Commitment]
    shares: dict[int, list[CommitmentShare]]  # commitment id -> shares
    delegations: dict[int, Delegation]
    by_project: dict[int, list[Commitment]] = field(default_factory=dict)

    def pledgers(self, commitment: Commitment) -> list[int]:
        return [s.delegation_id for s in self.shares[commitment.id or 0]]


def load(session: Session, *, project_ids: set[int] | None = None) -> Register:
    """Four queries, whatever the register's size (or one project's part of it)."""
    projects_query = select(Project)
    commitments_query = select(Commitment).order_by(col(Commitment.created_at), col(Commitment.id))
    if project_ids is not None:
        projects_query = projects_query.where(col(Project.id).in_(project_ids))
        commitments_query = commitments_query.where(col(Commitment.project_id).in_(project_ids))
    projects = {p.id or 0: p for p in session.exec(projects_query)}
    commitments = list(session.exec(commitments_query))
    partners: dict[int, list[int]] = defaultdict(list)
    for row in session.exec(
        select(ProjectPartner).where(col(ProjectPartner.project_id).in_(projects))
    ):
        partners[row.project_id].append(row.delegation_id)
    shares: dict[int, list[CommitmentShare]] = defaultdict(list)
    for share in session.exec(
        select(CommitmentShare)
        .where(col(CommitmentShare.commitment_id).in_([c.id for c in commitments]))
        .order_by(col(CommitmentShare.delegation_id))
    ):
        shares[share.commitment_id].append(share)
    delegations = {d.id or 0: d for d in session.exec(select(Delegation))}
    by_project: dict[int, list[Commitment]] = defaultdict(list)
    for commitment in commitments:
        by_project[commitment.project_id].append(commitment)
    return Register(projects, partners, commitments, shares, delegations, by_project)


def sees_commitment(
    viewer: Viewer | None, status: CommitmentStatus, pledgers: list[Delegation]
) -> bool:
    """`viewer` None is the public: announced commitments of announced pledgers only."""
    if viewer is None:
        return status == CommitmentStatus.announced and all(d.announced for d in pledgers)
    if viewer.secretariat or viewer.delegation_id in {d.id for d in pledgers}:
        return True
    if status == CommitmentStatus.draft:
        return False
    return all(viewer.sees_delegation(d.id) for d in pledgers)


def _knows(viewer: Viewer | None, delegation: Delegation) -> bool:
    if viewer is None:
        return delegation.announced
    return viewer.sees_delegation(delegation.id)


def sees(register: Register, viewer: Viewer | None, commitment: Commitment) -> bool:
    pledgers = [register.delegations[d] for d in register.pledgers(commitment)]
    return sees_commitment(viewer, commitment.status, pledgers)


def visible_commitments(register: Register, viewer: Viewer | None) -> list[Commitment]:
    return [
        c
        for c in register.commitments
        if c.project_id in register.projects and sees(register, viewer, c)
    ]


def sees_project(register: Register, viewer: Viewer | None, project: Project) -> bool:
    if viewer is not None and viewer.secretariat:
        return True
    involved = set(register.partners.get(project.id or 0, []))
    for commitment in register.by_project.get(project.id or 0, []):
        involved.update(register.pledgers(commitment))
    if viewer is None:
        # The public sees a project through its announced commitments only.
        return bool(visible_commitments_of(register, None, project))
    return not involved or any(_knows(viewer, register.delegations[d]) for d in involved)


def visible_commitments_of(
    register: Register, viewer: Viewer | None, project: Project
) -> list[Commitment]:
    return [c for c in register.by_project.get(project.id or 0, []) if sees(register, viewer, c)]


def visible_projects(register: Register, viewer: Viewer | None) -> list[Project]:
    found = [p for p in register.projects.values() if sees_project(register, viewer, p)]
    return sorted(found, key=lambda p: (p.title.casefold(), p.public_id))


def _delegation(delegation: Delegation) -> DelegationPublic:
    return DelegationPublic.model_validate(delegation)


def shown_shares(
    register: Register, viewer: Viewer | None, commitment: Commitment
) -> list[CommitmentShare]:
    """The shares of a commitment the viewer sees, of the pledgers it may know of."""
    return [
        s
        for s in register.shares[commitment.id or 0]
        if _knows(viewer, register.delegations[s.delegation_id])
    ]


def commitment_view(
    register: Register, viewer: Viewer | None, commitment: Commitment
) -> CommitmentPublic:
    """Only for a commitment the viewer sees."""
    project = register.projects[commitment.project_id]
    shares = shown_shares(register, viewer, commitment)
    return CommitmentPublic(
        id=commitment.public_id,
        project_id=project.public_id,
        project_title=project.title,
        pledgers=[
            ShareOut(delegation=_delegation(register.delegations[s.delegation_id]), amount=s.amount)
            for s in shares
        ],
        amount=sum((s.amount for s in shares), Decimal(0)),
        currency=commitment.currency,
        kind=commitment.kind,
        status=commitment.status,
        period_start=commitment.period_start,
        period_end=commitment.period_end,
        publish_name=commitment.publish_name,
    )


def project_view(register: Register, viewer: Viewer | None, project: Project) -> ProjectPublic:
    partners = [
        register.delegations[d]
        for d in register.partners.get(project.id or 0, [])
        if _knows(viewer, register.delegations[d])
    ]
    lead = (
        register.delegations.get(project.lead_delegation_id)
        if project.lead_delegation_id is not None
        else None
    )
    return ProjectPublic(
        id=project.public_id,
        title=project.title,
        description=project.description,
        civil_society_partners=list(project.civil_society_partners),
        lead=_delegation(lead) if lead is not None and _knows(viewer, lead) else None,
        partners=[_delegation(d) for d in sorted(partners, key=lambda d: d.name.casefold())],
        document_id=project.document_id,
        commitments=[
            commitment_view(register, viewer, c)
            for c in visible_commitments_of(register, viewer, project)
        ],
    )
