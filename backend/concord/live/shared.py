"""What the hub, the PostgreSQL relay and the rendering (events.py) all speak of: a subscriber's
credential, a person's presence on a document, and what the hub asks of its relay."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Protocol

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


class HubRelay(Protocol):
    """What the hub asks of the PostgreSQL relay (relay.Relay, built on the hub and given to it
    by lifespan.hub_of)."""

    def start(self, loop: asyncio.AbstractEventLoop) -> list[asyncio.Task[None]]: ...

    async def ready(self, timeout: float) -> None: ...

    def announce(self, document_id: int, entry: Presence) -> None: ...

    def leave(self, document_id: int, user_id: int) -> None: ...
