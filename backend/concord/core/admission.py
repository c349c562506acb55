"""Admission control: a bounded queue per app process, fair between people, refused fast.

Overload gets a quick, honest answer instead of a stall: at most `max_in_flight` requests are
in progress and `max_queued` wait (for at most `queue_seconds`) beyond them; more is 503 with
`Retry-After`. One person (their bearer token, browser session, or address when signed out)
has at most `max_in_flight_per_person` requests in progress and `max_queued_per_person`
waiting; more is 429 with `Retry-After`. A person waits for their own slot before they queue
for the process's, so one person's burst holds at most their share of the process and everyone
else keeps being served.

The web app's files (its content-hashed scripts and styles) take no person's share: a page
load asks for a dozen of them beside its reads, and a script refused is not asked for again (the
page stays blank). They take only the process's places, as any request does.

Event streams never take a request slot: they count against caps of their own, `max_streams`
per process (503) and `max_streams_per_person` (429), and are opened (authenticated, first
reads) through a gate of their own, `max_in_flight` at a time, where they may wait up to
`STREAM_OPEN_SECONDS`: a reconnection storm (every browser, a few seconds after a restart)
queues there, not in the requests' queue, so saves and reads go on meanwhile.

A pure ASGI middleware, so a refusal costs no routing, no dependency and no worker thread.
Everything here runs on the app's event loop: the counters need no lock.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from http.cookies import CookieError, SimpleCookie

import anyio
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from concord.core.config import Settings
from concord.core.errors import error_body

# Refusals ask the client to come back after a few seconds, spread so that the refused do not
# all return at the same moment.
RETRY_REQUEST = (1, 3)
RETRY_STREAM = (2, 10)
# A stream stays open for long: it may wait longer than a request to be opened.
STREAM_OPEN_SECONDS = 10.0


@dataclass(frozen=True)
class Limits:
    in_flight: int
    queued: int
    queue_seconds: float
    person_in_flight: int
    person_queued: int
    streams: int
    person_streams: int

    @classmethod
    def of(cls, settings: Settings) -> Limits:
        return cls(
            in_flight=settings.max_in_flight,
            queued=settings.max_queued,
            queue_seconds=settings.queue_seconds,
            person_in_flight=settings.max_in_flight_per_person,
            person_queued=settings.max_queued_per_person,
            streams=settings.max_streams,
            person_streams=settings.max_streams_per_person,
        )


class Gate:
    """`size` at once, at most `queue` waiting, each for a limited time (first come, first
    served: fair among those who wait)."""

    def __init__(self, size: int, queue: int) -> None:
        self.queue = queue
        self.inside = 0
        self.waiting = 0
        self._turns = anyio.Semaphore(size)

    @property
    def idle(self) -> bool:
        return self.inside == 0 and self.waiting == 0

    async def enter(self, seconds: float) -> bool:
        """Take a place (True): at once when one is free, else after waiting at most `seconds`
        in the queue; refuse at once when the queue is full."""
        try:
            self._turns.acquire_nowait()
        except anyio.WouldBlock:
            if self.waiting >= self.queue or not await self._wait(seconds):
                return False
        self.inside += 1
        return True

    async def _wait(self, seconds: float) -> bool:
        self.waiting += 1
        try:
            with anyio.move_on_after(seconds):
                await self._turns.acquire()
                return True
            return False
        finally:
            self.waiting -= 1

    def leave(self) -> None:
        self.inside -= 1
        self._turns.release()


@dataclass
class Person:
    gate: Gate
    streams: int = 0


def person_key(scope: Scope, cookie_name: str) -> str:
    """Who is asking, from the request alone (no database): the bearer token, else the
    session cookie, else the client's address. Checked for real later, by authentication."""
    headers: list[tuple[bytes, bytes]] = scope["headers"]
    cookie_header = b""
    for name, value in headers:
        if name == b"authorization":
            return "token:" + value.decode("latin-1")
        if name == b"cookie":
            cookie_header = value
    if cookie_header:
        try:
            cookies = SimpleCookie(cookie_header.decode("latin-1"))
        except CookieError:
            cookies = SimpleCookie()
        if cookie_name in cookies:
            return "session:" + cookies[cookie_name].value
    client = scope.get("client")
    return "address:" + (client[0] if client else "")


