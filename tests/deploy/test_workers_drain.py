"""`concord serve --workers N` drains as a single process does: on SIGTERM (to the supervisor,
as systemd sends it) the port refuses new connections at once (a proxy sends them to another
process), a request in progress finishes, every worker's event streams end with `shutdown`, and
a subscriber that resumes on another process from its `Last-Event-ID` misses nothing.

PostgreSQL: the other process shares the database and hears every change through it.
"""

from __future__ import annotations

import json
import signal
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import httpx2 as httpx
import pytest

from tests.deploy.stack import App, app_env
from tests.live.sse import Event, Stream
from tests.live.support import LiveWorld, world_database
from tests.live_server import free_port

pytestmark = pytest.mark.postgres

WORKERS = 2
DRAIN = 3.0  # CONCORD_DRAIN_SECONDS in app_env


def workers_of(parent: int) -> list[int]:
    """The worker processes `concord serve --workers` started (not multiprocessing's helpers)."""
    found = []
    for child in Path(f"/proc/{parent}/task/{parent}/children").read_text().split():
        command = Path(f"/proc/{child}/cmdline").read_bytes().replace(b"\0", b" ")
        if b"spawn_main" in command:
            found.append(int(child))
    return found


def connections_on(pid: int, port: int) -> int:
    """Established TCP connections to 127.0.0.1:`port` held by process `pid` (0 when it is
    gone: the supervisor may have replaced it)."""
    try:
        fds = list(Path(f"/proc/{pid}/fd").iterdir())
        tcp = Path(f"/proc/{pid}/net/tcp").read_text().splitlines()[1:]
    except FileNotFoundError:
        return 0
    inodes = set()
    for fd in fds:
        try:
            target = fd.readlink().as_posix()
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    count = 0
    for line in tcp:
        parts = line.split()
        local, state, inode = parts[1], parts[3], parts[9]
        if state == "01" and int(local.split(":")[1], 16) == port and inode in inodes:
            count += 1
    return count


# Who holds the streams, in turn (a stream resumes as the person who opened it).
PEOPLE = ("chair", "member")


