"""Joint projects, the commitments that fund them, each pledger's share, and the rates the
secretariat enters to report totals in one currency."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import JSON, Column, String, UniqueConstraint
from sqlmodel import Field, SQLModel

from concord.commitments.money import DecimalText
from concord.core.clock import now
from concord.core.db import UTCDateTime
from concord.core.public_ids import LENGTH


class CommitmentKind(StrEnum):
    grant = "grant"
    loan = "loan"
    in_kind = "in_kind"


class CommitmentStatus(StrEnum):
    draft = "draft"  # the pledging delegations and the secretariat only
    confirmed = "confirmed"  # in the negotiating copy's annex
    announced = "announced"  # in the clean communiqué, and public once published


class Project(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    public_id: str = Field(max_length=LENGTH, unique=True)
    title: str = Field(max_length=300)
    description: str = Field(default="", max_length=4000)
    # Civil-society partners by name: organisations, not necessarily Concord delegations.
    civil_society_partners: list[str] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    lead_delegation_id: int | None = Field(default=None, foreign_key="delegation.id")
    # The text whose annex lists the project (the communiqué), if any.
    document_id: int | None = Field(default=None, foreign_key="document.id", index=True)
    created_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)


class ProjectPartner(SQLModel, table=True):
    """A partner delegation of a project (the lead is one too)."""

    project_id: int = Field(foreign_key="project.id", primary_key=True)
    delegation_id: int = Field(foreign_key="delegation.id", primary_key=True, index=True)


class Commitment(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    public_id: str = Field(max_length=LENGTH, unique=True)
    project_id: int = Field(foreign_key="project.id", index=True)
    currency: str = Field(sa_type=String(3))
    kind: CommitmentKind = Field(sa_type=String(10))
    status: CommitmentStatus = Field(default=CommitmentStatus.draft, sa_type=String(10))
    period_start: int  # first year of the pledge
    period_end: int  # last year (the same for a one-year pledge)
    publish_name: bool = False  # may the pledgers be named when it is published
    created_by: int = Field(foreign_key="user.id")
    created_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)


class CommitmentShare(SQLModel, table=True):
    """One pledging delegation's share of a commitment; the commitment's amount is their sum."""

    commitment_id: int = Field(foreign_key="commitment.id", primary_key=True)
    delegation_id: int = Field(foreign_key="delegation.id", primary_key=True, index=True)
    amount: Decimal = Field(sa_type=DecimalText)


class ExchangeRate(SQLModel, table=True):
    """Units of `reporting` for one unit of `currency`, as the secretariat entered it on a date."""

    __table_args__ = (UniqueConstraint("currency", "reporting", "as_of"),)

    id: int | None = Field(default=None, primary_key=True)
    currency: str = Field(sa_type=String(3))
    reporting: str = Field(sa_type=String(3))
    as_of: date
    rate: Decimal = Field(sa_type=DecimalText)
    entered_by: int = Field(foreign_key="user.id")
    created_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)
