"""Positions of delegations on exact versions, silence procedures and adoptions."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from concord.core.clock import now
from concord.core.db import UTCDateTime


class Decision(StrEnum):
    approve = "approve"
    ad_referendum = "ad_referendum"  # pending capital's confirmation
    reservation = "reservation"  # approve, with a statement printed as a footnote
    object = "object"
    abstain = "abstain"


class Approval(SQLModel, table=True):
    """A delegation's live position on one exact version of a section (bound to its hash).

    One row per (section, version, delegation): the unique constraint is the invariant.
    A new version makes it stale without touching it; withdrawing marks it withdrawn.
    """

    __table_args__ = (UniqueConstraint("section_id", "version", "delegation_id"),)

    id: int | None = Field(default=None, primary_key=True)
    section_id: int = Field(foreign_key="section.id", index=True)
    version: int
    content_hash: str = Field(max_length=64)
    delegation_id: int = Field(foreign_key="delegation.id", index=True)
    decision: Decision = Field(sa_type=String(20))
    statement: str = Field(default="", sa_type=Text)
    set_by: int = Field(foreign_key="user.id")
    set_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)
    withdrawn_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class ApprovalEvent(SQLModel, table=True):
    """Every change of a position (set, changed, confirmed, withdrawn): the history."""

    id: int | None = Field(default=None, primary_key=True)
    approval_id: int = Field(foreign_key="approval.id", index=True)
    kind: str = Field(sa_type=String(20))
    decision: Decision | None = Field(default=None, sa_type=String(20))
    statement: str = Field(default="", sa_type=Text)
    actor_id: int = Field(foreign_key="user.id")
    at: datetime = Field(default_factory=now, sa_type=UTCDateTime)


class Approver(SQLModel, table=True):
    """A delegate whom the head of their delegation has allowed to set its positions."""

    user_id: int = Field(foreign_key="user.id", primary_key=True)
    allowed_by: int = Field(foreign_key="user.id")
    allowed_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)


class SilenceStatus(StrEnum):
    running = "running"
    broken = "broken"
    completed = "completed"
    cancelled = "cancelled"


class SilenceProcedure(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    revision_id: int = Field(foreign_key="revision.id")
    started_by: int = Field(foreign_key="user.id")
    started_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)
    deadline: datetime = Field(sa_type=UTCDateTime, index=True)
    status: SilenceStatus = Field(default=SilenceStatus.running, sa_type=String(20))
    broken_by: int | None = Field(default=None, foreign_key="user.id")
    broken_delegation_id: int | None = Field(default=None, foreign_key="delegation.id")
    broken_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    broken_reason: str = Field(default="", sa_type=Text)


class Adoption(SQLModel, table=True):
    """A revision adopted for good: its manifest (section, version, hash) and that manifest's hash.

    Unique per (document, revision): two processes racing to adopt leave one row.
    """

    __table_args__ = (UniqueConstraint("document_id", "revision_id"),)

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    revision_id: int = Field(foreign_key="revision.id")
    manifest: str = Field(sa_type=Text)
    manifest_hash: str = Field(max_length=64)
    via: str = Field(sa_type=String(20))  # "silence" or "secretariat"
    adopted_by: int | None = Field(default=None, foreign_key="user.id")
    adopted_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)
    reopened_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
