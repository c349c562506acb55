"""An adoption made by the silence scheduler's background thread is published like any other."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx2 as httpx
import pytest

from tests.consensus.support import seed_party
from tests.db import fresh_database_url
from tests.live.sse import Stream
from tests.live.support import LIVE_ENV
from tests.live_server import migrate, serve

pytestmark = pytest.mark.db


def test_the_schedulers_adoption_reaches_subscribers(tmp_path: Path) -> None:
    env = LIVE_ENV | {"CONCORD_SILENCE_POLL_SECONDS": "0.2", "CONCORD_SILENCE_MINIMUM_HOURS": "0"}
    with fresh_database_url(tmp_path) as database_url:
        migrate(database_url)
        party = seed_party(database_url)
        with serve(database_url, env=env) as url:
            document = f"{url}/api/v1/documents/{party.document_id}"
            head = {"Authorization": f"Bearer {party.head_token}"}
            officer = {"Authorization": f"Bearer {party.officer_token}"}
            stream = Stream(f"{document}/events", head).start()
            try:
                assert httpx.post(f"{document}/circulate", json={}, headers=officer).is_success
                deadline = datetime.now(UTC) + timedelta(seconds=1)
                started = httpx.post(
                    f"{document}/silence", json={"deadline": deadline.isoformat()}, headers=officer
                )
                assert started.status_code == 200, started.text
                adopted = stream.wait_for(
                    lambda e: e.name == "lifecycle" and e.data["action"] == "adopted", timeout=30
                )
                actions = [e.data["action"] for e in stream.named("lifecycle")]
            finally:
                stream.close()
    assert actions == ["revision_created", "circulated", "silence_started", "adopted"]
    assert adopted.data["status"] == "adopted"
    assert adopted.data["via"] == "silence"
    assert adopted.data["actor"] is None  # the system, not a person
    started_event = stream.named("lifecycle")[2]
    assert datetime.fromisoformat(started_event.data["deadline"]) == deadline
