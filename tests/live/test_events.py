"""The event stream on a real server: after commit only, every kind of change, presence,
several subscribers, and streams that end when access does."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest

from tests.live.sse import Event
from tests.live.support import LiveWorld, live_world_in, seq_of

pytestmark = pytest.mark.db


def head(live: LiveWorld, role: str, section_id: int) -> int:
    with live.api(role) as api:
        return int(api.get(f"/sections/{section_id}").json()["current"]["number"])


def save(live: LiveWorld, role: str, section_id: int, text: str) -> dict[str, object]:
    with live.api(role) as api:
        base = head(live, role, section_id)
        response = api.post(
            f"/sections/{section_id}/versions", json={"text": text, "base_version": base}
        )
    assert response.status_code == 201, response.text
    saved: dict[str, object] = response.json()
    return saved


def is_version(number: object) -> Callable[[Event], bool]:
    return lambda e: e.name == "version" and e.data["number"] == number


def test_stream_speaks_server_sent_events(live: LiveWorld) -> None:
    stream = live.stream("member")
    try:
        assert stream.status == 200
        assert stream.response_headers["content-type"].startswith("text/event-stream")
        assert stream.response_headers["cache-control"] == "no-store"
        assert stream.response_headers["x-accel-buffering"] == "no"
        ready = stream.events[0]
        assert ready.name == "ready"
        assert ready.data["document_id"] == live.document_id
        assert ready.data["status"] == "drafting"
        stream.wait_keepalives(2)
    finally:
        stream.close()


def test_a_new_version_arrives_after_its_commit(live: LiveWorld) -> None:
    stream = live.stream("delegate_a")
    try:
        saved = save(live, "member", live.section_id, "We very warmly [welcome] the consortium.")
        event = stream.wait_for(is_version(saved["number"]))
        # When the event is out, the version is stored for everyone to read.
        with live.api("delegate_a") as api:
            stored = api.get(f"/sections/{live.section_id}/versions/{saved['number']}")
        assert stored.status_code == 200
        assert event.data["section_id"] == live.section_id
        assert event.data["content_hash"] == stored.json()["content_hash"]
        assert event.data["merged"] is False
        assert event.data["author"] == {"id": live.user_ids["member"], "name": "Member"}
        assert event.id is not None and seq_of(event, live.document_id) > 0
    finally:
        stream.close()


def test_refused_writes_publish_nothing(live: LiveWorld) -> None:
    stream = live.stream("chair")
    try:
        with live.api("member") as member, live.api("delegate_a") as delegate:
            current = head(live, "member", live.other_section_id)
            refused = [
                # not a drafter
                delegate.post(
                    f"/sections/{live.other_section_id}/versions",
                    json={"text": "Refused A.", "base_version": current},
                ),
                # no such base version
                member.post(
                    f"/sections/{live.other_section_id}/versions",
                    json={"text": "Refused B.", "base_version": current + 5},
                ),
                # a reply cannot be resolved; an empty comment is refused
                member.post(f"/sections/{live.other_section_id}/comments", json={"body": " "}),
            ]
            assert [r.status_code for r in refused] == [403, 422, 422]
            accepted = member.post(
                f"/sections/{live.other_section_id}/versions",
                json={"text": "Civil society leads us all.", "base_version": current},
            )
            assert accepted.status_code == 201
        stream.wait_for(is_version(accepted.json()["number"]))
        changes = [e for e in stream.events if e.id is not None]
        assert [e.data.get("number") for e in changes] == [accepted.json()["number"]]
        assert "Refused" not in stream.text()
    finally:
        stream.close()


def test_sections_comments_amendments_approvals_and_revisions_are_published(
    live: LiveWorld,
) -> None:
    stream = live.stream("head_a")
    try:
        with live.api("chair") as chair, live.api("head_a") as head_a:
            inserted = chair.post(
                f"/documents/{live.document_id}/sections",
                json={"text": "A new paragraph.", "after": live.section_id},
            ).json()["id"]
            assert chair.patch(f"/sections/{inserted}", json={"after": None}).status_code == 200
            assert chair.delete(f"/sections/{inserted}").status_code == 204
            number = head(live, "chair", live.section_id)
            comment = head_a.post(
                f"/sections/{live.section_id}/comments",
                json={"body": "Good.", "version": number, "anchor": {"quote": "consortium"}},
            ).json()["id"]
            assert head_a.patch(f"/comments/{comment}", json={"body": "Fine."}).status_code == 200
            assert (
                chair.post(f"/comments/{comment}/resolve", json={"resolved": True}).status_code
                == 200
            )
            amendment = head_a.post(
                f"/sections/{live.section_id}/amendments",
                json={"text": "We welcome it.", "base_version": number, "rationale": "Short."},
            ).json()["id"]
            assert (
                chair.post(f"/amendments/{amendment}/reject", json={"reason": "No."}).status_code
                == 200
            )
            position = {"version": number, "decision": "ad_referendum"}
            mine = f"/sections/{live.section_id}/approvals/mine"
            assert head_a.put(mine, json=position).status_code == 200
            assert head_a.put(mine, json=position | {"decision": "approve"}).status_code == 200
            assert head_a.delete(mine).status_code == 200
            assert chair.post(f"/documents/{live.document_id}/revisions", json={}).status_code
        stream.wait_for(lambda e: e.name == "lifecycle" and e.data["action"] == "revision_created")

        def of(name: str, key: str, value: object) -> list[Event]:
            return [e for e in stream.named(name) if e.data[key] == value]

        assert [e.data["action"] for e in of("section", "section_id", inserted)] == [
            "inserted",
            "moved",
            "retired",
        ]
        assert [e.data["action"] for e in of("comment", "comment_id", comment)] == [
            "created",
            "edited",
            "resolved",
        ]
        assert [e.data["action"] for e in of("amendment", "amendment_id", amendment)] == [
            "proposed",
            "rejected",
        ]
        positions = [e for e in stream.named("approval") if e.data["section_id"] == live.section_id]
        assert [(e.data["action"], e.data["decision"]) for e in positions[-3:]] == [
            ("set", "ad_referendum"),
            ("confirmed", "approve"),
            ("withdrawn", "approve"),
        ]
        assert positions[-1].data["delegation"]["code"] == "AAA"
        assert positions[-1].data["actor"]["name"] == "Head A"
        ids = [seq_of(e, live.document_id) for e in stream.events if e.id is not None]
        assert ids == sorted(ids) and len(set(ids)) == len(ids)
    finally:
        stream.close()


def test_two_subscribers_both_get_every_event(live: LiveWorld) -> None:
    first, second = live.stream("chair"), live.stream("chair")
    try:
        saved = save(live, "chair", live.section_id, "We [welcome] the consortium, twice.")
        for stream in (first, second):
            stream.wait_for(is_version(saved["number"]))
    finally:
        first.close()
        second.close()


def test_presence_is_listed_and_expires(live: LiveWorld) -> None:
    stream = live.stream("chair")
    try:
        with live.api("member") as member:
            answer = member.post(
                f"/documents/{live.document_id}/presence",
                json={"section_id": live.section_id, "state": "editing"},
            )
        assert answer.status_code == 204
        here = stream.wait_for(lambda e: e.name == "presence" and bool(e.data["people"]))
        assert here.data["people"] == [
            {
                "user": {"id": live.user_ids["member"], "name": "Member"},
                "delegation": here.data["people"][0]["delegation"],
                "section_id": live.section_id,
                "state": "editing",
            }
        ]
        announced = time.monotonic()
        gone = stream.wait_for(
            lambda e: e.name == "presence" and not e.data["people"],
            timeout=10,
            after=stream.events.index(here),
        )
        assert gone.data["people"] == []
        assert time.monotonic() - announced >= 1.0  # 1.5 s without renewal, not at once
    finally:
        stream.close()


@pytest.fixture(scope="module")
def lasting(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveWorld]:
    """A server whose presence outlasts any wait here: only a closed stream can end it."""
    yield from live_world_in(
        tmp_path_factory.mktemp("lasting"), env={"CONCORD_LIVE_PRESENCE_SECONDS": "600"}
    )


def test_presence_of_a_person_leaves_with_their_last_stream(lasting: LiveWorld) -> None:
    watcher = lasting.stream("chair")
    mine = lasting.stream("delegate_a")
    try:
        with lasting.api("delegate_a") as api:
            response = api.post(f"/documents/{lasting.document_id}/presence", json={})
            assert response.status_code == 204
        watcher.wait_for(
            lambda e: (
                e.name == "presence"
                and [p["user"]["name"] for p in e.data["people"]] == ["Delegate A"]
            )
        )
        seen = len(watcher.events)
        mine.close()
        # Presence lasts 600 s on this server, so the person's leaving comes from the closed stream.
        watcher.wait_for(lambda e: e.name == "presence" and not e.data["people"], after=seen)
    finally:
        watcher.close()
        mine.close()


def test_presence_needs_a_section_of_the_document(live: LiveWorld) -> None:
    with live.api("chair") as api:
        answer = api.post(f"/documents/{live.document_id}/presence", json={"section_id": 999_999})
        wrong_state = api.post(f"/documents/{live.document_id}/presence", json={"state": "typing"})
    assert answer.status_code == 404
    assert wrong_state.status_code == 422


def test_a_revoked_token_ends_the_stream(live: LiveWorld) -> None:
    with live.api("delegate_a") as api:
        made = api.post("/auth/tokens", json={"name": "short-lived"}).json()
    headers = {"Authorization": f"Bearer {made['token']}"}
    from tests.live.sse import Stream

    stream = Stream(f"{live.url}/api/v1/documents/{live.document_id}/events", headers).start()
    try:
        with live.api("delegate_a") as api:
            assert api.delete(f"/auth/tokens/{made['id']}").status_code == 204
        end = stream.wait_for(lambda e: e.name == "end")
        assert end.data == {"reason": "session_expired"}
    finally:
        stream.close()


def test_invisible_document_and_anonymous_get_no_stream(live: LiveWorld) -> None:
    import httpx2 as httpx

    url = f"{live.url}/api/v1/documents/{live.document_id}/events"
    outsider = httpx.get(url, headers=live.headers("delegate_b"), timeout=10)
    anonymous = httpx.get(url, timeout=10)
    assert outsider.status_code == 404
    assert outsider.json()["error"]["code"] == "document_not_found"
    assert anonymous.status_code == 401


def test_a_new_translation_is_told_with_its_translator_unnamed_where_hidden(
    live: LiveWorld,
) -> None:
    """The unannounced envoy translates into Arabic (tests/translation/world.py): the translation
    screen hears of it; those who may not know the envoy's delegation hear of it unnamed."""
    secretariat, delegate = live.stream("secretariat"), live.stream("delegate_a")
    try:
        with live.api("unannounced") as api:
            source = head(live, "unannounced", live.section_id)
            translation = api.get(f"/sections/{live.section_id}/translations/ar").json()
            saved = api.post(
                f"/sections/{live.section_id}/translations/ar",
                json={
                    "text": "نرحب ترحيبا حارا بالائتلاف.",
                    "source_version": source,
                    "base_version": translation["translation"]["number"],
                },
            )
        assert saved.status_code == 201, saved.text
        number = saved.json()["number"]

        def is_new(e: Event) -> bool:
            return e.name == "translation" and e.data["number"] == number

        told = secretariat.wait_for(is_new)
        hidden = delegate.wait_for(is_new)
        assert told.data["language"] == hidden.data["language"] == "ar"
        assert told.data["section_id"] == live.section_id
        assert told.data["source_version"] == source
        assert told.data["content_hash"] == saved.json()["content_hash"]
        assert told.data["author"]["id"] == live.user_ids["unannounced"]
        assert hidden.data["author"]["id"] is None
        assert hidden.data["delegation"] is None
    finally:
        secretariat.close()
        delegate.close()
