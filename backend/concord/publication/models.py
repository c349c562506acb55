"""A publication: an adopted text made public at an embargo time, with the participants named at
that moment and the commitments announced with it."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import LargeBinary, String
from sqlmodel import Field, SQLModel

from concord.core.clock import now
from concord.core.db import UTCDateTime
from concord.core.public_ids import LENGTH


class PublicationStatus(StrEnum):
    scheduled = "scheduled"  # waiting for its embargo time
    published = "published"  # public, for good
    cancelled = "cancelled"  # the secretariat called it off (or the text was reopened)


class Publication(SQLModel, table=True):
    """One per document (unique): scheduling again replaces a schedule not yet published."""

    id: int | None = Field(default=None, primary_key=True)
    public_id: str = Field(max_length=LENGTH, unique=True)  # the public page's address
    document_id: int = Field(foreign_key="document.id", unique=True)
    revision_id: int = Field(foreign_key="revision.id")  # the adopted revision it publishes
    manifest_hash: str = Field(max_length=64)
    embargo_at: datetime = Field(sa_type=UTCDateTime, index=True)
    time_zone: str = Field(max_length=64)  # IANA name the embargo was given in, for display
    status: PublicationStatus = Field(default=PublicationStatus.scheduled, sa_type=String(10))
    published_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    scheduled_by: int = Field(foreign_key="user.id")
    created_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)


class PublicationParticipant(SQLModel, table=True):
    """A delegation to be named. An unannounced one is named only once its head confirmed."""

    publication_id: int = Field(foreign_key="publication.id", primary_key=True)
    delegation_id: int = Field(foreign_key="delegation.id", primary_key=True)
    confirmed_by: int | None = Field(default=None, foreign_key="user.id")
    confirmed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    named: bool = False  # set at the embargo time: the delegation was named


class PublicationCommitment(SQLModel, table=True):
    """A commitment marked to be announced with the publication."""

    publication_id: int = Field(foreign_key="publication.id", primary_key=True)
    commitment_id: int = Field(foreign_key="commitment.id", primary_key=True)


class PublicationFile(SQLModel, table=True):
    """A file of the public page made when the text was published (the PDF of each language,
    `text.pdf`, `text-ar.pdf`): stored, so that no reader waits for LibreOffice and every reader
    gets the same bytes."""

    publication_id: int = Field(foreign_key="publication.id", primary_key=True)
    name: str = Field(max_length=32, primary_key=True)
    body: bytes = Field(sa_type=LargeBinary)
    sha256: str = Field(max_length=64)
    created_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)
