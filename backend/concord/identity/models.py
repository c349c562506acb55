"""People, delegations and personal access tokens."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Index, String, UniqueConstraint
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
    password_hash: str | None = Field(default=None, max_length=200)
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


class WorkingGroupRole(StrEnum):
    chair = "chair"
    member = "member"


class WorkingGroup(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, unique=True)
    description: str = Field(default="", max_length=2000)
    created_by: int = Field(foreign_key="user.id")
    created_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)


class WorkingGroupMember(SQLModel, table=True):
    working_group_id: int = Field(foreign_key="workinggroup.id", primary_key=True)
    user_id: int = Field(foreign_key="user.id", primary_key=True, index=True)
    role: WorkingGroupRole = Field(sa_type=String(20))


class AuthSession(SQLModel, table=True):
    """A browser session; the cookie carries a random secret, the table only its SHA-256."""

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True)
    user_id: int = Field(foreign_key="user.id", index=True)
    created_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class LoginAttempt(SQLModel, table=True):
    """Sign-in attempts, counted per account and per address for rate limiting."""

    __table_args__ = (
        Index("ix_loginattempt_email_at", "email", "at"),
        Index("ix_loginattempt_address_at", "address", "at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=320)
    address: str = Field(max_length=64)
    at: datetime = Field(default_factory=now, sa_type=UTCDateTime)
    succeeded: bool = False


class Invitation(SQLModel, table=True):
    """A one-time link that lets an invited person set a password or bind an OpenID identity."""

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True)
    user_id: int = Field(foreign_key="user.id", index=True)
    created_by: int = Field(foreign_key="user.id")
    created_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime)
    used_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class OidcIdentity(SQLModel, table=True):
    """A person's identity at an OpenID provider: matched by (issuer, subject), never by email."""

    __table_args__ = (UniqueConstraint("issuer", "subject"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True)
    issuer: str = Field(max_length=500)
    subject: str = Field(max_length=255)
    created_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)
