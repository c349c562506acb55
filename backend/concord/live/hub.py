"""In-process fan-out: committed changes and presence to each document's subscribers.

One hub per app, living on its event loop. Writers commit in worker threads (and the silence
scheduler in its own), so changes cross into the loop with `call_soon_threadsafe`; a
dispatcher task then finds each change's document (one short read, in a thread) and offers it
to that document's subscribers. Each subscriber has a bounded queue: one that falls behind is
dropped (its stream ends and the browser reconnects) rather than holding anyone back.

On SQLite (one process) committed changes come from `capture` in the committing thread, and
presence is recorded here directly. On PostgreSQL every app process shares both through a
`Relay` (relay.py, LISTEN/NOTIFY): changes reach the hub only from its listening connection,
those committed in this process too (so each is delivered once, in commit order), and presence
is announced to all processes and recorded when the announcement comes back.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

import anyio.to_thread
from fastapi import FastAPI
from sqlalchemy import Engine

from concord.core.config import get_settings
from concord.identity.access import Viewer
from concord.identity.schemas import DelegationPublic
from concord.live import capture, events
from concord.live.capture import Change

if TYPE_CHECKING:
    from concord.live.relay import Relay

log = logging.getLogger("concord.live")


@dataclass(frozen=True)
class LiveSettings:
    """The stream's rhythm: `CONCORD_LIVE_*` in core/config.py's Settings (tests shorten it)."""

    heartbeat_seconds: float
    presence_seconds: float
    retry_ms: int
    queue_size: int
    replay_limit: int
    listen_ping_seconds: float
    listen_retry_seconds: float
    listen_first_retry_seconds: float

    @classmethod
    def configured(cls) -> LiveSettings:
        settings = get_settings()
        return cls(**{f.name: getattr(settings, f"live_{f.name}") for f in fields(cls)})


@dataclass(frozen=True)
class Credential:
    """What the subscriber signed in with, to re-check on every event and heartbeat."""

    kind: str  # "bearer" or "cookie"
    secret: str


@dataclass(frozen=True)
class Presence:
    user_id: int
    name: str
    delegation: DelegationPublic | None
    section_id: int | None
    state: str
    expires: float  # time.monotonic() of this process
    origin: str = ""  # PostgreSQL: the app process that was told (it re-announces on request)


# What a subscriber's queue holds: a change, "presence changed", "you were dropped" (too far
# behind) or "the server is stopping".
PRESENCE = "presence"
DROPPED = "dropped"
CLOSING = "closing"
Item = Change | str


@dataclass(eq=False)
class Subscriber:
    document_id: int
    credential: Credential
    viewer: Viewer
    queue: asyncio.Queue[Item]
    dropped: bool = False

    def offer(self, item: Item) -> bool:
        """Queue an item; False when the subscriber is too far behind (it is then dropped)."""
        if self.dropped:
            return False
        try:
            self.queue.put_nowait(item)
        except asyncio.QueueFull:
            self.end(DROPPED)
            return False
        return True

    def end(self, why: str) -> None:
        """Replace whatever is queued with the reason the stream ends."""
        self.dropped = True
        while not self.queue.empty():
            self.queue.get_nowait()
        self.queue.put_nowait(why)


@dataclass
class Hub:
    engine: Engine
    settings: LiveSettings = field(default_factory=LiveSettings.configured)
    subscribers: dict[int, set[Subscriber]] = field(default_factory=dict)
    presence: dict[int, dict[int, Presence]] = field(default_factory=dict)
    relay: Relay | None = None  # PostgreSQL: shared with every app process
    loop: asyncio.AbstractEventLoop | None = None
    _inbox: asyncio.Queue[list[Change]] | None = None
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # --- subscribing (on the loop) -------------------------------------------------------------

    def _start(self) -> None:
        loop = asyncio.get_running_loop()
        if self.loop is loop and self._tasks:
            return
        self.loop = loop
        self._inbox = asyncio.Queue()
        self._tasks = [
            loop.create_task(self._dispatch(self._inbox), name="concord-live-dispatch"),
            loop.create_task(self._expire(), name="concord-live-presence"),
        ]
        if self.relay is not None:
            self._tasks += self.relay.start(loop)

    async def ready(self) -> None:
        """Wait until changes committed from now on will reach this hub (PostgreSQL: until its
        listener listens). A listener that cannot connect does not hold streams back for long."""
        self._start()
        if self.relay is not None:
            await self.relay.ready(timeout=10.0)

    def subscribe(self, document_id: int, credential: Credential, viewer: Viewer) -> Subscriber:
        self._start()
        subscriber = Subscriber(
            document_id, credential, viewer, asyncio.Queue(maxsize=self.settings.queue_size)
        )
        with self._lock:
            self.subscribers.setdefault(document_id, set()).add(subscriber)
        return subscriber

    def unsubscribe(self, subscriber: Subscriber) -> None:
        """Forget a subscriber; its person leaves the document when no stream of theirs remains."""
        document_id, user_id = subscriber.document_id, subscriber.viewer.id
        with self._lock:
            group = self.subscribers.get(document_id, set())
            group.discard(subscriber)
            if not group:
                self.subscribers.pop(document_id, None)
            still_here = any(s.viewer.id == user_id for s in group)
            present = user_id in self.presence.get(document_id, {})
        if still_here or not present:
            return
        if self.relay is not None:
            self.relay.leave(document_id, user_id)
        else:
            self.forget(document_id, user_id)

    def streams_of(self, document_id: int, user_id: int) -> bool:
        """Whether this person follows the document through this process."""
        with self._lock:
            return any(s.viewer.id == user_id for s in self.subscribers.get(document_id, ()))

    def count(self, document_id: int | None = None) -> int:
        with self._lock:
            if document_id is not None:
                return len(self.subscribers.get(document_id, ()))
            return sum(len(group) for group in self.subscribers.values())

    # --- publishing (from any thread) ----------------------------------------------------------

    def deliver(self, changes: list[Change]) -> None:
        """Hand committed changes to the dispatcher (on the loop)."""
        if self._inbox is not None and changes:
            self._inbox.put_nowait(changes)

    def overflow(self) -> None:
        """Changes were missed (on the loop): every stream ends with `overflow`, and reloads."""
        with self._lock:
            groups = [s for group in self.subscribers.values() for s in group]
        for subscriber in groups:
            subscriber.end(DROPPED)  # each stream then ends and unsubscribes

    def publish(self, key: str, changes: list[Change]) -> None:
        """A capture listener: hand committed changes to the loop. Returns at once."""
        loop, inbox = self.loop, self._inbox
        if loop is None or inbox is None or loop.is_closed() or not self.subscribers:
            return
        if key != capture.database_key(self.engine.url):
            return
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
            loop.call_soon_threadsafe(inbox.put_nowait, changes)

    def touch(
        self,
        document_id: int,
        viewer: Viewer,
        section_id: int | None,
        state: str,
    ) -> None:
        """Record or renew a person's presence on a document (any thread)."""
        entry = Presence(
            user_id=viewer.id,
            name=viewer.user.name,
            delegation=DelegationPublic.model_validate(viewer.delegation)
            if viewer.delegation
            else None,
            section_id=section_id,
            state=state,
            expires=time.monotonic() + self.settings.presence_seconds,
        )
        if self.relay is not None:
            self.relay.announce(document_id, entry)  # recorded when it comes back
        else:
            self.record(document_id, entry)

    def record(self, document_id: int, entry: Presence) -> None:
        """Note a presence (any thread); subscribers hear of it when it is new or moved."""
        with self._lock:
            people = self.presence.setdefault(document_id, {})
            previous = people.get(entry.user_id)
            people[entry.user_id] = entry
        if previous is None or (previous.section_id, previous.state) != (
            entry.section_id,
            entry.state,
        ):
            self._presence_changed(document_id)

    def forget(self, document_id: int, user_id: int) -> None:
        """A person left the document (any thread)."""
        with self._lock:
            people = self.presence.get(document_id, {})
            gone = people.pop(user_id, None) is not None
            if not people:
                self.presence.pop(document_id, None)
        if gone:
            self._presence_changed(document_id)

    def told_here(self, origin: str) -> list[tuple[int, Presence]]:
        """The live presences this process was told of itself (PostgreSQL: to re-announce)."""
        now = time.monotonic()
        with self._lock:
            return [
                (document_id, entry)
                for document_id, people in self.presence.items()
                for entry in people.values()
                if entry.origin == origin and entry.expires > now
            ]

    def present(self, document_id: int) -> list[Presence]:
        now = time.monotonic()
        with self._lock:
            people = self.presence.get(document_id, {})
            return sorted((p for p in people.values() if p.expires > now), key=lambda p: p.user_id)

    def _presence_changed(self, document_id: int) -> None:
        loop = self.loop
        if loop is None or loop.is_closed():
            return
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(self._fan_out, document_id, PRESENCE)

    # --- on the loop -----------------------------------------------------------------------------

    def _fan_out(self, document_id: int, item: Item) -> None:
        with self._lock:
            group = list(self.subscribers.get(document_id, ()))
        for subscriber in group:
            if not subscriber.offer(item):
                log.info("live: dropped a subscriber of document %s (too slow)", document_id)
                with self._lock:
                    self.subscribers.get(document_id, set()).discard(subscriber)

    async def _dispatch(self, inbox: asyncio.Queue[list[Change]]) -> None:
        while True:
            changes = await inbox.get()
            while not inbox.empty():
                changes = changes + inbox.get_nowait()
            try:
                routed = await anyio.to_thread.run_sync(events.documents_of, self.engine, changes)
            except Exception:
                log.exception("live: could not route %d changes", len(changes))
                continue
            for change, document_id in routed:
                self._fan_out(document_id, change)

    async def _expire(self) -> None:
        interval = max(0.05, min(1.0, self.settings.presence_seconds / 4))
        while True:
            await asyncio.sleep(interval)
            now = time.monotonic()
            ended: list[int] = []
            with self._lock:
                for document_id, people in list(self.presence.items()):
                    gone = [u for u, p in people.items() if p.expires <= now]
                    for user_id in gone:
                        del people[user_id]
                    if gone:
                        ended.append(document_id)
                    if not people:
                        del self.presence[document_id]
            for document_id in ended:
                self._fan_out(document_id, PRESENCE)

    async def stop(self) -> None:
        tasks, self._tasks = self._tasks, []
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        with self._lock:
            groups = [s for group in self.subscribers.values() for s in group]
        for subscriber in groups:
            subscriber.end(CLOSING)


HUB = "live_hub"
_create = threading.Lock()


def hub_of(app: FastAPI) -> Hub:
    """The app's hub, made on first use and registered as a capture listener."""
    with _create:
        hub: Hub | None = getattr(app.state, HUB, None)
        if hub is None:
            hub = Hub(app.state.engine)
            setattr(app.state, HUB, hub)
            capture.install()
            if hub.engine.dialect.name == "postgresql":
                from concord.live.relay import Relay  # the relay is built on the hub

                hub.relay = Relay(hub)
            else:
                capture.subscribe(hub.publish)
        return hub


@asynccontextmanager
async def lifespan(app: Any) -> AsyncIterator[None]:
    """Capture changes from the start (on PostgreSQL every process announces its commits, with
    or without subscribers of its own); stop the hub's tasks and end its streams at the end."""
    hub_of(app)
    try:
        yield
    finally:
        hub: Hub | None = getattr(app.state, HUB, None)
        if hub is not None:
            capture.unsubscribe(hub.publish)
            await hub.stop()
