"""A rolling restart under a small load, through nginx as deployed: each app process in turn is
stopped with SIGTERM (as systemd stops it) and started again, while people comment, save and
read, and subscribers follow the document's event stream.

Nothing acknowledged is lost, nobody gets a 5xx or a dropped connection, and every subscriber,
moved off a stopping process (`end: shutdown`), resumes on the other one from `Last-Event-ID`
and misses no event. PostgreSQL: the two processes share the database and its LISTEN/NOTIFY.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

import httpx2 as httpx
import pytest

from tests.deploy.stack import Stack, deployed_stack
from tests.live.support import LiveWorld, world_database

pytestmark = pytest.mark.postgres

PAUSE = 0.1  # between one person's requests


@dataclass
class Resuming:
    """An event-stream subscriber as a browser is: on `end: shutdown` or a dropped connection
    it reconnects (at once, here) with the last id it got as `Last-Event-ID`."""

    stack: Stack
    world: LiveWorld
    role: str
    events: list[tuple[str, dict[str, object], str | None]] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)
    endings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    last_id: str | None = None
    stop: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def run(self) -> None:
        url = f"{self.stack.url}/api/v1/documents/{self.world.document_id}/events"
        timeout = httpx.Timeout(10.0, read=5.0)
        with httpx.Client(verify=self.stack.tls(), timeout=timeout) as client:
            while not self.stop.is_set():
                headers = self.world.headers(self.role)
                if self.last_id is not None:
                    headers["Last-Event-ID"] = self.last_id
                try:
                    with client.stream("GET", url, headers=headers) as response:
                        self.statuses.append(response.status_code)
                        if response.status_code != 200:
                            time.sleep(0.5)
                            continue
                        self._read(response)
                except httpx.HTTPError as error:
                    self.errors.append(f"{type(error).__name__}: {error}")
                time.sleep(0.1)

    def _read(self, response: httpx.Response) -> None:
        fields: dict[str, str] = {}
        for line in response.iter_lines():
            if self.stop.is_set():
                return
            if line.startswith(":"):
                continue
            if line:
                name, _, value = line.partition(":")
                fields[name] = value.removeprefix(" ")
                continue
            if "event" in fields:
                data = json.loads(fields.get("data", "{}"))
                with self.lock:
                    self.events.append((fields["event"], data, fields.get("id")))
                if fields.get("id"):
                    self.last_id = fields["id"]
                if fields["event"] == "end":
                    self.endings.append(str(data.get("reason")))
                    return
            fields = {}

    def seen(self, name: str, key: str) -> list[object]:
        with self.lock:
            return [data[key] for event, data, _ in self.events if event == name]


@dataclass
class Load:
    """A few people at work through the proxy; every answer is kept."""

    stack: Stack
    world: LiveWorld
    statuses: Counter[int] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)  # acknowledged (201) comment ids
    versions: list[int] = field(default_factory=list)  # acknowledged version numbers
    stop: threading.Event = field(default_factory=threading.Event)

    def _loop(self, role: str, step: Callable[[httpx.Client], None]) -> None:
        with self.stack.api(self.world.headers(role)) as api:
            while not self.stop.is_set():
                try:
                    step(api)
                except httpx.HTTPError as error:
                    self.failures.append(f"{role}: {type(error).__name__}: {error}")
                time.sleep(PAUSE)

    def _answer(self, response: httpx.Response) -> httpx.Response:
        self.statuses[response.status_code] += 1
        if response.status_code >= 500:
            self.failures.append(f"{response.request.method} {response.request.url.path}: "
                                 f"{response.status_code} {response.text[:200]}")  # fmt: skip
        return response

    def comment(self, api: httpx.Client) -> None:
        section = self.world.section_id
        number = self._answer(api.get(f"/sections/{section}")).json()["current"]["number"]
        created = self._answer(
            api.post(
                f"/sections/{section}/comments",
                json={"body": f"Comment {len(self.comments)}", "version": number},
            )
        )
        if created.status_code == 201:
            self.comments.append(created.json()["id"])

    def save(self, api: httpx.Client) -> None:
        section = self.world.other_section_id
        current = self._answer(api.get(f"/sections/{section}")).json()["current"]["number"]
        saved = self._answer(
            api.post(
                f"/sections/{section}/versions",
                json={"text": f"Text as of save {current + 1}.", "base_version": current},
            )
        )
        if saved.status_code == 201:
            self.versions.append(int(saved.json()["number"]))

    def read(self, api: httpx.Client) -> None:
        self._answer(api.get(f"/documents/{self.world.document_id}"))

    def threads(self) -> list[threading.Thread]:
        work: list[tuple[str, Callable[[httpx.Client], None]]] = [
            ("member", self.comment),
            ("head_a", self.comment),
            ("chair", self.save),
            ("secretariat", self.read),
            ("observer_chair", self.read),
        ]
        return [threading.Thread(target=self._loop, args=w, daemon=True) for w in work]


@pytest.fixture
def deployed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Stack, LiveWorld]]:
    folder = tmp_path_factory.mktemp("rolling")
    with world_database(folder) as world, deployed_stack(folder / "stack", world.database_url) as s:
        yield s, replace(world, url=s.url)


def test_rolling_restart_loses_no_write_and_no_event(
    deployed: tuple[Stack, LiveWorld],
) -> None:
    stack, world = deployed
    # Four subscribers, opened in turn: nginx's round robin puts some on each process.
    followers = [Resuming(stack, world, "chair") for _ in range(4)]
    readers = [threading.Thread(target=f.run, daemon=True) for f in followers]
    for reader in readers:
        reader.start()
        time.sleep(0.3)
    # Each is subscribed before the first write: its stream sends `presence` once it is (an
    # acknowledged write before that is one it was never owed, and it has no id to resume from).
    deadline = time.monotonic() + 30
    while not all(f.seen("presence", "document_id") for f in followers):
        assert time.monotonic() < deadline, [f.statuses for f in followers]
        time.sleep(0.1)
    load = Load(stack, world)
    workers = load.threads()
    for worker in workers:
        worker.start()
    drains: list[float] = []
    try:
        time.sleep(2)
        for app in stack.apps:
            drains.append(app.restart())  # SIGTERM, wait for the exit, start, wait for /readyz
            time.sleep(1)  # no wait for nginx: it never marks a process down (max_fails=0)
        time.sleep(1)
    finally:
        load.stop.set()
        for worker in workers:
            worker.join(timeout=30)

    # Every acknowledged write is there, read back through the proxy.
    with stack.api(world.headers("chair")) as api:
        listed = api.get(f"/sections/{world.section_id}/comments").json()
        versions = api.get(f"/sections/{world.other_section_id}/versions").json()
    listed_ids = {c["id"] for c in listed}
    assert set(load.comments) <= listed_ids
    assert set(load.versions) <= {v["number"] for v in versions}

    # Every subscriber sees every acknowledged change, once.
    deadline = time.monotonic() + 20
    for follower in followers:
        while True:
            missing_comments = set(load.comments) - set(follower.seen("comment", "comment_id"))
            missing_versions = set(load.versions) - set(follower.seen("version", "number"))
            if not (missing_comments or missing_versions) or time.monotonic() > deadline:
                break
            time.sleep(0.2)
    for follower in followers:
        follower.stop.set()
    for reader in readers:
        reader.join(timeout=15)

    summary = (
        f"rolling restart: {sum(load.statuses.values())} answers {dict(load.statuses)}, "
        f"{len(load.comments)} comments and {len(load.versions)} versions acknowledged, "
        f"drains took {[round(d, 1) for d in drains]} s, "
        f"stream reconnections {[len(f.statuses) - 1 for f in followers]}, "
        f"endings {[f.endings for f in followers]}"
    )
    print(summary)
    assert load.failures == [], summary
    assert not [s for s in load.statuses if s >= 500], summary
    assert len(load.comments) > 20 and len(load.versions) > 10, summary
    for follower in followers:
        comments = follower.seen("comment", "comment_id")
        numbers = [n for n, s in zip(follower.seen("version", "number"),
                                     follower.seen("version", "section_id"), strict=True)
                   if s == world.other_section_id]  # fmt: skip
        missed = set(load.comments) - set(comments)
        order = {c: n for n, c in enumerate(load.comments)}
        assert not missed, (summary, [order[c] for c in missed], follower.statuses,
                            follower.endings, follower.errors, len(comments))  # fmt: skip
        assert set(load.versions) <= set(numbers), summary
        assert len(comments) == len(set(comments)), "a comment event came twice"
        assert len(numbers) == len(set(numbers)), "a version event came twice"
        assert [s for s in follower.statuses if s >= 500] == [], summary
    # The streams were moved: each process, stopping, told its subscribers, who came back.
    assert sum(f.endings.count("shutdown") for f in followers) >= 2, summary
    # Each stopped by itself, within its drain and well before its graceful timeout (10 s): 0,
    # or uvicorn re-raising the SIGTERM it handled (a clean stop for systemd).
    assert all(app.exit_codes in ([0], [-15]) for app in stack.apps), [
        a.exit_codes for a in stack.apps
    ]
    assert all(d < 8 for d in drains), drains
