"""The live leak scan: while people not entitled to know the unannounced delegation follow the
document, that delegation comments (in public and internally), takes a position, edits and is
present. Its MARKER never reaches their streams; the entitled get what the API shows them."""

from __future__ import annotations

from collections.abc import Callable

import httpx2 as httpx
import pytest

from tests.access_world import MARKER
from tests.live.sse import Event, Stream
from tests.live.support import LiveWorld

pytestmark = pytest.mark.db

NOT_ENTITLED = ("chair", "member", "delegate_a", "head_a")
ENTITLED = ("secretariat", "unannounced")
UNDISCLOSED = {"id": None, "name": "Undisclosed participant"}


def comment_ids(stream: Stream) -> set[int]:
    return {e.data["comment_id"] for e in stream.named("comment")}


def test_the_unannounced_delegation_reaches_only_the_entitled(live: LiveWorld) -> None:
    streams = {role: live.stream(role) for role in NOT_ENTITLED + ENTITLED}
    try:
        with live.api("unannounced") as envoy, live.api("drafter") as drafter:
            number = envoy.get(f"/sections/{live.section_id}").json()["current"]["number"]
            anchor = {"version": number, "anchor": {"quote": "consortium"}}
            public = envoy.post(
                f"/sections/{live.section_id}/comments",
                json={"body": f"{MARKER} public remark"} | anchor,
            ).json()["id"]
            internal = envoy.post(
                f"/sections/{live.section_id}/comments",
                json={"body": f"{MARKER} internal", "visibility": "delegation"} | anchor,
            ).json()["id"]
            position = envoy.put(
                f"/sections/{live.section_id}/approvals/mine",
                json={"version": number, "decision": "approve"},
            )
            assert position.status_code == 200, position.text
            other = drafter.get(f"/sections/{live.other_section_id}").json()["current"]["number"]
            edited = drafter.post(
                f"/sections/{live.other_section_id}/versions",
                json={"text": f"Civil society leads, says {MARKER}.", "base_version": other},
            )
            assert edited.status_code == 201, edited.text
            for person in (envoy, drafter):
                here = person.post(
                    f"/documents/{live.document_id}/presence",
                    json={"section_id": live.other_section_id, "state": "editing"},
                )
                assert here.status_code == 204
        with live.api("chair") as chair:
            sentinel = chair.post(
                f"/sections/{live.section_id}/comments", json={"body": "Sentinel."} | anchor
            ).json()["id"]

        def edit_of(number: int) -> Callable[[Event], bool]:
            return lambda e: e.name == "version" and e.data["number"] == number

        def two_present(e: Event) -> bool:
            return e.name == "presence" and len(e.data["people"]) == 2

        for stream in streams.values():
            stream.wait_for(lambda e: e.name == "comment" and e.data["comment_id"] == sentinel)
            stream.wait_for(edit_of(other + 1))
        for role in ENTITLED:
            streams[role].wait_for(two_present)

        for role in NOT_ENTITLED:
            stream = streams[role]
            assert MARKER.lower() not in stream.text().lower(), role
            assert comment_ids(stream) == {sentinel}, role
            assert stream.named("approval") == [], role
            version = stream.wait_for(edit_of(other + 1))
            assert version.data["author"] == UNDISCLOSED
            assert version.data["delegation"] is None
            # Its people are not present to them at all: not even "undisclosed", not even as
            # a presence event that changes nothing (presence was told before the sentinel).
            assert [e.data["people"] for e in stream.named("presence")] == [[]], role

        secretariat, insider = streams["secretariat"], streams["unannounced"]
        # Internal comments stay within their delegation: not even the secretariat hears of them.
        assert comment_ids(secretariat) == {public, sentinel}
        assert comment_ids(insider) == {public, internal, sentinel}
        for stream in (secretariat, insider):
            approval = stream.wait_for(lambda e: e.name == "approval")
            assert approval.data["delegation"]["code"] == MARKER
            assert approval.data["decision"] == "approve"
            version = stream.wait_for(edit_of(other + 1))
            assert version.data["author"]["name"] == f"Drafter {MARKER}"
            names = {p["user"]["name"] for p in stream.wait_for(two_present).data["people"]}
            assert names == {f"Envoy {MARKER}", f"Drafter {MARKER}"}
    finally:
        for stream in streams.values():
            stream.close()


@pytest.mark.parametrize(("role", "status"), [("observer", 404), ("delegate_b", 404)])
def test_people_who_may_not_read_cannot_subscribe(live: LiveWorld, role: str, status: int) -> None:
    url = f"{live.url}/api/v1/documents/{live.document_id}/events"
    response = httpx.get(url, headers=live.headers(role), timeout=10)
    assert response.status_code == status
    assert MARKER not in response.text


def test_a_silence_the_unannounced_break_is_broken_through_the_secretariat(
    live: LiveWorld,
) -> None:
    document = live.silenced_document_id
    with live.api("secretariat") as officer:
        again = officer.post(
            f"/documents/{document}/silence", json={"deadline": "2099-01-01T12:00:00+00:00"}
        )
        assert again.status_code == 200, again.text
    streams = {role: live.stream(role, document) for role in NOT_ENTITLED + ENTITLED}
    try:
        for stream in streams.values():
            stream.wait_for(lambda e: e.name == "ready")
        with live.api("unannounced") as envoy:
            broken = envoy.post(
                f"/documents/{document}/silence/break", json={"reason": f"{MARKER} objects."}
            )
            assert broken.status_code == 200, broken.text

        def silence_broken(e: Event) -> bool:
            return e.name == "lifecycle" and e.data["action"] == "silence_broken"

        for role in NOT_ENTITLED:
            event = streams[role].wait_for(silence_broken).data
            assert (event["via"], event["actor"], event["delegation"]) == (
                "secretariat",
                None,
                None,
            )
            assert MARKER.lower() not in streams[role].text().lower(), role
        for role in ENTITLED:
            event = streams[role].wait_for(silence_broken).data
            assert event["via"] == "secretariat"
            assert event["delegation"]["code"] == MARKER
            assert event["actor"]["name"] == f"Envoy {MARKER}"
    finally:
        for stream in streams.values():
            stream.close()
