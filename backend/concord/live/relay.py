"""Across app processes on PostgreSQL: every process's hub hears every committed change and
every presence, through LISTEN/NOTIFY.

Changes: `capture` NOTIFYs `concord_live` with the audit seq inside the committing transaction.
Each app process keeps one dedicated connection in LISTEN (a task on its hub's loop, reconnected
with backoff when it drops), reads the announced events back from the audit log in batches and
hands them to its hub: those committed by this very process too, so each change is delivered
once. Seqs arrive in commit order, which is seq order, so a high-water mark drops repeats. After
a reconnection the audit log is read on from that mark: what was committed while the line was
down arrives late instead of never (beyond `replay_limit` changes every stream ends with
`overflow`, and the browsers reload).

Whose own news changed (their notifications) comes as NOTIFY `concord_people` with their ids,
sent in the committing transaction (capture.tell_people): handed to the hub as it comes. While
the line is down these are lost: each stream re-reads its person's news at its heartbeat.

Presence is shared as NOTIFY `concord_presence` messages, not kept in a table: it is ephemeral
(gone after `presence_seconds` without renewal), so a heartbeat writes nothing (no write lock,
no dead rows), and a process that restarts loses nothing that lasts. Each hub keeps the copy it
heard. `here` carries the seconds left (no clock is compared across hosts); `left` says a
person's last stream on one process closed (a process still streaming to them answers with
`here`); `sync` says a process has just (re)connected, and the others re-announce the presences
they were told of, so it need not wait for renewals.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

import anyio.to_thread
import psycopg
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from concord.identity.schemas import DelegationPublic
from concord.live import capture
from concord.live.hub import Hub
from concord.live.shared import Presence

log = logging.getLogger("concord.live")

CHANGES = capture.CHANNEL
PEOPLE = capture.PEOPLE_CHANNEL
PRESENCE = "concord_presence"
MAX_PAYLOAD = 7900  # bytes; PostgreSQL refuses NOTIFY payloads of 8000 and more
CATCH_UP = -1  # in the seq queue: read the audit log on from the high-water mark
# A line that dies silently (no FIN, no RST) is noticed by TCP keepalives and the ping.
CONNECT: dict[str, Any] = {
    "application_name": "concord-live-listener",
    "connect_timeout": 10,
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
}

T = TypeVar("T")


def dsn(engine: Engine) -> str:
    """The engine's database as a libpq URL, for psycopg's own connection."""
    return engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


def notify(engine: Engine, channel: str, message: dict[str, Any]) -> None:
    """Send one message now, in a transaction of its own (blocking: call from a thread)."""
    payload = json.dumps(message, ensure_ascii=False, separators=(",", ":"))
    if len(payload.encode()) > MAX_PAYLOAD:
        log.warning("live: a %s message of %d bytes was not sent", channel, len(payload))
        return
    with engine.connect() as connection:
        connection.execute(
            text("SELECT pg_notify(:channel, :payload)"), {"channel": channel, "payload": payload}
        )
        connection.commit()


def here(document_id: int, entry: Presence) -> dict[str, Any]:
    return {
        "op": "here",
        "origin": entry.origin,
        "document_id": document_id,
        "user_id": entry.user_id,
        "name": entry.name,
        "delegation": entry.delegation.model_dump(mode="json") if entry.delegation else None,
        "section_id": entry.section_id,
        "state": entry.state,
        "ttl": max(0.0, entry.expires - time.monotonic()),
    }


def presence_of(message: dict[str, Any]) -> Presence:
    delegation = message["delegation"]
    return Presence(
        user_id=int(message["user_id"]),
        name=str(message["name"]),
        delegation=DelegationPublic.model_validate(delegation) if delegation else None,
        section_id=message["section_id"],
        state=str(message["state"]),
        expires=time.monotonic() + float(message["ttl"]),
        origin=str(message["origin"]),
    )


@dataclass(eq=False)
class Relay:
    hub: Hub
    origin: str = field(default_factory=lambda: uuid.uuid4().hex)
    last_seq: int | None = None  # the newest change handed to the hub (or known to be old)
    connections: int = 0  # how many times the listener has connected (tests watch it)
    _seqs: asyncio.Queue[int] | None = None
    _listening: asyncio.Event | None = None
    _sending: set[asyncio.Future[None]] = field(default_factory=set)

    # --- the hub's side ---------------------------------------------------------------------

    def start(self, loop: asyncio.AbstractEventLoop) -> list[asyncio.Task[None]]:
        """The listener and the feeder, on the hub's loop (the hub cancels them)."""
        self._seqs = asyncio.Queue()
        self._listening = asyncio.Event()
        return [
            loop.create_task(self._listen(), name="concord-live-listen"),
            loop.create_task(self._feed(self._seqs), name="concord-live-feed"),
        ]

    async def ready(self, timeout: float) -> None:
        if self._listening is None or self._listening.is_set():
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._listening.wait(), timeout)
        if not self._listening.is_set():
            log.warning("live: a stream starts while the PostgreSQL listener is not listening")

    def announce(self, document_id: int, entry: Presence) -> None:
        """Tell every process (this one too) of a presence (blocking: the route's thread)."""
        notify(self.hub.engine, PRESENCE, here(document_id, replace(entry, origin=self.origin)))

    def leave(self, document_id: int, user_id: int) -> None:
        """A person's last stream here closed (on the loop)."""
        message = {"op": "left", "origin": self.origin, "document_id": document_id}
        self._send(message | {"user_id": user_id})

    # --- listening --------------------------------------------------------------------------

    async def _listen(self) -> None:
        settings = self.hub.settings
        delay = settings.listen_first_retry_seconds
        while True:
            try:
                connection = await psycopg.AsyncConnection.connect(
                    dsn(self.hub.engine), autocommit=True, **CONNECT
                )
                async with connection:
                    await connection.execute(f"LISTEN {CHANGES}")
                    await connection.execute(f"LISTEN {PRESENCE}")
                    await connection.execute(f"LISTEN {PEOPLE}")
                    await self._connected()
                    delay = settings.listen_first_retry_seconds
                    while True:
                        notes = connection.notifies(timeout=settings.listen_ping_seconds)
                        async for note in notes:
                            self._heard(note.channel, note.payload)
                        await connection.execute("SELECT 1")
            except Exception as error:  # whatever broke the line: listen again
                log.warning("live: PostgreSQL listener down (%s); again in %.1f s", error, delay)
            if self._listening is not None:
                self._listening.clear()
            await asyncio.sleep(delay)
            delay = min(delay * 2, settings.listen_retry_seconds)

    async def _connected(self) -> None:
        assert self._seqs is not None and self._listening is not None
        self.connections += 1
        if self.last_seq is None:
            # Listening already: every change committed after this read is announced to us.
            self.last_seq = await self._read(capture.last_seq)
            if self.hub.count():
                self.hub.overflow()  # streams that did not wait for the listener reload
        else:
            self._seqs.put_nowait(CATCH_UP)
        await anyio.to_thread.run_sync(
            notify, self.hub.engine, PRESENCE, {"op": "sync", "origin": self.origin}
        )
        self._listening.set()

    def _heard(self, channel: str, payload: str) -> None:
        if channel == CHANGES:
            assert self._seqs is not None
            with contextlib.suppress(ValueError):
                self._seqs.put_nowait(int(payload))
            return
        if channel == PEOPLE:
            try:
                self.hub.tell_people(capture.people_of(payload))
            except ValueError:
                log.warning("live: a malformed people message was ignored")
            return
        try:
            self._presence(json.loads(payload))
        except (KeyError, TypeError, ValueError):
            log.warning("live: a malformed presence message was ignored")

    # --- changes ----------------------------------------------------------------------------

    async def _read(self, query: Callable[[Session], T]) -> T:
        def run() -> T:
            with Session(self.hub.engine) as session:
                return query(session)

        return await anyio.to_thread.run_sync(run)

    async def _feed(self, seqs: asyncio.Queue[int]) -> None:
        while True:
            batch = [await seqs.get()]
            while not seqs.empty():
                batch.append(seqs.get_nowait())
            try:
                await self._take(batch)
            except Exception:
                # The mark has not moved: reading on from it later finds these changes again.
                log.exception("live: could not read %d announced changes", len(batch))
                await asyncio.sleep(1.0)
                seqs.put_nowait(CATCH_UP)

    async def _take(self, batch: list[int]) -> None:
        last = self.last_seq
        if last is None:
            return
        if CATCH_UP in batch:
            limit = self.hub.settings.replay_limit
            found = await self._read(lambda s: capture.after(s, last, limit + 1))
            if len(found) > limit:
                self.last_seq = await self._read(capture.last_seq)
                self.hub.overflow()
                return
            changes = found
            if found:
                self.last_seq = found[-1].seq
        else:
            fresh = sorted({seq for seq in batch if seq > last})
            if not fresh:
                return
            changes = (
                await self._read(lambda s: capture.load(s, fresh)) if self.hub.listening() else []
            )
            self.last_seq = fresh[-1]
        self.hub.deliver(changes)

    # --- presence ---------------------------------------------------------------------------

    def _presence(self, message: dict[str, Any]) -> None:
        op = message["op"]
        if op == "sync":
            if message["origin"] != self.origin:
                for document_id, entry in self.hub.told_here(self.origin):
                    self._send(here(document_id, entry))
            return
        document_id, user_id = int(message["document_id"]), int(message["user_id"])
        if op == "here":
            self.hub.record(document_id, presence_of(message))
        elif op == "left":
            if not self.hub.streams_of(document_id, user_id):
                self.hub.forget(document_id, user_id)
                return
            # They still follow the document through this process: they have not left.
            for entry in self.hub.present(document_id):
                if entry.user_id == user_id:
                    self._send(here(document_id, entry))

    def _send(self, message: dict[str, Any]) -> None:
        """Send from the loop without waiting (a worker thread does)."""
        loop = self.hub.loop
        if loop is None or loop.is_closed():
            return
        future = loop.run_in_executor(
            None, functools.partial(notify, self.hub.engine, PRESENCE, message)
        )
        self._sending.add(future)
        future.add_done_callback(self._sent)

    def _sent(self, future: asyncio.Future[None]) -> None:
        self._sending.discard(future)
        if not future.cancelled() and future.exception() is not None:
            log.warning("live: a presence message was not sent (%s)", future.exception())
