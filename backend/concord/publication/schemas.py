"""Requests and responses of publication."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import AwareDatetime, BaseModel, Field

from concord.core.public_ids import PledgeId, PublicationId
from concord.identity.schemas import DelegationPublic
from concord.publication.models import PublicationStatus

Ref = Annotated[int, Field(ge=1, le=2**31 - 1)]


class PublicationSchedule(BaseModel):
    embargo_at: AwareDatetime = Field(
        description="When the text becomes public, with its offset (`2026-12-10T09:00:00+01:00`)."
    )
    time_zone: str = Field(
        min_length=1,
        max_length=64,
        description="The IANA time zone the embargo is told in (`Europe/Paris`).",
    )
    delegation_ids: list[Ref] = Field(
        min_length=1,
        max_length=200,
        description="The delegations named as participants; an unannounced one is named only "
        "once its head confirms.",
    )
    commitment_ids: list[PledgeId] | None = Field(
        default=None,
        max_length=500,
        description="Commitments announced at the embargo time (default: every confirmed "
        "commitment to the projects of this text).",
    )


class ParticipantPublic(BaseModel):
    delegation: DelegationPublic
    needs_confirmation: bool = Field(
        description="An unannounced delegation whose head has not yet confirmed its announcement."
    )
    confirmed_at: datetime | None
    named: bool = Field(description="Named at the embargo time.")


class PublicationPublic(BaseModel):
    id: PublicationId
    document_id: int
    status: PublicationStatus
    embargo_at: datetime
    time_zone: str
    embargo_local: str = Field(description="The embargo time in `time_zone`, as words.")
    manifest_hash: str
    published_at: datetime | None
    participants: list[ParticipantPublic] = Field(description="The ones you may know of.")
    commitment_ids: list[str] = Field(description="Marked commitments you may see.")
    public_url: str | None = Field(description="The public page, once published.")


class PublishedText(BaseModel):
    """A published text, as the public index lists it."""

    id: PublicationId
    title: str
    published_at: datetime
    languages: list[str]
    manifest_hash: str
    url: str
