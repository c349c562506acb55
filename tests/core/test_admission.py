"""Load against real servers (core/admission.py, core/db.py's connection slots): a burst is
answered at once, fairly, and never with a 500; streams do not take request slots.

Runs on the backend CONCORD_TEST_DB selects (SQLite or PostgreSQL). The burst, whose answers
are timed, goes to a server process of its own; the other tests run uvicorn in a thread of
this process (with settings of their own), which spares them a server's start-up.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import anyio
import httpx2 as httpx
import pytest
from fastapi.testclient import TestClient

from concord.core import config
from concord.core.admission import Gate
from concord.core.db import make_engine, transaction
from concord.main import create_app
from tests.db import fresh_database_url
from tests.live.sse import Stream
from tests.live_server import (
    LiveConcord,
    live_concord,
    migrate,
    seed_database,
    seed_person,
    serve_in_thread,
)

pytestmark = pytest.mark.db

BURST = 200
ANSWER_WITHIN_S = 2.0
ANSWERS = {200, 429, 503}


@contextmanager
def settings_with(env: dict[str, str]) -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        for name, value in env.items():
            patch.setenv(name, value)
        config.get_settings.cache_clear()
        try:
            yield
        finally:
            config.get_settings.cache_clear()


@contextmanager
def served_here(folder: Path, env: dict[str, str]) -> Iterator[LiveConcord]:
    """A fresh seeded database and the app on it, served from a thread of this process with
    `env` added to the settings."""
    with settings_with(env), fresh_database_url(folder) as database_url:
        migrate(database_url)
        seed = seed_database(database_url)
        engine = make_engine(database_url)
        try:
            with serve_in_thread(create_app(engine)) as url:
                yield LiveConcord(url=url, database_url=database_url, seed=seed)
        finally:
            engine.dispose()


@dataclass
class Answer:
    status: int
    seconds: float
    retry_after: str | None
    code: str | None


def second_token(live: LiveConcord) -> str:
    """A token of another person than the seed's, committed."""
    engine = make_engine(live.database_url)
    try:
        with transaction(engine) as session:
            return seed_person(session, name="Other Officer")[1]
    finally:
        engine.dispose()


async def connect(url: str) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    parts = urlsplit(url)
    return await asyncio.open_connection(parts.hostname, parts.port)


async def ask(
    connection: tuple[asyncio.StreamReader, asyncio.StreamWriter], url: str, token: str
) -> Answer:
    """One GET on an open connection, timed from sending to the whole answer. Plain HTTP/1.1
    on a socket: the client's own work must not be what the test measures."""
    reader, writer = connection
    parts = urlsplit(url)
    request = (
        f"GET {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
        f"Authorization: Bearer {token}\r\nConnection: close\r\n\r\n"
    )
    began = time.perf_counter()
    writer.write(request.encode())
    await writer.drain()
    raw = await reader.read()
    seconds = time.perf_counter() - began
    writer.close()
    head, _, body = raw.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.lower().split(": ", 1) for line in header_lines)
    status = int(status_line.split()[1])
    code = json.loads(body)["error"]["code"] if status != 200 else None
    return Answer(status, seconds, headers.get("retry-after"), code)


async def burst(url: str, token: str, count: int) -> list[Answer]:
    """`count` requests sent at once, each on a connection of its own opened beforehand."""
    await ask(await connect(url), url, token)  # warm: a process's first request sets things up
    connections = [await connect(url) for _ in range(count)]
    return await asyncio.gather(*(ask(c, url, token) for c in connections))


@dataclass
class Bystander:
    """Another person reading the same document, one request after another, until stopped."""

    url: str
    headers: dict[str, str]
    statuses: Counter[int] = field(default_factory=Counter)
    latencies: list[float] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        with httpx.Client(headers=self.headers, timeout=30.0) as client:
            client.get(self.url)
            while not self.stop.is_set():
                began = time.perf_counter()
                response = client.get(self.url)
                self.latencies.append(time.perf_counter() - began)
                self.statuses[response.status_code] += 1

    def p99(self) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


