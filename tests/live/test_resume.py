"""Resuming a stream: a browser that reconnects with `Last-Event-ID` first gets what it missed,
judged like live events (the unannounced delegation stays hidden from those not entitled), and
a gap too long to replay ends the stream with `overflow`."""

from __future__ import annotations

from collections.abc import Iterator

import httpx2 as httpx
import pytest

from tests.access_world import MARKER
from tests.live.sse import Event
from tests.live.support import LiveWorld, live_world_in, seq_of

pytestmark = pytest.mark.db

UNDISCLOSED = {"id": None, "name": "Undisclosed participant"}


def number_of(world: LiveWorld, section_id: int) -> int:
    with world.api("chair") as api:
        return int(api.get(f"/sections/{section_id}").json()["current"]["number"])


def save(world: LiveWorld, role: str, section_id: int, words: str) -> int:
    with world.api(role) as api:
        saved = api.post(
            f"/sections/{section_id}/versions",
            json={"text": words, "base_version": number_of(world, section_id)},
        )
    assert saved.status_code == 201, saved.text
    return int(saved.json()["number"])


def last_id(world: LiveWorld, role: str) -> str:
    """Follow the document until a change arrives; the id a browser would resume from."""
    stream = world.stream(role)
    try:
        number = save(world, "chair", world.section_id, "We [welcome] the consortium.")
        event = stream.wait_for(lambda e: e.name == "version" and e.data["number"] == number)
    finally:
        stream.close()
    assert event.id is not None
    return event.id


def replayed(events: list[Event]) -> list[Event]:
    """The events sent before the presence snapshot that follows a replay."""
    names = [e.name for e in events]
    return events[1 : names.index("presence")]


def test_a_reconnection_replays_the_missed_changes_it_may_see(live: LiveWorld) -> None:
    resume_from = last_id(live, "member")
    # Missed while away: the unannounced delegation speaks and takes a position, its drafter
    # edits (shown, masked), the chair comments.
    with live.api("unannounced") as envoy, live.api("chair") as chair:
        anchor = {"version": number_of(live, live.section_id), "anchor": {"quote": "consortium"}}
        hidden = envoy.post(
            f"/sections/{live.section_id}/comments", json={"body": f"{MARKER} aside"} | anchor
        )
        assert hidden.status_code == 201, hidden.text
        position = envoy.put(
            f"/sections/{live.section_id}/approvals/mine",
            json={"version": anchor["version"], "decision": "approve"},
        )
        assert position.status_code == 200, position.text
        edited = save(live, "drafter", live.other_section_id, f"Civil society, says {MARKER}.")
        remark = chair.post(
            f"/sections/{live.section_id}/comments", json={"body": "While you were away."} | anchor
        )
        assert remark.status_code == 201

    member = live.stream("member", last_event_id=resume_from)
    secretariat = live.stream("secretariat", last_event_id=resume_from)
    try:
        missed = replayed(member.events)
        assert [e.name for e in missed] == ["version", "comment"]
        assert missed[0].data["number"] == edited
        assert missed[0].data["author"] == UNDISCLOSED
        assert missed[1].data["comment_id"] == remark.json()["id"]
        assert MARKER.lower() not in member.text().lower()
        ids = [seq_of(e, live.document_id) for e in missed]
        assert ids == sorted(ids) and ids[0] > seq_of(Event("", {}, resume_from), live.document_id)
        # The entitled are told of all of it.
        told = replayed(secretariat.events)
        assert [e.name for e in told] == ["comment", "approval", "version", "comment"]
        assert told[1].data["delegation"]["code"] == MARKER
        # Then the stream goes on live, without repeating what it replayed.
        later = save(live, "chair", live.section_id, "We [welcome] the consortium again.")
        member.wait_for(lambda e: e.name == "version" and e.data["number"] == later)
        numbers = [e.data["number"] for e in member.named("version")]
        assert numbers == [edited, later]
    finally:
        member.close()
        secretariat.close()


def test_an_unusable_last_event_id_is_no_position_reload(live: LiveWorld) -> None:
    """Not an id this server sealed for this document: nothing can be replayed, so the stream
    says `overflow` (reload), as for a gap too long; never a 500."""
    forged = "A" * 32  # the shape of a sealed id, but not sealed here
    for bad in ("yesterday", "42", forged, "x" * 5000):
        answer = httpx.get(
            f"{live.url}/api/v1/documents/{live.document_id}/events",
            headers=live.headers("chair") | {"Last-Event-ID": bad},
            timeout=10,
        )
        assert answer.status_code == 200
        frames = [f for f in answer.text.split("\n\n") if f.startswith("event:")]
        assert [f.split("\n")[0] for f in frames] == ["event: ready", "event: end"], bad
        assert frames[-1].endswith('data: {"reason":"overflow"}')


@pytest.fixture(scope="module")
def short_memory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveWorld]:
    """A server that replays at most 3 changes."""
    yield from live_world_in(
        tmp_path_factory.mktemp("short"), env={"CONCORD_LIVE_REPLAY_LIMIT": "3"}
    )


def test_a_gap_beyond_the_replay_limit_ends_with_overflow(short_memory: LiveWorld) -> None:
    resume_from = last_id(short_memory, "chair")
    for n in range(4):
        save(short_memory, "chair", short_memory.section_id, f"Revision {n} of the [text].")
    answer = httpx.get(
        f"{short_memory.url}/api/v1/documents/{short_memory.document_id}/events",
        headers=short_memory.headers("chair") | {"Last-Event-ID": resume_from},
        timeout=10,
    )
    assert answer.status_code == 200
    frames = [f for f in answer.text.split("\n\n") if f.startswith("event:")]
    assert [f.split("\n")[0] for f in frames] == ["event: ready", "event: end"]
    assert frames[-1].endswith('data: {"reason":"overflow"}')
    # Three missed changes still fit: replayed, no overflow.
    resume_from = last_id(short_memory, "chair")
    for n in range(3):
        save(short_memory, "chair", short_memory.section_id, f"Fit {n} of the [text].")
    stream = short_memory.stream("chair", last_event_id=resume_from)
    try:
        assert [e.name for e in replayed(stream.events)] == ["version"] * 3
    finally:
        stream.close()
