"""People, delegations and personal access tokens."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import String
from sqlmodel import Field, SQLModel

from concord.core.clock import now
from concord.core.db import UTCDateTime


class DelegationKind(StrEnum):
    government = "government"
    civil_society = "civil_society"
    secretariat = "secretariat"
    observer = "observer"


class Delegation(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=32, unique=True)
    name: str = Field(max_length=200)
    kind: DelegationKind = Field(sa_type=String(20))
    announced: bool = True
    created_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)


class User(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=320, unique=True)
    name: str = Field(max_length=200)
    delegation_id: int | None = Field(default=None, foreign_key="delegation.id", index=True)
    is_head: bool = False
    is_secretariat: bool = False
    disabled: bool = False
    created_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)


class ApiToken(SQLModel, table=True):
    """A personal access token; only its SHA-256 is stored (tokens carry 256 bits of entropy)."""

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True)
    name: str = Field(max_length=100)
    token_hash: str = Field(max_length=64, unique=True)
    prefix: str = Field(max_length=12)
    created_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)
    last_used_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
