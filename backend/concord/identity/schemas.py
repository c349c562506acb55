from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict

from concord.identity.models import DelegationKind


class DelegationPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    code: str
    name: str
    kind: DelegationKind
    announced: bool


class PersonPublic(BaseModel):
    """A person as others see them: no email, no roles."""

    id: int
    name: str


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