def refusal(status: int, code: str, message: str, retry: tuple[int, int]) -> JSONResponse:
    seconds = random.randint(*retry)  # noqa: S311 (spreading retries, not a secret)
    return JSONResponse(
        error_body(code, message, {"retry_after": seconds}),
        status_code=status,
        headers={"Retry-After": str(seconds)},
    )


def busy() -> JSONResponse:
    return refusal(503, "server_busy", "The server is busy; retry shortly.", RETRY_REQUEST)


def too_many_requests() -> JSONResponse:
    return refusal(
        429,
        "too_many_requests",
        "You have too many requests in progress; wait for them, then retry.",
        RETRY_REQUEST,
    )


class Admission:
    """The middleware (see module docstring); `is_stream(scope)` tells event streams apart,
    `is_asset(scope)` the web app's files."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        limits: Limits,
        cookie_name: str,
        is_stream: Callable[[Scope], bool],
        is_asset: Callable[[Scope], bool],
    ) -> None:
        self.app = app
        self.limits = limits
        self.cookie_name = cookie_name
        self.is_stream = is_stream
        self.is_asset = is_asset
        self.process = Gate(limits.in_flight, limits.queued)
        self.opening = Gate(limits.in_flight, limits.streams)
        self.people: dict[str, Person] = {}
        self.streams = 0

    def _person(self, key: str) -> Person:
        person = self.people.get(key)
        if person is None:
            gate = Gate(self.limits.person_in_flight, self.limits.person_queued)
            person = self.people[key] = Person(gate)
        return person

    def _forget_if_idle(self, key: str, person: Person) -> None:
        if person.streams == 0 and person.gate.idle:
            self.people.pop(key, None)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.is_asset(scope):
            await self._asset(scope, receive, send)
            return
        key = person_key(scope, self.cookie_name)
        person = self._person(key)
        try:
            if self.is_stream(scope):
                await self._stream(person, scope, receive, send)
            else:
                await self._request(person, scope, receive, send)
        finally:
            self._forget_if_idle(key, person)

    async def _admit(self, person: Person, scope: Scope, receive: Receive, send: Send) -> bool:
        """Take the person's slot, then the process's; or answer the refusal (False)."""
        seconds = self.limits.queue_seconds
        started = anyio.current_time()
        if not await person.gate.enter(seconds):
            await too_many_requests()(scope, receive, send)
            return False
        left = seconds - (anyio.current_time() - started)
        if not await self.process.enter(max(left, 0.0)):
            person.gate.leave()
            await busy()(scope, receive, send)
            return False
        return True

    def _release(self, person: Person) -> None:
        self.process.leave()
        person.gate.leave()

    async def _request(self, person: Person, scope: Scope, receive: Receive, send: Send) -> None:
        if not await self._admit(person, scope, receive, send):
            return
        try:
            await self.app(scope, receive, send)
        finally:
            self._release(person)

    async def _asset(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not await self.process.enter(self.limits.queue_seconds):
            await busy()(scope, receive, send)
            return
        try:
            await self.app(scope, receive, send)
        finally:
            self.process.leave()

    async def _stream(self, person: Person, scope: Scope, receive: Receive, send: Send) -> None:
        if person.streams >= self.limits.person_streams:
            response = refusal(
                429,
                "too_many_streams",
                "You have too many event streams open; close one, then retry.",
                RETRY_STREAM,
            )
            await response(scope, receive, send)
            return
        if self.streams >= self.limits.streams:
            response = refusal(
                503, "server_busy", "The server is busy; retry shortly.", RETRY_STREAM
            )
            await response(scope, receive, send)
            return
        # Counted as a stream from now on, so that a reconnection storm cannot overshoot the
        # caps while the first ones are still being opened.
        self.streams += 1
        person.streams += 1
        try:
            if not await self.opening.enter(STREAM_OPEN_SECONDS):
                response = refusal(
                    503, "server_busy", "The server is busy; retry shortly.", RETRY_STREAM
                )
                await response(scope, receive, send)
                return
            opened = False

            async def started(message: Message) -> None:
                nonlocal opened
                if message["type"] == "http.response.start" and not opened:
                    opened = True
                    self.opening.leave()
                await send(message)

            try:
                await self.app(scope, receive, started)
            finally:
                if not opened:
                    self.opening.leave()
        finally:
            self.streams -= 1
            person.streams -= 1
