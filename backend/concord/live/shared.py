"""What the hub, the PostgreSQL relay and the rendering (events.py) all speak of: a subscriber's
credential and a person's presence on a document."""

from __future__ import annotations

from dataclasses import dataclass

from concord.identity.schemas import DelegationPublic


@dataclass(frozen=True)
class Credential:
    """What the subscriber signed in with, to re-check at every heartbeat."""

    kind: str  # "bearer" or "cookie"
    secret: str


@dataclass(frozen=True)
class Presence:
    user_id: int
    name: str
    delegation: DelegationPublic | None  # as it was when told (`announced` included)
    section_id: int | None
    state: str
    expires: float  # time.monotonic() of this process
    origin: str = ""  # PostgreSQL: the app process that was told (it re-announces on request)