@contextmanager
def reading_meanwhile(url: str, headers: dict[str, str]) -> Iterator[Bystander]:
    bystander = Bystander(url, headers)
    thread = threading.Thread(target=bystander.run, daemon=True)
    thread.start()
    try:
        time.sleep(0.2)  # reading before the burst begins
        yield bystander
        time.sleep(0.2)  # and after it ended
    finally:
        bystander.stop.set()
        thread.join(timeout=30)


def summary(answers: list[Answer]) -> str:
    parts = []
    for status in sorted({a.status for a in answers}):
        times = sorted(a.seconds for a in answers if a.status == status)
        parts.append(f"{len(times)} × {status} in {times[0] * 1000:.0f}–{times[-1] * 1000:.0f} ms")
    return ", ".join(parts)


def test_a_burst_from_one_person_is_answered_at_once_while_others_are_served(
    tmp_path: Path,
) -> None:
    with live_concord(tmp_path) as live:
        document = f"{live.api}/documents/{live.seed.document_id}"
        other = {"Authorization": f"Bearer {second_token(live)}"}
        with reading_meanwhile(document, other) as bystander:
            answers = asyncio.run(burst(document, live.seed.token, BURST))

    print(
        f"\n  burst of {BURST} from one token: {summary(answers)}; the other person: "
        f"{len(bystander.latencies)} requests, p99 {bystander.p99() * 1000:.0f} ms"
    )
    statuses = Counter(a.status for a in answers)
    assert set(statuses) <= ANSWERS, summary(answers)
    assert statuses[200] >= 1  # the burst was served as far as its share goes
    assert statuses[429] >= 1  # and the rest of it refused, not queued without end
    for answer in answers:
        assert answer.seconds < ANSWER_WITHIN_S, summary(answers)
        if answer.status != 200:
            assert answer.retry_after is not None and answer.retry_after.isdigit()
            assert answer.code in ("too_many_requests", "server_busy")
    assert set(bystander.statuses) == {200}, bystander.statuses
    assert len(bystander.latencies) >= 5
    assert bystander.p99() < ANSWER_WITHIN_S


# One request at a time per person, none waiting.
ONE_AT_A_TIME = {"CONCORD_MAX_IN_FLIGHT_PER_PERSON": "1", "CONCORD_MAX_QUEUED_PER_PERSON": "0"}


def test_the_web_apps_files_take_no_share_of_a_persons_requests(tmp_path: Path) -> None:
    # A page load asks for a dozen files of the web app beside its reads: counted as the
    # person's requests, a file refused with 429 left a blank page (a script that does not load
    # is not asked again). The files take only the process's places; the reads keep their share.
    dist = tmp_path / "dist"
    (dist / "assets").mkdir(parents=True)
    (dist / "index.html").write_text("<!doctype html><title>Concord</title>")
    (dist / "assets" / "app-0123abcd.js").write_text("export const app = 1;\n" * 2000)
    count = 30
    with served_here(tmp_path, ONE_AT_A_TIME | {"CONCORD_WEB_DIST": str(dist)}) as live:
        token = live.seed.token
        files = asyncio.run(burst(f"{live.url}/assets/app-0123abcd.js", token, count))
        reads = asyncio.run(burst(f"{live.api}/documents/{live.seed.document_id}", token, count))
    print(f"\n  {count} at once from one person: files {summary(files)}; reads {summary(reads)}")
    assert Counter(a.status for a in files) == {200: count}, summary(files)
    assert Counter(a.status for a in reads)[429] >= 1, summary(reads)  # the share holds


# Admission wide open, few connections: only the connection slots keep order.
SMALL_POOL = {
    "CONCORD_DB_POOL_SIZE": "3",
    "CONCORD_DB_MAX_OVERFLOW": "0",
    "CONCORD_DB_POOL_TIMEOUT": "3",
    "CONCORD_MAX_IN_FLIGHT": "500",
    "CONCORD_MAX_IN_FLIGHT_PER_PERSON": "500",
    "CONCORD_QUEUE_SECONDS": "60",
}


