"""The commitments register: joint projects, pledges, totals and the rates they convert at."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, status

from concord.commitments import register, service
from concord.commitments import totals as totalling
from concord.commitments.dependencies import (
    CommitmentDep,
    LockedCommitmentDep,
    LockedProjectDep,
    ProjectDep,
)
from concord.commitments.models import CommitmentStatus
from concord.commitments.money import Currency
from concord.commitments.schemas import (
    CommitmentCreate,
    CommitmentPublic,
    CommitmentUpdate,
    ProjectCreate,
    ProjectPublic,
    ProjectUpdate,
    RateCreate,
    RatePublic,
    Totals,
)
from concord.core.clock import now
from concord.core.dependencies import SessionDep
from concord.core.errors import ERROR_RESPONSES
from concord.identity.dependencies import SecretariatDep, ViewerDep

router = APIRouter(tags=["commitments"], responses=ERROR_RESPONSES)


def _project(session: SessionDep, viewer: ViewerDep, project_id: int) -> ProjectPublic:
    loaded = register.load(session, project_ids={project_id})
    return register.project_view(loaded, viewer, loaded.projects[project_id])


@router.get("/projects")
def list_projects(session: SessionDep, viewer: ViewerDep) -> list[ProjectPublic]:
    """The joint projects you may see, each with the partners and commitments you may see."""
    loaded = register.load(session)
    return [
        register.project_view(loaded, viewer, p) for p in register.visible_projects(loaded, viewer)
    ]


@router.post("/projects", status_code=status.HTTP_201_CREATED)
def create_project(
    session: SessionDep, viewer: SecretariatDep, body: ProjectCreate
) -> ProjectPublic:
    """Record a joint project: its partners, civil-society partners and lead (secretariat)."""
    project = service.create_project(session, body)
    return _project(session, viewer, project.id or 0)


@router.get("/projects/{project_id}")
def get_project(session: SessionDep, viewer: ViewerDep, project: ProjectDep) -> ProjectPublic:
    """A project's page: partners and the commitments you may see."""
    return _project(session, viewer, project.id or 0)


@router.patch("/projects/{project_id}")
def update_project(
    session: SessionDep, viewer: SecretariatDep, project: LockedProjectDep, body: ProjectUpdate
) -> ProjectPublic:
    """Change a project's title, description, partners or lead (secretariat)."""
    service.update_project(session, project, body)
    return _project(session, viewer, project.id or 0)


@router.get("/commitments")
def list_commitments(
    session: SessionDep,
    viewer: ViewerDep,
    delegation_id: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
    status_: Annotated[CommitmentStatus | None, Query(alias="status")] = None,
) -> list[CommitmentPublic]:
    """The commitments you may see; `delegation_id` for one delegation's pledges."""
    loaded = register.load(session)
    return [
        register.commitment_view(loaded, viewer, c)
        for c in register.visible_commitments(loaded, viewer)
        if (delegation_id is None or delegation_id in loaded.pledgers(c))
        and (status_ is None or c.status == status_)
    ]


@router.post("/commitments", status_code=status.HTTP_201_CREATED)
def create_commitment(
    session: SessionDep, viewer: SecretariatDep, body: CommitmentCreate
) -> CommitmentPublic:
    """Record a commitment (a draft): its pledgers and their shares, currency, period, kind."""
    commitment = service.create_commitment(session, viewer, body)
    loaded = register.load(session, project_ids={commitment.project_id})
    return register.commitment_view(loaded, viewer, commitment)


@router.get("/commitments/totals")
def commitment_totals(
    session: SessionDep,
    viewer: ViewerDep,
    reporting: Annotated[Currency | None, Query()] = None,
    on: Annotated[date | None, Query(description="Rates of this date (default today).")] = None,
) -> Totals:
    """Totals per currency, project and delegation over what you may see, and converted."""
    loaded = register.load(session)
    return totalling.totals(session, loaded, viewer, reporting=reporting, on=on or now().date())


@router.get("/commitments/{commitment_id}")
def get_commitment(
    session: SessionDep, viewer: ViewerDep, commitment: CommitmentDep
) -> CommitmentPublic:
    """One commitment you may see."""
    loaded = register.load(session, project_ids={commitment.project_id})
    return register.commitment_view(loaded, viewer, commitment)


@router.patch("/commitments/{commitment_id}")
def update_commitment(
    session: SessionDep,
    viewer: SecretariatDep,
    commitment: LockedCommitmentDep,
    body: CommitmentUpdate,
) -> CommitmentPublic:
    """Change a commitment or move it on: draft → confirmed → announced (secretariat)."""
    service.update_commitment(session, commitment, body)
    loaded = register.load(session, project_ids={commitment.project_id})
    return register.commitment_view(loaded, viewer, commitment)


def _rate(row: object) -> RatePublic:
    return RatePublic.model_validate(row, from_attributes=True)


@router.get("/exchange-rates")
def list_rates(session: SessionDep, _viewer: ViewerDep) -> list[RatePublic]:
    """The rates the secretariat entered, with their dates (none is fetched from outside)."""
    return [_rate(r) for r in service.rates(session)]


@router.put("/exchange-rates", status_code=status.HTTP_200_OK)
def set_rate(session: SessionDep, viewer: SecretariatDep, body: RateCreate) -> RatePublic:
    """Enter the rate of a currency into a reporting currency on a date (secretariat)."""
    return _rate(service.set_rate(session, viewer, body))
