"""Projects and commitments resolved from the path, as the caller may see them (else 404)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from concord.commitments import errors, register, service
from concord.commitments.models import Commitment, Project
from concord.core import public_ids
from concord.core.dependencies import SessionDep
from concord.core.public_ids import Kind, PledgeIdPath, ProjectIdPath
from concord.identity.dependencies import SecretariatDep, ViewerDep


def visible_project(project_id: ProjectIdPath, session: SessionDep, viewer: ViewerDep) -> Project:
    public_id = public_ids.parse(Kind.project, project_id, field="project_id")
    project = service.project_by_public_id(session, public_id, field="project_id")
    loaded = register.load(session, project_ids={project.id or 0})
    if not register.sees_project(loaded, viewer, project):
        raise errors.ProjectNotFound("No such project.")
    return project


def _commitment(
    commitment_id: str, session: SessionDep, viewer: ViewerDep, *, lock: bool
) -> Commitment:
    public_id = public_ids.parse(Kind.pledge, commitment_id, field="commitment_id")
    commitment = service.commitment_by_public_id(session, public_id, lock=lock)
    if commitment is not None:
        loaded = register.load(session, project_ids={commitment.project_id})
        if register.sees(loaded, viewer, commitment):
            return commitment
    raise errors.CommitmentNotFound("No such commitment.")


def visible_commitment(
    commitment_id: PledgeIdPath, session: SessionDep, viewer: ViewerDep
) -> Commitment:
    return _commitment(commitment_id, session, viewer, lock=False)


def locked_commitment(
    commitment_id: PledgeIdPath, session: SessionDep, viewer: SecretariatDep
) -> Commitment:
    """For edits (the secretariat's): the row lock serialises changes to one commitment."""
    return _commitment(commitment_id, session, viewer, lock=True)


def locked_project(
    project_id: ProjectIdPath, session: SessionDep, viewer: SecretariatDep
) -> Project:
    return visible_project(project_id, session, viewer)


ProjectDep = Annotated[Project, Depends(visible_project)]
LockedProjectDep = Annotated[Project, Depends(locked_project)]
CommitmentDep = Annotated[Commitment, Depends(visible_commitment)]
LockedCommitmentDep = Annotated[Commitment, Depends(locked_commitment)]
