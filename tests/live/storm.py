"""Hundreds of event-stream followers at once, for the reconnect-storm test and the summit
benchmark: each is a small asyncio client on a raw connection (a thread each would not scale),
speaking HTTP/1.1 and server-sent events, that reconnects as a browser does: with the last
`id:` it got as `Last-Event-ID`, after `Retry-After` when refused (429/503), after a short pause
when the stream ends or the connection drops.

    followers = [Follower(url, document_id, token) for token in tokens]
    await asyncio.gather(*(f.run(done=lambda f: ..., deadline=...) for f in followers))
"""

from __future__ import annotations

import asyncio
import json
import random
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

PAUSE_S = 0.5  # the longest a follower waits before reconnecting here (browsers wait longer)


@dataclass
class Follower:
    url: str  # the server's base URL
    document_id: int
    token: str
    last_id: str | None = None
    statuses: Counter[int] = field(default_factory=Counter)
    # (event id, section, number, wall time received): ids are sealed, opaque but one per change
    versions: list[tuple[str, int, int, float]] = field(default_factory=list)
    ends: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # dropped connections, unreadable answers
    retries_ms: list[int] = field(default_factory=list)
    connected: bool = False  # the current connection got its `ready`
    readies: list[float] = field(default_factory=list)  # when each `ready` came (monotonic)

    @property
    def seen(self) -> set[tuple[int, int]]:
        return {(section, number) for _seq, section, number, _t in self.versions}

    async def run(self, done: Callable[[Follower], bool], deadline: float) -> None:
        """Follow until `done(self)` or the monotonic `deadline`."""
        while not done(self) and time.monotonic() < deadline:
            pause = PAUSE_S
            try:
                pause = await asyncio.wait_for(
                    self._once(done), max(0.1, deadline - time.monotonic())
                )
            except TimeoutError:
                return
            except (OSError, asyncio.IncompleteReadError, ValueError) as error:
                self.failures.append(f"{error.__class__.__name__}: {error}")
            self.connected = False
            if not done(self):
                await asyncio.sleep(random.uniform(0.5, 1.0) * pause)

    async def _once(self, done: Callable[[Follower], bool]) -> float:
        """One connection; how long to pause before the next."""
        parts = urlsplit(self.url)
        reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
        try:
            resume = f"Last-Event-ID: {self.last_id}\r\n" if self.last_id else ""
            writer.write(
                (
                    f"GET /api/v1/documents/{self.document_id}/events HTTP/1.1\r\n"
                    f"Host: {parts.netloc}\r\nAccept: text/event-stream\r\n"
                    f"Authorization: Bearer {self.token}\r\n{resume}\r\n"
                ).encode()
            )
            await writer.drain()
            status = int((await reader.readline()).split()[1])
            self.statuses[status] += 1
            headers: dict[str, str] = {}
            while (line := await reader.readline()) not in (b"\r\n", b""):
                name, _, value = line.decode().partition(":")
                headers[name.strip().lower()] = value.strip()
            if status != 200:
                return min(PAUSE_S * 4, float(headers.get("retry-after", "1") or 1))
            await self._events(reader, done)
            return PAUSE_S
        finally:
            writer.close()

    async def _events(self, reader: asyncio.StreamReader, done: Callable[[Follower], bool]) -> None:
        buffer = ""
        while not done(self):
            size = int((await reader.readline()).strip() or b"0", 16)  # chunked
            if size == 0:
                return
            buffer += (await reader.readexactly(size + 2))[:-2].decode()
            while "\n\n" in buffer:
                text, buffer = buffer.split("\n\n", 1)
                if self._event(text):
                    return

    def _event(self, text: str) -> bool:
        """Take one event; True when the server ended the stream."""
        fields: dict[str, str] = {}
        for line in text.split("\n"):
            if line and not line.startswith(":"):
                name, _, value = line.partition(":")
                fields[name] = value.removeprefix(" ")
        if "retry" in fields:
            self.retries_ms.append(int(fields["retry"]))
        event = fields.get("event")
        if event == "ready":
            self.connected = True
            self.readies.append(time.monotonic())
        elif event == "end":
            self.ends.append(json.loads(fields["data"])["reason"])
            return True
        elif event == "version":
            data = json.loads(fields["data"])
            self.versions.append((fields["id"], data["section_id"], data["number"], time.time()))
        if "id" in fields:
            self.last_id = fields["id"]
        return False


def repeats(follower: Follower) -> int:
    """Events received more than once."""
    ids = [event_id for event_id, *_rest in follower.versions]
    return len(ids) - len(set(ids))


def crowd(
    database_url: str, count: int, delegation_ids: list[int | None], prefix: str = "follower"
) -> list[str]:
    """`count` people (spread over the delegations; None: the secretariat), committed, and a
    token for each: a room of distinct people, as a summit is. Inserted in bulk (a fixture, not
    an action anyone takes: the services' checks and audit trail would take seconds here)."""
    from concord.core.db import make_engine, transaction
    from concord.core.security import new_token, token_digest
    from concord.identity.models import ApiToken, User

    engine = make_engine(database_url)
    try:
        with transaction(engine) as session:
            people = [
                User(
                    email=f"{prefix}-{n}@example.org",
                    name=f"Participant {n}",
                    delegation_id=delegation_ids[n % len(delegation_ids)],
                    is_secretariat=delegation_ids[n % len(delegation_ids)] is None,
                )
                for n in range(count)
            ]
            session.add_all(people)
            session.flush()
            tokens = [new_token() for _ in people]
            session.add_all(
                ApiToken(
                    user_id=person.id or 0,
                    name=prefix,
                    token_hash=token_digest(token),
                    prefix=token[:8],
                )
                for person, token in zip(people, tokens, strict=True)
            )
    finally:
        engine.dispose()
    return tokens


class Room(threading.Thread):
    """Followers kept connected by an event loop of their own, until `stop()`: for benchmarks
    that save meanwhile from ordinary threads.

        with Room(followers) as room:
            room.wait_connected(60)
            ...  # save
    """

    def __init__(self, followers: list[Follower]) -> None:
        super().__init__(daemon=True)
        self.followers = followers
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._begun = threading.Event()

    def run(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        self._loop, self._stopping = asyncio.get_running_loop(), asyncio.Event()
        self._begun.set()
        stop = self._stopping
        tasks = [
            asyncio.create_task(f.run(lambda _f: stop.is_set(), time.monotonic() + 3600))
            for f in self.followers
        ]
        await stop.wait()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def __enter__(self) -> Room:
        self.start()
        self._begun.wait(10)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def wait_connected(self, timeout: float) -> int:
        """Wait until every follower has its `ready`; how many have."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if all(f.connected for f in self.followers):
                break
            time.sleep(0.1)
        return sum(f.connected for f in self.followers)

    def stop(self) -> None:
        if self._loop is not None and self._stopping is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._stopping.set)
        self.join(timeout=30)
