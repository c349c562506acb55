"""The machinery under the stream, in process: what is captured at commit (and what a rollback
drops), slow subscribers, and streams that leave nothing behind when they end."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import Engine

from concord.audit import service as audit
from concord.core.db import transaction
from concord.drafting.models import Document, DocumentKind
from concord.identity.access import Viewer
from concord.identity.models import User
from concord.live import capture
from concord.live.capture import Change
from concord.live.dependencies import Subscription
from concord.live.hub import CLOSING, DROPPED, Hub, LiveSettings
from concord.live.routes import _stream
from concord.live.shared import Credential
from tests.db import migrated_engine

pytestmark = pytest.mark.db


@pytest.fixture(scope="module")
def fresh_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    # Commits are the point here: a database of its own, not the shared rolled-back one.
    with migrated_engine(tmp_path_factory.mktemp("capture")) as engine:
        yield engine


@pytest.fixture
def heard() -> Iterator[list[tuple[str, list[Change]]]]:
    found: list[tuple[str, list[Change]]] = []

    def listener(key: str, changes: list[Change]) -> None:
        found.append((key, changes))

    capture.install()
    capture.subscribe(listener)
    yield found
    capture.unsubscribe(listener)


def note(session: object, title: str) -> None:
    audit.record(
        session,  # type: ignore[arg-type]
        actor_id=None,
        action="document.update",
        object_type="document",
        object_id=1,
        payload={"title": title},
    )


def test_a_committed_change_is_heard_after_commit(
    fresh_engine: Engine, heard: list[tuple[str, list[Change]]]
) -> None:
    with transaction(fresh_engine) as session:
        note(session, "one")
        session.flush()
        assert heard == []  # flushed, not committed: nobody hears of it yet
    assert len(heard) == 1
    key, changes = heard[0]
    assert key == capture.database_key(fresh_engine.url)
    assert [(c.action, c.object_id, c.payload) for c in changes] == [
        ("document.update", "1", {"title": "one"})
    ]


def test_a_rolled_back_change_is_never_heard(
    fresh_engine: Engine, heard: list[tuple[str, list[Change]]]
) -> None:
    def refused() -> None:
        with transaction(fresh_engine) as session:
            note(session, "refused")
            raise RuntimeError("refused")

    with pytest.raises(RuntimeError):
        refused()
    assert heard == []


def test_a_rolled_back_savepoint_takes_its_changes_along(
    fresh_engine: Engine, heard: list[tuple[str, list[Change]]]
) -> None:
    with transaction(fresh_engine) as session:
        savepoint = session.begin_nested()
        note(session, "undone")
        savepoint.rollback()
        kept = session.begin_nested()
        note(session, "kept")
        kept.commit()
        assert heard == []  # a released savepoint is not a commit
    assert [c.payload["title"] for _, changes in heard for c in changes] == ["kept"]


def test_changes_that_concern_no_document_are_not_captured(
    fresh_engine: Engine, heard: list[tuple[str, list[Change]]]
) -> None:
    with transaction(fresh_engine) as session:
        audit.record(session, actor_id=None, action="auth.login", object_type="user", object_id=1)
    assert heard == []


# --- the hub and the stream ---------------------------------------------------------------------


def viewer(user_id: int = 1) -> Viewer:
    user = User(id=user_id, email=f"p{user_id}@example.org", name=f"Person {user_id}")
    return Viewer(user, None, frozenset(), frozenset(), frozenset())


def subscription(user_id: int = 1) -> Subscription:
    document = Document(id=1, title="T", kind=DocumentKind.statement, created_by=1)
    return Subscription(document, viewer(user_id), Credential("bearer", "unused"))


def test_a_subscriber_that_falls_behind_is_dropped(fresh_engine: Engine) -> None:
    async def scenario() -> None:
        hub = Hub(fresh_engine, replace(LiveSettings.configured(), queue_size=2))
        slow = hub.subscribe(1, Credential("bearer", "x"), viewer())
        keeping_up = hub.subscribe(1, Credential("bearer", "y"), viewer(2))
        for seq in (1, 2, 3):
            hub._fan_out(1, (seq, f"id: {seq}\n\n"))
            keeping_up.queue.get_nowait()
        assert slow.dropped and not keeping_up.dropped
        assert slow.queue.get_nowait() == DROPPED
        assert hub.count(1) == 1
        await hub.stop()

    asyncio.run(scenario())


def test_a_stream_ended_by_a_drain_is_not_logged_as_too_slow(
    fresh_engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    """A drain ends every stream (`shutdown`); changes still fanned out to them then are not
    their being slow, and the log does not say so (only a full queue is)."""

    async def scenario() -> None:
        hub = Hub(fresh_engine, replace(LiveSettings.configured(), queue_size=2))
        drained = hub.subscribe(1, Credential("bearer", "x"), viewer())
        slow = hub.subscribe(1, Credential("bearer", "y"), viewer(2))
        drained.end(CLOSING)
        with caplog.at_level(logging.INFO, logger="concord.live"):
            for seq in (1, 2, 3):
                hub._fan_out(1, (seq, f"id: {seq}\n\n"))
        assert drained.queue.get_nowait() == CLOSING
        assert slow.dropped and hub.count(1) == 0
        too_slow = [r for r in caplog.records if "too slow" in r.getMessage()]
        assert len(too_slow) == 1, [r.getMessage() for r in caplog.records]
        await hub.stop()

    asyncio.run(scenario())


def test_a_closed_stream_leaves_no_subscriber_and_no_presence(fresh_engine: Engine) -> None:
    async def scenario() -> None:
        hub = Hub(fresh_engine, replace(LiveSettings.configured(), heartbeat_seconds=60))
        stream = _stream(hub, subscription(), once=False)
        frames = [await anext(stream) for _ in range(3)]
        assert frames[0].startswith("retry:")
        assert [f.split("\n")[0] for f in frames[1:]] == ["event: ready", "event: presence"]
        hub.touch(1, viewer(), None, "viewing")
        assert hub.count(1) == 1 and len(hub.present(1)) == 1
        await stream.aclose()  # the client went away
        assert hub.count() == 0
        assert hub.present(1) == []
        await hub.stop()

    asyncio.run(scenario())


def test_a_cancelled_stream_cleans_up(fresh_engine: Engine) -> None:
    async def scenario() -> None:
        hub = Hub(fresh_engine, replace(LiveSettings.configured(), heartbeat_seconds=60))

        async def consume() -> None:
            async for _frame in _stream(hub, subscription(), once=False):
                pass

        task = asyncio.create_task(consume())
        while hub.count(1) == 0:
            await asyncio.sleep(0.01)
        task.cancel()  # what the server does when the connection drops
        with pytest.raises(asyncio.CancelledError):
            await task
        assert hub.count() == 0
        await hub.stop()
        assert all(t.done() for t in asyncio.all_tasks() if t is not asyncio.current_task())

    asyncio.run(scenario())


def test_once_sends_a_snapshot_and_subscribes_nobody(fresh_engine: Engine) -> None:
    async def scenario() -> list[str]:
        hub = Hub(fresh_engine)
        hub.touch(1, viewer(7), 3, "editing")
        return [frame async for frame in _stream(hub, subscription(), once=True)]

    frames = asyncio.run(scenario())
    assert [f.split("\n")[0] for f in frames[1:]] == ["event: ready", "event: presence"]
    assert '"section_id":3,"state":"editing"' in frames[2]
