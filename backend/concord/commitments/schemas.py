"""Requests and responses of the commitments register. Amounts travel as strings (money.py)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from concord.commitments.models import CommitmentKind, CommitmentStatus
from concord.commitments.money import Currency, DecimalString, ExactDecimal, ExactRate
from concord.core.public_ids import PledgeId, ProjectId
from concord.identity.schemas import DelegationPublic

Title = Annotated[str, Field(min_length=1, max_length=300)]
Description = Annotated[str, Field(max_length=4000)]
PartnerName = Annotated[str, Field(min_length=1, max_length=200)]
Year = Annotated[int, Field(ge=1990, le=2100)]
Ref = Annotated[int, Field(ge=1, le=2**31 - 1)]


class ProjectCreate(BaseModel):
    title: Title
    description: Description = ""
    civil_society_partners: list[PartnerName] = Field(default_factory=list, max_length=50)
    lead_delegation_id: Ref | None = None
    partner_delegation_ids: list[Ref] = Field(
        default_factory=list,
        max_length=50,
        description="Partner delegations; the lead is added to them.",
    )
    document_id: Ref | None = Field(
        default=None, description="The text whose annex lists the project (the communiqué)."
    )


class ProjectUpdate(BaseModel):
    title: Title | None = None
    description: Description | None = None
    civil_society_partners: list[PartnerName] | None = Field(default=None, max_length=50)
    lead_delegation_id: Ref | None = None
    partner_delegation_ids: list[Ref] | None = Field(default=None, max_length=50)
    document_id: Ref | None = None


class ShareIn(BaseModel):
    delegation_id: Ref
    amount: ExactDecimal


class CommitmentCreate(BaseModel):
    project_id: ProjectId
    pledgers: list[ShareIn] = Field(
        min_length=1, max_length=20, description="Each pledging delegation and its share."
    )
    currency: Currency
    kind: CommitmentKind
    period_start: Year
    period_end: Year
    publish_name: bool = False


class CommitmentUpdate(BaseModel):
    pledgers: list[ShareIn] | None = Field(default=None, min_length=1, max_length=20)
    currency: Currency | None = None
    kind: CommitmentKind | None = None
    period_start: Year | None = None
    period_end: Year | None = None
    publish_name: bool | None = None
    status: CommitmentStatus | None = Field(
        default=None, description="draft → confirmed → announced (or back to draft)."
    )


class ShareOut(BaseModel):
    delegation: DelegationPublic
    amount: DecimalString


class CommitmentPublic(BaseModel):
    id: PledgeId
    project_id: ProjectId
    project_title: str
    pledgers: list[ShareOut]
    amount: DecimalString = Field(description="The sum of the pledgers' shares.")
    currency: str
    kind: CommitmentKind
    status: CommitmentStatus
    period_start: int
    period_end: int
    publish_name: bool


class ProjectPublic(BaseModel):
    id: ProjectId
    title: str
    description: str
    civil_society_partners: list[str]
    lead: DelegationPublic | None
    partners: list[DelegationPublic] = Field(description="The partners you may know of.")
    document_id: int | None
    commitments: list[CommitmentPublic] = Field(description="The commitments you may see.")


Scope = Literal["all", "visible_to_you"]


class CurrencyAmount(BaseModel):
    currency: str
    amount: DecimalString


class Total(BaseModel):
    key: str = Field(description="The project's or delegation's public name.")
    id: str = Field(description="The project's public id or the delegation's id.")
    amounts: list[CurrencyAmount]


class Converted(BaseModel):
    reporting: str
    on: date
    amount: DecimalString = Field(description="What could be converted, in `reporting`.")
    missing_rates: list[str] = Field(description="Currencies with no rate on or before `on`.")


class Totals(BaseModel):
    scope: Scope = Field(
        description="`all` for the secretariat; otherwise only the commitments you may see."
    )
    note: str
    by_currency: list[CurrencyAmount]
    by_project: list[Total]
    by_delegation: list[Total]
    converted: Converted | None


class RateCreate(BaseModel):
    currency: Currency
    reporting: Currency
    as_of: date
    rate: ExactRate


class RatePublic(BaseModel):
    currency: str
    reporting: str
    as_of: date
    rate: DecimalString
