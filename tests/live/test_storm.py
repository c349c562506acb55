"""A reconnect storm: 500 event streams opened at once on two app processes sharing one
PostgreSQL database (what happens seconds after a restart), each resuming with `Last-Event-ID`,
while versions are saved. No 500, memory bounded, and every follower ends up with every event
committed during the storm, once. PostgreSQL only (two processes)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter

import httpx2 as httpx
import pytest
from sqlalchemy import text

from concord.core.db import make_engine
from concord.live import event_ids
from tests.db import backend
from tests.live.storm import Follower, crowd, repeats
from tests.live.support import LIVE_SECRET, world_database
from tests.live_server import serve_processes

pytestmark = pytest.mark.postgres

FOLLOWERS = 500
SAVES = 6
GROWTH_LIMIT_MB = 150.0  # per process, 250 streams: far below what a leak of them would take
# Heartbeats every ~5 s: 500 streams re-checking every 0.3 s would be a test of that alone.
ENV = {
    "CONCORD_LIVE_HEARTBEAT_SECONDS": "5",
    "CONCORD_LIVE_PRESENCE_SECONDS": "30",
    "CONCORD_SECRET_KEY": LIVE_SECRET,
}


def last_seq(database_url: str) -> int:
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            return int(connection.execute(text("SELECT max(seq) FROM auditevent")).scalar() or 0)
    finally:
        engine.dispose()


def test_a_reconnect_storm_is_weathered(tmp_path_factory: pytest.TempPathFactory) -> None:
    assert backend() == "postgres", "this test needs CONCORD_TEST_DB=postgres"
    with world_database(tmp_path_factory.mktemp("storm")) as world:
        tokens = crowd(
            world.database_url, FOLLOWERS, [world.delegation_a_id, world.unannounced_id, None]
        )
        with serve_processes(world.database_url, 2, env=ENV) as servers:
            before = [s.rss_mb() for s in servers]
            # The id a browser would hold: the latest change, sealed for this document.
            resume_from = event_ids.seal(
                last_seq(world.database_url), world.document_id, secret_key=LIVE_SECRET
            )
            followers = [
                Follower(servers[n % 2].url, world.document_id, token, last_id=resume_from)
                for n, token in enumerate(tokens)
            ]
            saved: list[tuple[int, int]] = []
            writing = threading.Event()
            peak = list(before)

            def write() -> None:
                """Save while the storm rages, through both processes."""
                headers = {"Authorization": f"Bearer {world.tokens['chair']}"}
                try:
                    for n in range(SAVES):
                        base = servers[n % 2].url
                        with httpx.Client(base_url=f"{base}/api/v1", headers=headers) as api:
                            section = api.get(f"/sections/{world.section_id}").json()
                            answer = api.post(
                                f"/sections/{world.section_id}/versions",
                                json={
                                    "text": f"We [welcome] the consortium, storm {n}.",
                                    "base_version": section["current"]["number"],
                                },
                                timeout=30,
                            )
                            assert answer.status_code == 201, answer.text
                            saved.append((world.section_id, answer.json()["number"]))
                        time.sleep(0.2)
                        peak[:] = [max(p, s.rss_mb()) for p, s in zip(peak, servers, strict=True)]
                finally:
                    writing.set()

            def done(follower: Follower) -> bool:
                return writing.is_set() and follower.seen >= set(saved)

            async def storm() -> None:
                deadline = time.monotonic() + 25
                writer = asyncio.create_task(asyncio.to_thread(write))
                await asyncio.gather(*(f.run(done, deadline) for f in followers))
                await writer

            started = time.monotonic()
            asyncio.run(storm())
            took = time.monotonic() - started
            time.sleep(1.0)  # the servers notice the closed connections
            after = [s.rss_mb() for s in servers]

    assert len(saved) == SAVES
    statuses = sum((f.statuses for f in followers), Counter())
    assert set(statuses) <= {200, 429, 503}, statuses
    missing = [f for f in followers if not f.seen >= set(saved)]
    assert not missing, (
        f"{len(missing)} followers missed events (storm took {took:.1f} s; statuses {statuses}); "
        f"e.g. {missing[0].seen}, ends {missing[0].ends}, failures {missing[0].failures[:3]}"
    )
    assert sum(repeats(f) for f in followers) == 0
    growth = [p - b for p, b in zip(peak, before, strict=True)]
    assert max(growth) < GROWTH_LIMIT_MB, (before, peak, after)
    # Every stream told its browser to wait, each a different time.
    retries = [ms for f in followers for ms in f.retries_ms]
    assert min(retries) >= 3000 and len(set(retries)) > FOLLOWERS / 10
    ready = sorted(f.readies[0] - started for f in followers if f.readies)
    print(
        f"storm: {took:.1f} s, statuses {dict(statuses)}, first ready p50 "
        f"{ready[len(ready) // 2]:.1f} s max {ready[-1]:.1f} s, RSS MB {before} → {peak} → {after}"
    )
