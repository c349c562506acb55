from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from concord.core.dependencies import MAX_ID
from concord.identity.models import DelegationKind, WorkingGroupRole


class DelegationPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    code: str
    name: str
    kind: DelegationKind
    announced: bool


UNDISCLOSED = "Undisclosed participant"


class PersonPublic(BaseModel):
    """A person as others see them: no email, no roles; `id` is null when undisclosed."""

    id: int | None
    name: str

    @classmethod
    def undisclosed(cls) -> PersonPublic:
        return cls(id=None, name=UNDISCLOSED)


class MePublic(BaseModel):
    id: int
    email: str
    name: str
    delegation: DelegationPublic | None
    is_head: bool
    is_secretariat: bool


class TokenCreated(BaseModel):
    id: int
    name: str
    token: str
    created_at: datetime


Email = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True,
        to_lower=True,
        min_length=3,
        max_length=320,
        pattern=r"^[^\s\x00-\x1f\x7f@]+@[^\s\x00-\x1f\x7f@]+$",
    ),
]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Code = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=1, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$"
    ),
]
Id = Annotated[int, Field(ge=1, le=MAX_ID)]


class LoginRequest(BaseModel):
    email: Email
    password: Annotated[str, Field(min_length=1, max_length=1000)]


class InvitationAccept(BaseModel):
    token: Annotated[str, Field(min_length=1, max_length=200)]
    password: Annotated[str, Field(min_length=1, max_length=1000)]


class InvitationPublic(BaseModel):
    email: str
    name: str
    expires_at: datetime


class TokenCreate(BaseModel):
    name: Name


class TokenPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    prefix: str
    created_at: datetime
    revoked_at: datetime | None


class DelegationCreate(BaseModel):
    code: Code
    name: Name
    kind: DelegationKind = DelegationKind.government
    announced: bool = True


class DelegationUpdate(BaseModel):
    name: Name | None = None
    announced: Literal[True] | None = Field(
        default=None, description="`true` announces the delegation; it cannot be unannounced."
    )


class MemberPublic(BaseModel):
    id: int
    name: str
    is_head: bool


class DelegationDetail(DelegationPublic):
    members: list[MemberPublic]


class DelegationMemberAdd(BaseModel):
    user_id: Id
    head: bool = False


class UserCreate(BaseModel):
    email: Email
    name: Name
    delegation_id: Id | None = None
    head: bool = False
    secretariat: bool = False


class UserUpdate(BaseModel):
    name: Name | None = None
    disabled: bool | None = None


class UserPublic(BaseModel):
    """A person as the secretariat sees them."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str
    name: str
    delegation_id: int | None
    is_head: bool
    is_secretariat: bool
    disabled: bool
    has_password: bool
    last_sign_in_at: datetime | None = Field(
        description="When the person last signed in; null if they never have."
    )
    invitation_expires_at: datetime | None = Field(
        description="When their invitation link stops working; null if none works now."
    )


class InvitationRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    days: int | None = Field(
        None, ge=1, le=90, description="How long the link works (default: the server's setting)."
    )


class InvitationIssued(BaseModel):
    invitation_url: str = Field(description="A one-time link; shown only in this answer.")
    invitation_expires_at: datetime


class UserCreated(BaseModel):
    user: UserPublic
    invitation_url: str = Field(description="One-time link to hand to the person.")
    invitation_expires_at: datetime


class WorkingGroupCreate(BaseModel):
    name: Name
    description: Annotated[str, Field(max_length=2000)] = ""


class WorkingGroupUpdate(BaseModel):
    name: Name | None = None
    description: Annotated[str, Field(max_length=2000)] | None = None


class WorkingGroupMemberAdd(BaseModel):
    user_id: Id
    role: WorkingGroupRole = WorkingGroupRole.member


class WorkingGroupMemberPublic(BaseModel):
    person: PersonPublic
    role: WorkingGroupRole


class WorkingGroupPublic(BaseModel):
    id: int
    name: str
    description: str
    members: list[WorkingGroupMemberPublic]
