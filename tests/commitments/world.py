"""The register in the access world (tests/access_world.py), for the permission matrix and
the leak scan.

- "Water for Peace": lead A, partners A and U (unannounced). A confirmed joint pledge of A and U
  (hidden whole from those not entitled to U), A's draft and A's confirmed pledge.
- A project whose only partner is U, its title carrying MARKER: hidden from those not entitled.
Hidden amounts use the digits HIDDEN_DIGITS, which no visible total can contain.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlmodel import Session

from concord.commitments import service
from concord.commitments.models import CommitmentKind, CommitmentStatus
from concord.commitments.schemas import (
    CommitmentCreate,
    CommitmentUpdate,
    ProjectCreate,
    RateCreate,
    ShareIn,
)
from concord.identity.access import viewer_for
from tests.access_world import MARKER, World

ATTRIBUTE = "register"
HIDDEN_DIGITS = "7310955"


@dataclass(frozen=True)
class RegisterWorld:
    project: str  # public ids
    hidden_project: str
    joint: str  # A + U, confirmed: hidden from those not entitled to U
    draft_a: str  # A's draft: A's people and the secretariat only
    confirmed_a: str  # A's confirmed pledge: every signed-in person
    hidden_u: str  # U's own draft in the hidden project


def share(delegation_id: int | None, amount: str) -> ShareIn:
    return ShareIn(delegation_id=delegation_id or 0, amount=Decimal(amount))


def add_commitments(session: Session, world: World) -> RegisterWorld:
    secretariat = viewer_for(session, world.people["secretariat"])
    a, u = world.delegation_a.id, world.unannounced.id
    project = service.create_project(
        session,
        ProjectCreate(
            title="Water for Peace",
            description="Shared water infrastructure, run with civil society.",
            civil_society_partners=["Friends of the Jordan"],
            lead_delegation_id=a,
            partner_delegation_ids=[u or 0],
            document_id=world.document.id,
        ),
    )
    hidden_project = service.create_project(
        session,
        ProjectCreate(title=f"Fund of {MARKER}", partner_delegation_ids=[u or 0]),
    )

    def pledge(project_id: str, shares: list[ShareIn], status: CommitmentStatus) -> str:
        commitment = service.create_commitment(
            session,
            secretariat,
            CommitmentCreate(
                project_id=project_id,
                pledgers=shares,
                currency="EUR",
                kind=CommitmentKind.grant,
                period_start=2027,
                period_end=2029,
                publish_name=True,
            ),
        )
        if status != CommitmentStatus.draft:
            service.update_commitment(
                session, commitment, CommitmentUpdate(status=CommitmentStatus.confirmed)
            )
        return commitment.public_id

    found = RegisterWorld(
        project=project.public_id,
        hidden_project=hidden_project.public_id,
        joint=pledge(
            project.public_id,
            [share(a, "1000000.00"), share(u, f"{HIDDEN_DIGITS}.00")],
            CommitmentStatus.confirmed,
        ),
        draft_a=pledge(project.public_id, [share(a, "250000.50")], CommitmentStatus.draft),
        confirmed_a=pledge(project.public_id, [share(a, "500000")], CommitmentStatus.confirmed),
        hidden_u=pledge(
            hidden_project.public_id, [share(u, f"{HIDDEN_DIGITS}.25")], CommitmentStatus.draft
        ),
    )
    service.set_rate(
        session,
        secretariat,
        RateCreate(currency="EUR", reporting="USD", as_of=date(2026, 12, 1), rate=Decimal("1.08")),
    )
    setattr(world, ATTRIBUTE, found)
    return found


def register_of(world: World) -> RegisterWorld:
    found = getattr(world, ATTRIBUTE, None)
    assert isinstance(found, RegisterWorld), "build() must call add_commitments(session, world)"
    return found