def refused(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    except ConnectionRefusedError:
        return True
    return False


def about(comment_id: str) -> Callable[[Event], bool]:
    return lambda event: event.data.get("comment_id") == comment_id


def comment(api: httpx.Client, world: LiveWorld, body: str) -> str:
    section = world.section_id
    number = api.get(f"/sections/{section}").json()["current"]["number"]
    created = api.post(f"/sections/{section}/comments", json={"body": body, "version": number})
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


@pytest.fixture
def world(tmp_path: Path) -> Iterator[LiveWorld]:
    with world_database(tmp_path) as found:
        yield found


def test_sigterm_to_a_multi_worker_process_drains_every_worker(
    world: LiveWorld, tmp_path: Path
) -> None:
    port, other_port = free_port(), free_port()
    env = app_env(f"http://127.0.0.1:{port}")
    workers = App(port, world.database_url, env, tmp_path, workers=WORKERS)
    other = App(other_port, world.database_url, env, tmp_path)
    here, there = f"http://127.0.0.1:{port}", f"http://127.0.0.1:{other_port}"
    events = "/api/v1/documents/{}/events"
    with ExitStack() as stack:
        for app in (workers, other):
            stack.callback(app.stop)
            app.start()
        assert workers.process is not None
        # Streams on the multi-worker process until every worker holds some (the kernel
        # hands each connection to whichever worker accepts first).
        streams: list[Stream] = []

        def close_streams() -> None:
            for stream in streams:
                stream.close()

        stack.callback(close_streams)
        url = here + events.format(world.document_id)
        deadline = time.monotonic() + 60
        while True:
            held = {pid: connections_on(pid, port) for pid in workers_of(workers.process.pid)}
            if len(held) == WORKERS and all(held.values()):
                break
            # Two people, each fewer than CONCORD_MAX_STREAMS_PER_PERSON (16): all resume on one
            # process. On a slow machine one worker may win a dozen accepts in a row.
            assert time.monotonic() < deadline and len(streams) < 24, held
            streams.append(Stream(url, world.headers(PEOPLE[len(streams) % 2])).start())

        # Changes before the stop: every stream hears them live, with ids.
        api = stack.enter_context(
            httpx.Client(base_url=f"{there}/api/v1", headers=world.headers("member"), timeout=30)
        )
        written = [comment(api, world, f"Before the stop {n}") for n in range(3)]
        for stream in streams:
            for comment_id in written:
                stream.wait_for(about(comment_id))

        # A request in progress: its body is half sent when the process is told to stop.
        number = api.get(f"/sections/{world.section_id}").json()["current"]["number"]
        body = json.dumps({"body": "Sent across the stop", "version": number}).encode()
        half_sent, finish = threading.Event(), threading.Event()

        def slow_body() -> Iterator[bytes]:
            yield body[: len(body) // 2]
            half_sent.set()
            finish.wait(30)
            yield body[len(body) // 2 :]

        answers: list[httpx.Response | Exception] = []

        def send_slowly() -> None:
            headers = world.headers("head_a") | {
                "Content-Type": "application/json",
                "Content-Length": str(len(body)),
            }
            with httpx.Client(base_url=f"{here}/api/v1", timeout=30) as client:
                try:
                    answers.append(
                        client.post(
                            f"/sections/{world.section_id}/comments",
                            content=slow_body(),
                            headers=headers,
                        )
                    )
                except Exception as error:  # kept for the assertion below
                    answers.append(error)

        sender = threading.Thread(target=send_slowly, daemon=True)
        sender.start()
        assert half_sent.wait(15)
        time.sleep(0.3)

        stopped_at = time.monotonic()
        workers.process.send_signal(signal.SIGTERM)

        # At once: the port refuses new connections (a proxy tries another process) and every
        # worker's streams end with `shutdown` (not cut when the process exits: no `end` then).
        # The bounds leave room for a busy machine.
        deadline = time.monotonic() + 10
        while not refused(port):
            assert time.monotonic() < deadline, "the port still accepts connections"
            time.sleep(0.05)
        for stream in streams:
            ending = stream.wait_for(lambda e: e.name == "end", timeout=10)
            assert ending.data == {"reason": "shutdown"}

        # Changes while they are away.
        written += [comment(api, world, f"While away {n}") for n in range(3)]

        # The request in progress finishes after the drain, and is answered.
        time.sleep(max(0.0, stopped_at + DRAIN + 1.0 - time.monotonic()))
        assert workers.process.poll() is None, "the process exited with a request in progress"
        finish.set()
        sender.join(timeout=30)
        assert len(answers) == 1 and isinstance(answers[0], httpx.Response), answers
        assert answers[0].status_code == 201, answers[0].text
        written.append(str(answers[0].json()["id"]))
        code = workers.process.wait(timeout=20)
        assert code in (0, -signal.SIGTERM), code
        assert time.monotonic() - stopped_at < 15

        # Each subscriber resumes on the other process from its last id: the changes it missed
        # are replayed, none twice, and it follows on live.
        resumed = []
        for n, stream in enumerate(streams):
            last = [e.id for e in stream.events if e.id][-1]
            headers = world.headers(PEOPLE[n % 2]) | {"Last-Event-ID": last}
            resumed.append(Stream(there + events.format(world.document_id), headers).start())
            stack.callback(resumed[-1].close)
        written.append(comment(api, world, "After the resumption"))
        for before, after in zip(streams, resumed, strict=True):
            heard_before = {e.data.get("comment_id") for e in before.events}
            for comment_id in set(written) - heard_before:
                after.wait_for(about(comment_id))
            seen = [
                e.data["comment_id"] for e in [*before.events, *after.events] if e.name == "comment"
            ]
            assert sorted(seen) == sorted(written), (seen, written)
        print(f"workers drain: streams per worker {list(held.values())}, stopped in "
              f"{time.monotonic() - stopped_at:.1f} s")  # fmt: skip
