"""Two app processes on one PostgreSQL database (N stateless processes behind a proxy):
a change committed through either reaches the subscribers of both, once and in order; presence
told to one is seen from the other; a listener whose connection is killed listens again and
delivers what was committed meanwhile. PostgreSQL only (LISTEN/NOTIFY)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, replace

import pytest
from sqlalchemy import text

from concord.core.db import make_engine
from tests.access_world import MARKER
from tests.db import backend
from tests.live.sse import Event, Stream
from tests.live.support import LIVE_ENV, LiveWorld, seq_of, world_database
from tests.live_server import serve

pytestmark = pytest.mark.postgres

LISTENERS = """SELECT pid FROM pg_stat_activity
WHERE datname = current_database() AND application_name = 'concord-live-listener'"""


@dataclass
class Pair:
    one: LiveWorld
    two: LiveWorld

    def listeners(self) -> set[int]:
        engine = make_engine(self.one.database_url)
        try:
            with engine.connect() as connection:
                return set(connection.execute(text(LISTENERS)).scalars())
        finally:
            engine.dispose()

    def kill_listeners(self) -> int:
        engine = make_engine(self.one.database_url)
        try:
            with engine.connect() as connection:
                killed = connection.execute(
                    text(f"SELECT pg_terminate_backend(pid) FROM ({LISTENERS}) AS listener")
                ).all()
                connection.commit()
                return len(killed)
        finally:
            engine.dispose()


def serving(folder: object, env: dict[str, str]) -> Iterator[Pair]:
    assert backend() == "postgres", "these tests need CONCORD_TEST_DB=postgres"
    with (
        world_database(folder) as world,  # type: ignore[arg-type]
        serve(world.database_url, env=LIVE_ENV | env) as one,
        serve(world.database_url, env=LIVE_ENV | env) as two,
    ):
        yield Pair(replace(world, url=one), replace(world, url=two))


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    # A dropped listener waits 3 s before it connects again: long enough to commit meanwhile.
    env = {"CONCORD_LIVE_LISTEN_FIRST_RETRY_SECONDS": "3"}
    yield from serving(tmp_path_factory.mktemp("pair"), env)


@pytest.fixture(scope="module")
def lasting_pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    """Presence outlasts any wait here: only a closed stream can end it."""
    yield from serving(tmp_path_factory.mktemp("lasting"), {"CONCORD_LIVE_PRESENCE_SECONDS": "600"})


def save(world: LiveWorld, role: str, section_id: int, words: str) -> int:
    with world.api(role) as api:
        current = api.get(f"/sections/{section_id}").json()["current"]["number"]
        saved = api.post(
            f"/sections/{section_id}/versions", json={"text": words, "base_version": current}
        )
    assert saved.status_code == 201, saved.text
    return int(saved.json()["number"])


def versions(stream: Stream, section_id: int) -> list[Event]:
    return [e for e in stream.named("version") if e.data["section_id"] == section_id]


def test_changes_through_either_process_reach_both_once_and_in_order(pair: Pair) -> None:
    streams = [pair.one.stream("chair"), pair.two.stream("chair"), pair.two.stream("delegate_a")]
    try:
        numbers = [
            save(world, "member", pair.one.section_id, f"We [welcome] the consortium ({n}).")
            for n, world in enumerate((pair.one, pair.two, pair.two, pair.one, pair.two))
        ]
        for stream in streams:
            stream.wait_for(lambda e: e.name == "version" and e.data["number"] == numbers[-1])
        time.sleep(0.5)  # a repeat, if any, would come within this
        for stream in streams:
            seen = versions(stream, pair.one.section_id)
            assert [e.data["number"] for e in seen] == numbers
            ids = [seq_of(e, pair.one.document_id) for e in stream.events if e.id is not None]
            assert ids == sorted(set(ids))
    finally:
        for stream in streams:
            stream.close()


def test_presence_told_to_one_process_is_seen_from_the_other(pair: Pair) -> None:
    watcher, insider = pair.one.stream("chair"), pair.one.stream("secretariat")
    try:
        with pair.two.api("member") as member, pair.two.api("unannounced") as envoy:
            for person in (member, envoy):
                told = person.post(
                    f"/documents/{pair.two.document_id}/presence",
                    json={"section_id": pair.two.section_id, "state": "editing"},
                )
                assert told.status_code == 204

        def both(e: Event) -> bool:
            return e.name == "presence" and len(e.data["people"]) == 2

        names = {p["user"]["name"] for p in insider.wait_for(both).data["people"]}
        assert names == {"Member", f"Envoy {MARKER}"}
        member_user = {"id": live_id(pair, "member"), "name": "Member"}
        watcher.wait_for(lambda e: e.name == "presence" and bool(e.data["people"]))
        # The unannounced delegation's envoy is not present to the chair, across processes too.
        seen = [[p["user"] for p in e.data["people"]] for e in watcher.named("presence")]
        assert [member_user] in seen and all(p in ([], [member_user]) for p in seen)
        assert MARKER.lower() not in watcher.text().lower()
        # Not renewed, it expires on the other process as well (1.5 s here).
        watcher.wait_for(
            lambda e: e.name == "presence" and not e.data["people"],
            after=len(watcher.events),
            timeout=10,
        )
    finally:
        watcher.close()
        insider.close()


def live_id(pair: Pair, role: str) -> int:
    return pair.one.user_ids[role]


def test_a_person_leaves_when_their_last_stream_on_any_process_closes(
    lasting_pair: Pair,
) -> None:
    one, two = lasting_pair.one, lasting_pair.two
    watcher = one.stream("chair")
    here_one, here_two = one.stream("delegate_a"), two.stream("delegate_a")
    try:
        with two.api("delegate_a") as api:
            assert api.post(f"/documents/{two.document_id}/presence", json={}).status_code == 204

        def present(e: Event) -> bool:
            return e.name == "presence" and [p["user"]["name"] for p in e.data["people"]] == [
                "Delegate A"
            ]

        watcher.wait_for(present)
        here_two.close()
        # Still streaming through process one: still here (after at most a brief absence).
        time.sleep(1.0)
        last = watcher.named("presence")[-1]
        assert present(last)
        seen = len(watcher.events)
        here_one.close()
        watcher.wait_for(lambda e: e.name == "presence" and not e.data["people"], after=seen)
    finally:
        for stream in (watcher, here_one, here_two):
            stream.close()


def test_a_listener_whose_connection_is_killed_listens_again(pair: Pair) -> None:
    stream = pair.one.stream("chair")
    try:
        before = pair.listeners()
        assert len(before) == 2  # one per process
        assert pair.kill_listeners() == 2
        # Committed while the listeners are down: nobody hears its NOTIFY.
        during = save(pair.two, "member", pair.one.other_section_id, "Said while nobody listens.")
        assert pair.listeners() == set()
        deadline = time.monotonic() + 20
        while not (len(after := pair.listeners()) == 2 and not after & before):
            assert time.monotonic() < deadline, "the listeners did not come back"
            time.sleep(0.1)
        later = save(pair.two, "member", pair.one.other_section_id, "Said once they listen again.")
        stream.wait_for(lambda e: e.name == "version" and e.data["number"] == later)
        time.sleep(0.5)
        seen = versions(stream, pair.one.other_section_id)
        assert [e.data["number"] for e in seen] == [during, later]
    finally:
        stream.close()
