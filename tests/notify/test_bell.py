"""The bell's stream (GET /notifications/events) on a real server: a person's unread count, live,
to that person only. Part of the leak scan: a notification reaches no other person's bell, and a
comment its recipient may not see (by the unannounced delegation, or internal to another
delegation) moves no bell at all."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import httpx2 as httpx
import pytest

from tests.access_world import MARKER
from tests.live.sse import Event, Stream
from tests.live.support import LiveWorld, live_world_in

pytestmark = pytest.mark.db

ROLES = ("member", "chair", "head_a", "delegate_a", "secretariat", "unannounced")


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveWorld]:
    yield from live_world_in(tmp_path_factory.mktemp("bell"))


def bell(live: LiveWorld, role: str) -> Stream:
    url = f"{live.url}/api/v1/notifications/events"
    return Stream(url, live.headers(role)).start(first="unread")


def counts(stream: Stream) -> list[int]:
    return [e.data["unread"] for e in stream.named("unread")]


def unread_of(live: LiveWorld, role: str) -> int:
    with live.api(role) as api:
        return int(api.get("/notifications", params={"limit": 1}).json()["unread"])


def comment(api: httpx.Client, section_id: int, body: str, **more: object) -> str:
    number = api.get(f"/sections/{section_id}").json()["current"]["number"]
    made = api.post(
        f"/sections/{section_id}/comments",
        json={"body": body, "version": number, "anchor": {"quote": "consortium"}} | more,
    )
    assert made.status_code == 201, made.text
    return str(made.json()["id"])


def reply(api: httpx.Client, section_id: int, parent: str, body: str) -> None:
    made = api.post(f"/sections/{section_id}/comments", json={"body": body, "parent_id": parent})
    assert made.status_code == 201, made.text


def rang_to(total: int) -> Callable[[Event], bool]:
    return lambda e: e.name == "unread" and e.data["unread"] == total


def test_the_bell_starts_with_my_unread_count(live: LiveWorld) -> None:
    stream = bell(live, "head_a")
    try:
        first = stream.named("unread")[0]
        assert first.data == {"unread": unread_of(live, "head_a")}
        assert stream.response_headers["content-type"].startswith("text/event-stream")
    finally:
        stream.close()


def test_a_notification_rings_its_recipient_only(live: LiveWorld) -> None:
    before = {role: unread_of(live, role) for role in ROLES}
    bells = {role: bell(live, role) for role in ROLES}
    section = live.section_id
    try:
        with (
            live.api("member") as member,
            live.api("chair") as chair,
            live.api("head_a") as head_a,
            live.api("delegate_a") as delegate_a,
            live.api("unannounced") as envoy,
        ):
            # Told to nobody who may not know of the envoy: the member may not see this comment.
            comment(envoy, section, f"{MARKER} asks @member to look again.")
            # Internal to delegation A: told to its head only.
            internal = comment(head_a, section, "Hold firm.", visibility="delegation")
            reply(delegate_a, section, internal, "Agreed, internally.")
            # A reply in public: told to the member, who wrote the comment.
            mine = comment(member, section, "Should this say warmly?")
            reply(chair, section, mine, "Yes, keep warmly.")
        bells["member"].wait_for(rang_to(before["member"] + 1))
        bells["head_a"].wait_for(rang_to(before["head_a"] + 1))
        time.sleep(1.0)  # a heartbeat or three: any other count would have come by now
        assert counts(bells["member"]) == [before["member"], before["member"] + 1]
        for role in ("chair", "delegate_a", "secretariat", "unannounced"):
            assert counts(bells[role]) == [before[role]], role
        for role in ("member", "chair", "head_a", "delegate_a"):
            assert MARKER.lower() not in bells[role].text().lower(), role
            assert unread_of(live, role) == counts(bells[role])[-1], role
    finally:
        for stream in bells.values():
            stream.close()


def test_reading_elsewhere_brings_the_count_down(live: LiveWorld) -> None:
    with live.api("member") as member:
        mine = comment(member, live.section_id, "Read me elsewhere.")
        with live.api("chair") as chair:
            reply(chair, live.section_id, mine, "Read.")
        assert unread_of(live, "member") > 0
        stream = bell(live, "member")
        try:
            marked = member.post("/notifications/read", json={})
            assert marked.status_code == 200, marked.text
            stream.wait_for(rang_to(0))
        finally:
            stream.close()


def test_a_revoked_token_ends_the_bell(live: LiveWorld) -> None:
    with live.api("delegate_a") as api:
        made = api.post("/auth/tokens", json={"name": "bell"}).json()
    headers = {"Authorization": f"Bearer {made['token']}"}
    stream = Stream(f"{live.url}/api/v1/notifications/events", headers).start(first="unread")
    try:
        with live.api("delegate_a") as api:
            assert api.delete(f"/auth/tokens/{made['id']}").status_code == 204

        def ended(e: Event) -> bool:
            return e.name == "end" and e.data == {"reason": "session_expired"}

        stream.wait_for(ended)
    finally:
        stream.close()


def test_no_bell_for_the_anonymous(live: LiveWorld) -> None:
    answer = httpx.get(f"{live.url}/api/v1/notifications/events", timeout=10.0)
    assert answer.status_code == 401
    assert answer.json()["error"]["code"] == "unauthenticated"