def test_requests_beyond_the_pool_wait_for_a_connection_holding_nothing(tmp_path: Path) -> None:
    # Before connection slots, a request took its connection in a worker thread and kept it
    # while waiting for the next thread: with more requests than connections the threads all
    # waited for connections held by requests waiting for threads, until the pool's timeout
    # (500). Now the surplus waits on the event loop, and every request is served.
    count = 100
    with served_here(tmp_path, SMALL_POOL) as live:
        document = f"{live.api}/documents/{live.seed.document_id}"
        answers = asyncio.run(burst(document, live.seed.token, count))
    print(f"\n  {count} at once on 3 connections: {summary(answers)}")
    assert Counter(a.status for a in answers) == {200: count}, summary(answers)


STREAM_LIMITS = {
    "CONCORD_MAX_IN_FLIGHT": "1",
    "CONCORD_MAX_QUEUED": "0",
    "CONCORD_MAX_STREAMS_PER_PERSON": "2",
    "CONCORD_MAX_STREAMS": "3",
    "CONCORD_LIVE_HEARTBEAT_SECONDS": "0.3",
}


def test_open_streams_hold_no_request_slot_and_have_caps_of_their_own(tmp_path: Path) -> None:
    with served_here(tmp_path, STREAM_LIMITS) as live:
        events = f"{live.api}/documents/{live.seed.document_id}/events"
        document = f"{live.api}/documents/{live.seed.document_id}"
        other = {"Authorization": f"Bearer {second_token(live)}"}
        streams = [Stream(events, live.seed.headers).start() for _ in range(2)]
        try:
            # One request slot in all, and two streams open: the slot is free.
            assert httpx.get(document, headers=live.seed.headers).status_code == 200
            third = httpx.get(events, headers=live.seed.headers)
            assert third.status_code == 429
            assert third.json()["error"]["code"] == "too_many_streams"
            assert third.headers["retry-after"].isdigit()
            streams.append(Stream(events, other).start())  # the process's third
            fourth = httpx.get(events, headers=other)
            assert fourth.status_code == 503
            assert fourth.json()["error"]["code"] == "server_busy"
            assert fourth.headers["retry-after"].isdigit()
        finally:
            for stream in streams:
                stream.close()
        # Closed streams give their places back (once the server notices, at its next write).
        deadline = time.monotonic() + 10
        while (
            again := httpx.get(events, headers=other, params={"once": "true"})
        ).status_code != 200:
            assert time.monotonic() < deadline, again.text
            time.sleep(0.1)
        assert "event: ready" in again.text


def test_a_database_out_of_connections_is_503_with_retry_after(tmp_path: Path) -> None:
    # Something outside the requests (here the test) holds the only connection: the request
    # that waits for one past the pool's timeout is told to come back, not given a 500.
    env = {"CONCORD_DB_POOL_SIZE": "1", "CONCORD_DB_MAX_OVERFLOW": "0"}
    with (
        settings_with(env | {"CONCORD_DB_POOL_TIMEOUT": "0.2"}),
        fresh_database_url(tmp_path) as database_url,
    ):
        migrate(database_url)
        engine = make_engine(database_url)
        try:
            with TestClient(create_app(engine)) as client, engine.connect():
                response = client.get("/healthz")
        finally:
            engine.dispose()
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "database_unavailable"
    assert response.headers["retry-after"].isdigit()


def test_a_gate_admits_at_once_when_it_has_room_whatever_the_time_left() -> None:
    # A request that used its whole wait behind its person's own requests still gets a free
    # place in the process at once (it was refused with 503 when the wait had a zero timeout).
    async def scenario() -> None:
        gate = Gate(size=1, queue=1)
        assert await gate.enter(0)
        assert not await gate.enter(0.05)  # full: waited in the queue, then refused
        gate.leave()
        assert await gate.enter(0)
        assert gate.inside == 1 and gate.waiting == 0

    anyio.run(scenario)


def test_a_gate_refuses_at_once_when_its_queue_is_full() -> None:
    async def scenario() -> None:
        gate = Gate(size=1, queue=0)
        assert await gate.enter(1)
        began = time.perf_counter()
        assert not await gate.enter(10)
        assert time.perf_counter() - began < 1

    anyio.run(scenario)
