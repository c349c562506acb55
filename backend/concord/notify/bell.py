"""The notification bell, live: each person's stream carries their own unread count, to them only.

Whatever changes a person's notifications (one enqueued for them, a reminder, theirs marked read
in another tab or on another device) names them in its transaction (capture.tell_people), and
the live hub (live/hub.py) hears it once committed: on SQLite from the committing thread, on
PostgreSQL from each process's listener, whichever process committed. The bell watches it and
counts, in one query, the unread notifications of the people named whose bell is open in this
process, and hands each person their own number. A stream carries that number and nothing
else, and only its person's: what the notifications say is read through the API, which filters
it (notify/service.py). Each stream also re-reads its count when it re-checks its credential,
every heartbeat (what a PostgreSQL listener missed while down).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncGenerator
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from pydantic import BaseModel
from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from concord.core import lifecycle
from concord.core.dependencies import SessionDep
from concord.identity.access import viewer_with
from concord.identity.dependencies import Credentials, SessionSecret, authenticate
from concord.live import events
from concord.live import lifespan as live
from concord.live.capture import People
from concord.live.hub import Hub
from concord.live.schemas import EndEvent
from concord.live.shared import Credential
from concord.notify import service
from concord.notify.models import Notification

log = logging.getLogger("concord.notify")
BELL = "notify_bell"
QUEUE = 8  # counts a slow stream may fall behind by: only the last one matters
ENDED = "ended"  # the queue's marker: the stream is closing (the process drains)


class Unread(BaseModel):
    unread: int


@dataclass(eq=False)
class Ringer:
    """One open bell stream."""

    user_id: int
    credential: Credential
    queue: asyncio.Queue[int | str] = field(default_factory=lambda: asyncio.Queue(QUEUE))

    def offer(self, item: int | str) -> None:
        if self.queue.full():
            self.queue.get_nowait()  # an older count: the newer one replaces it
        self.queue.put_nowait(item)


def unread_counts(engine: Engine, user_ids: list[int]) -> dict[int, int]:
    """Each person's unread notifications (0 included), in one query."""
    with Session(engine) as session:
        rows = session.exec(
            select(Notification.user_id, func.count())
            .where(col(Notification.user_id).in_(user_ids), col(Notification.read_at).is_(None))
            .group_by(col(Notification.user_id))
        ).all()
    counts = dict.fromkeys(user_ids, 0)
    counts.update({user_id: int(count) for user_id, count in rows})
    return counts


def recheck(engine: Engine, ringer: Ringer) -> int | None:
    """The person's unread count now, or None when their credential no longer holds."""
    with Session(engine) as session:
        user = events.authenticate(session, ringer.credential)
        if user is None or user.id != ringer.user_id:
            return None
        return service.unread_count(session, ringer.user_id)


@dataclass(eq=False)
class Bell:
    hub: Hub
    ringers: dict[int, set[Ringer]] = field(default_factory=dict)
    rung: int = 0  # counts taken after changes (tests watch it)
    _named: set[int] = field(default_factory=set)  # whose count to take again
    _everyone: bool = False  # … or everyone's
    _task: asyncio.Task[None] | None = None

    def open(self, user_id: int, credential: Credential) -> Ringer:
        """A new bell stream (on the loop)."""
        self.hub.watch_people(self.heard)
        ringer = Ringer(user_id, credential)
        self.ringers.setdefault(user_id, set()).add(ringer)
        return ringer

    def close(self, ringer: Ringer) -> None:
        group = self.ringers.get(ringer.user_id, set())
        group.discard(ringer)
        if not group:
            self.ringers.pop(ringer.user_id, None)

    def heard(self, people: People) -> None:
        """The hub's watcher (on the loop): count again for the people whose notifications
        changed (None: everyone). One count at a time, in commit order: people heard of while
        counting make one more count."""
        if people is None:
            self._everyone = bool(self.ringers)
        else:
            self._named.update(user_id for user_id in people if user_id in self.ringers)
        if not (self._everyone or self._named):
            return
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._ring())

    async def _ring(self) -> None:
        while self._everyone or self._named:
            named = self._named if not self._everyone else set(self.ringers)
            self._named, self._everyone = set(), False
            people = [user_id for user_id in named if user_id in self.ringers]
            if not people:
                continue
            try:
                counts = await self.hub.run_sync(unread_counts, self.hub.engine, people)
            except Exception:
                log.exception("notify: could not count unread notifications")
                return
            self.rung += 1
            for user_id, count in counts.items():
                for ringer in list(self.ringers.get(user_id, ())):
                    ringer.offer(count)


def bell_of(app: FastAPI) -> Bell:
    bell: Bell | None = getattr(app.state, BELL, None)
    if bell is None:
        bell = Bell(live.hub_of(app))
        setattr(app.state, BELL, bell)
    return bell


@dataclass(frozen=True)
class Opened:
    user_id: int
    credential: Credential
    unread: int


async def opened(
    request: Request, session: SessionDep, credentials: Credentials, session_secret: SessionSecret
) -> Opened:
    """Who opens the bell (401 unauthenticated), and their unread count, in one worker trip."""
    hub = live.hub_of(request.app)

    def check() -> Opened:
        viewer = viewer_with(session, *authenticate(request, session, credentials, session_secret))
        if credentials is not None:
            credential = Credential("bearer", credentials.credentials)
        else:
            credential = Credential("cookie", session_secret or "")
        return Opened(viewer.id, credential, service.unread_count(session, viewer.id))

    return await hub.run_sync(check)


OpenedDep = Annotated[Opened, Depends(opened)]


async def ring(bell: Bell, first: Opened, *, once: bool = False) -> AsyncGenerator[str, None]:
    """The stream: `unread` at once, then whenever the count changes; `end` when it must."""
    hub = bell.hub
    await hub.ready()
    yield f"retry: {hub.retry_ms(first.user_id)}\n\n"
    told = first.unread
    yield events.frame("unread", Unread(unread=told))
    if once:
        return
    ringer = bell.open(first.user_id, first.credential)
    forget = lifecycle.on_drain(_ender(ringer))
    try:
        if lifecycle.draining():
            ringer.offer(ENDED)
        while True:
            item: int | str | None
            try:
                item = await asyncio.wait_for(ringer.queue.get(), hub.settings.heartbeat_seconds)
            except TimeoutError:
                item = None
            items = [item] if item is not None else []
            while not ringer.queue.empty():
                items.append(ringer.queue.get_nowait())
            if ENDED in items:
                yield events.frame("end", EndEvent(reason="shutdown"))
                return
            counts = [i for i in items if isinstance(i, int)]
            if not counts:
                now = await hub.run_sync(recheck, hub.engine, ringer)
                if now is None:
                    yield events.frame("end", EndEvent(reason="session_expired"))
                    return
                counts = [now]
            if counts[-1] != told:
                told = counts[-1]
                yield events.frame("unread", Unread(unread=told))
            elif item is None:
                yield ": keep-alive\n\n"
    finally:
        forget()
        bell.close(ringer)


def _ender(ringer: Ringer) -> lifecycle.DrainHook:
    async def end() -> None:
        with contextlib.suppress(RuntimeError):
            ringer.offer(ENDED)

    return end
