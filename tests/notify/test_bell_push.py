"""The bell hears at once what changes a person's notifications without anyone commenting: theirs
read in another tab or on another device, a reminder the worker enqueued. The server's heartbeat
is a minute here, so a count that arrives within seconds was pushed, not re-read at a heartbeat;
and it reaches that person's bells only."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlmodel import select

from concord.consensus.models import SilenceProcedure
from concord.core.clock import now
from concord.core.db import make_engine, transaction
from concord.drafting.models import Document, DocumentStatus, Revision
from tests.live.support import LiveWorld, live_world_in
from tests.notify.test_bell import bell, comment, counts, rang_to, reply, unread_of

pytestmark = pytest.mark.db

SLOW = {"CONCORD_LIVE_HEARTBEAT_SECONDS": "60", "CONCORD_NOTIFY_POLL_SECONDS": "0.3"}
PUSHED = 10.0  # seconds: far below the heartbeat


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveWorld]:
    yield from live_world_in(tmp_path_factory.mktemp("bell-push"), SLOW)


def test_reading_in_one_tab_clears_the_bell_in_the_other_at_once(live: LiveWorld) -> None:
    with live.api("member") as member:
        mine = comment(member, live.section_id, "Read me in another tab.")
        with live.api("chair") as chair:
            reply(chair, live.section_id, mine, "Read.")
        assert unread_of(live, "member") > 0
        tabs = [bell(live, "member"), bell(live, "member")]
        other = bell(live, "chair")
        try:
            marked = member.post("/notifications/read", json={})
            assert marked.status_code == 200, marked.text
            for tab in tabs:
                tab.wait_for(rang_to(0), timeout=PUSHED)
            time.sleep(0.5)
            assert len(counts(other)) == 1  # the chair's bell heard nothing
        finally:
            for stream in (*tabs, other):
                stream.close()


def test_a_reminder_rings_at_once(live: LiveWorld) -> None:
    with live.api("chair") as chair:
        circulated = chair.post(f"/documents/{live.document_id}/circulate", json={})
        assert circulated.status_code == 200, circulated.text
    with live.api("member") as member:
        member.post("/notifications/read", json={})
    stream = bell(live, "member")
    engine = make_engine(live.database_url)
    try:
        # A silence ending within a day, as the worker finds it (started long ago, in effect).
        with transaction(engine) as session:
            document = session.get(Document, live.document_id)
            assert document is not None
            revision = session.exec(
                select(Revision).where(Revision.document_id == live.document_id)
            ).first()
            assert revision is not None and revision.id is not None
            document.status = DocumentStatus.silence
            session.add(document)
            session.add(
                SilenceProcedure(
                    document_id=live.document_id,
                    revision_id=revision.id,
                    started_by=live.user_ids["secretariat"],
                    deadline=now() + timedelta(hours=2),
                )
            )
        stream.wait_for(rang_to(1), timeout=PUSHED)
        with live.api("member") as member:
            items = member.get("/notifications").json()["items"]
        assert [item["kind"] for item in items if item["read_at"] is None] == ["silence_reminder"]
    finally:
        stream.close()
        engine.dispose()
