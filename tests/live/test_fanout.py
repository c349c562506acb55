"""The cost of a save does not grow with the room: the save only hands its changes over, and
the dispatcher renders them once per lens. Counted in SQL statements (which cannot flake), with
0, one per lens, and 500 subscribers in one run; the timing ratio is in tests/bench/bench_live.py.
"""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import Engine, event
from sqlmodel import Session

from concord.core.db import transaction
from concord.drafting import service as drafting
from concord.identity.access import Viewer, viewer_for
from concord.identity.models import User
from concord.live import capture
from concord.live.events import lens_of
from concord.live.hub import Hub, LiveSettings
from concord.live.shared import Credential
from concord.notify.install import install_hooks
from tests.access_world import World, build
from tests.db import migrated_engine

pytestmark = pytest.mark.db

READERS = ("secretariat", "chair", "member", "head_a", "delegate_a", "unannounced")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, World]]:
    with migrated_engine(tmp_path_factory.mktemp("fanout")) as engine:
        with transaction(engine) as session:
            found = build(session)
        yield engine, found


class Statements:
    """Every SQL statement sent through the engine, by the thread that sent it."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.by_thread: Counter[int] = Counter()
        self._lock = threading.Lock()

    def __enter__(self) -> Statements:
        event.listen(self.engine, "before_cursor_execute", self._count)
        return self

    def __exit__(self, *_exc: object) -> None:
        event.remove(self.engine, "before_cursor_execute", self._count)

    def _count(self, *_args: Any) -> None:
        with self._lock:
            self.by_thread[threading.get_ident()] += 1


def viewers(engine: Engine, world: World) -> list[Viewer]:
    with Session(engine, expire_on_commit=False) as session:
        return [viewer_for(session, session.get_one(User, world.people[r].id)) for r in READERS]


def save(engine: Engine, world: World, text: str) -> int:
    """A save as the route does it; the statements its thread sent."""
    with Session(engine, expire_on_commit=False) as session:
        chair = viewer_for(session, session.get_one(User, world.people["chair"].id))
    with transaction(engine) as session:
        current = drafting.get_section(session, world.section.id or 0).head
        drafting.save_version(session, chair, world.section.id or 0, text, current)
    return threading.get_ident()


async def one_save(engine: Engine, world: World, subscribers: int, n: int) -> tuple[int, int, int]:
    """Statements of the save, statements of its fan-out, and frames handed out."""
    hub = Hub(engine, replace(LiveSettings.configured(), heartbeat_seconds=60, queue_size=8))
    capture.install()
    capture.subscribe(hub.publish)
    try:
        hub._start()
        people = viewers(engine, world)
        document_id, credential = world.document.id or 0, Credential("bearer", "-")
        subs = [
            hub.subscribe(document_id, credential, people[i % len(people)])
            for i in range(subscribers)
        ]
        with Statements(engine) as statements:
            saver = await asyncio.to_thread(save, engine, world, f"Saved with {n} listening.")
            if subscribers:
                while hub.batches == 0:
                    await asyncio.sleep(0.01)
        own = statements.by_thread.pop(saver)
        frames = sum(s.queue.qsize() for s in subs)
        return own, sum(statements.by_thread.values()), frames
    finally:
        capture.unsubscribe(hub.publish)
        await hub.stop()


def test_a_saves_cost_does_not_grow_with_its_subscribers(world: tuple[Engine, World]) -> None:
    engine, found = world
    lenses = len({lens_of(v) for v in viewers(engine, found)})
    assert lenses == 4  # secretariat, delegation A, the unannounced one, and no delegation

    # As in the app (whatever ran before in this process): notifications enqueue with each save.
    # The world's approvals stand on the paragraph's first version: the first save tells their
    # delegations once, so it is made before counting, and every counted save costs the same.
    install_hooks()
    save(engine, found, "Saved before counting.")

    alone = asyncio.run(one_save(engine, found, 0, 1))
    few = asyncio.run(one_save(engine, found, len(READERS), 2))
    crowd = asyncio.run(one_save(engine, found, 500, 3))

    # The save sends the same statements whoever listens: it only hands its changes over.
    assert alone[0] == few[0] == crowd[0]
    assert alone[1] == 0
    # The fan-out renders once per lens: 500 subscribers of four lenses cost what six do.
    assert 0 < few[1] == crowd[1]
    # …and everyone hears of it (the version event: every reader here may see the chair's save).
    assert few[2] == len(READERS)
    assert crowd[2] == 500
