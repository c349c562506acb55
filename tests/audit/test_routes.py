"""`GET /api/v1/audit`: the secretariat reads the log, newest first, filtered and paged."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from concord.audit import service as audit
from concord.audit.actions import KIND_OF, Action
from concord.audit.keys import get_keyring
from concord.audit.models import AuditEvent
from concord.core.clock import set_clock
from concord.drafting import service as drafting
from concord.drafting.models import DocumentKind, SectionKind
from concord.drafting.schemas import DocumentCreate, SectionCreate
from concord.identity import auth
from concord.identity.access import viewer_for
from concord.identity.models import User
from concord.main import API_PREFIX
from tests import factories

T0 = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


@pytest.fixture
def officer(session: Session) -> User:
    return factories.make_user(session, secretariat=True, name="Secretariat Officer")


@pytest.fixture
def secretariat(client: TestClient, session: Session, officer: User) -> TestClient:
    client.headers["Authorization"] = f"Bearer {factories.make_token(session, officer)}"
    return client


@pytest.fixture
def log(session: Session, officer: User, user: User) -> Iterator[list[AuditEvent]]:
    """Five `gadget` events, one hour apart from T0, alternating two actors."""
    times = iter([T0 + timedelta(hours=h) for h in range(5)])
    set_clock(lambda: next(times))
    try:
        yield [
            audit.record(
                session,
                actor_id=(officer if n % 2 else user).id,
                action="gadget.create" if n < 3 else "gadget.delete",
                object_type="gadget",
                object_id=n % 2,
                payload={"n": n},
            )
            for n in range(5)
        ]
    finally:
        set_clock(None)


def get(client: TestClient, **params: Any) -> dict[str, Any]:
    response = client.get(f"{API_PREFIX}/audit", params={"object_type": "gadget", **params})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def ns(body: dict[str, Any]) -> list[int]:
    return [item["payload"]["n"] for item in body["items"]]


def test_non_secretariat_is_refused(api: TestClient) -> None:
    response = api.get(f"{API_PREFIX}/audit")
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "secretariat_only"


def test_anonymous_is_refused(client: TestClient) -> None:
    response = client.get(f"{API_PREFIX}/audit")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthenticated"


def test_lists_newest_first_with_actor_and_chain(
    secretariat: TestClient, log: list[AuditEvent], officer: User
) -> None:
    body = get(secretariat)
    assert ns(body) == [4, 3, 2, 1, 0]
    newest = body["items"][0]
    assert newest["seq"] == log[-1].seq and newest["hash"] == log[-1].hash
    assert newest["prev_hash"] == log[-2].hash
    assert newest["key_id"] == log[-1].key_id == get_keyring().current.id
    assert newest["action"] == "gadget.delete" and newest["object_id"] == "0"
    assert datetime.fromisoformat(newest["at"]) == T0 + timedelta(hours=4)
    assert body["items"][1]["actor"] == {"id": officer.id, "name": "Secretariat Officer"}
    assert body["next_offset"] is None


def test_filters_by_action(secretariat: TestClient, log: list[AuditEvent]) -> None:
    assert ns(get(secretariat, action="gadget.delete")) == [4, 3]


def test_filters_by_object(secretariat: TestClient, log: list[AuditEvent]) -> None:
    assert ns(get(secretariat, object_id="1")) == [3, 1]


def test_filters_by_actor(secretariat: TestClient, log: list[AuditEvent], officer: User) -> None:
    assert ns(get(secretariat, actor_id=officer.id)) == [3, 1]


def test_filters_by_time_since_inclusive_until_exclusive(
    secretariat: TestClient, log: list[AuditEvent]
) -> None:
    since = "2026-11-29T10:00:00Z"  # T0 + 1 h
    until = "2026-11-29T14:00:00+02:00"  # T0 + 3 h, written in another zone
    assert ns(get(secretariat, since=since, until=until)) == [2, 1]


def test_pages_follow_next_offset(secretariat: TestClient, log: list[AuditEvent]) -> None:
    seen: list[int] = []
    offset: int | None = 0
    pages = 0
    while offset is not None:
        body = get(secretariat, limit=2, offset=offset)
        assert len(body["items"]) <= 2
        seen += ns(body)
        offset = body["next_offset"]
        pages += 1
    assert seen == [4, 3, 2, 1, 0] and pages == 3


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 0},
        {"limit": 201},
        {"offset": -1},
        {"actor_id": 0},
        {"since": "2026-11-29T10:00:00"},  # no time zone: ambiguous
        {"until": "9999-12-31T23:59:59-23:00"},  # beyond the last representable UTC instant
        {"since": "0001-01-01T00:00:00+14:00"},  # before the first representable UTC instant
        {"action": "a" * 65},
        {"object_id": "a\x00b"},  # PostgreSQL cannot compare with a NUL
        {"actor": 1},  # a misspelt filter is an error, not "no filter"
        {"kind": "logins"},
        {"before": 0},
    ],
)
def test_bad_query_is_a_422(secretariat: TestClient, params: dict[str, Any]) -> None:
    response = secretariat.get(f"{API_PREFIX}/audit", params=params)
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == "validation_error"


def test_pages_follow_next_before(secretariat: TestClient, log: list[AuditEvent]) -> None:
    seen: list[int] = []
    params: dict[str, Any] = {"limit": 2}
    while True:
        body = get(secretariat, **params)
        seen += ns(body)
        if body["next_before"] is None:
            break
        params["before"] = body["next_before"]
    assert seen == [4, 3, 2, 1, 0]


@pytest.fixture
def negotiation(session: Session, officer: User) -> dict[str, Any]:
    """A sign-in, a document with a paragraph saved twice, a comment on it, a new delegation."""
    auth.signed_in(session, officer, "192.0.2.7", method="password")
    viewer = viewer_for(session, officer)
    document = drafting.create_document(
        session, viewer, DocumentCreate(title="Shared Principles", kind=DocumentKind.statement)
    )
    section, _ = drafting.create_section(
        session,
        viewer,
        document,
        SectionCreate(text="Peace is built together.", kind=SectionKind.paragraph),
        append=True,
    )
    delegation = factories.make_delegation(session, name="Republic of Example")
    return {"document": document, "section": section, "delegation": delegation}


def by_action(body: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {item["action"]: item for item in body["items"]}


def test_events_name_what_they_are_about(
    secretariat: TestClient, negotiation: dict[str, Any]
) -> None:
    document, section = negotiation["document"], negotiation["section"]
    items = by_action(secretariat.get(f"{API_PREFIX}/audit").json())
    assert items["document.create"]["document"] == {"id": document.id, "title": "Shared Principles"}
    created = items["section.create"]
    assert created["section_id"] == section.id and created["document"]["id"] == document.id
    assert created["paragraph"] == 1
    assert created["kind"] == "edits"
    assert items["delegation.create"]["subject"] == "Republic of Example"
    assert items["delegation.create"]["kind"] == "people"


def test_paragraphs_are_numbered_as_the_document_numbers_them_today(
    secretariat: TestClient, session: Session, officer: User, negotiation: dict[str, Any]
) -> None:
    viewer = viewer_for(session, officer)
    document, first = negotiation["document"], negotiation["section"]
    heading, _ = drafting.create_section(
        session, viewer, document, SectionCreate(text="Aims", kind=SectionKind.heading), append=True
    )
    second, _ = drafting.create_section(
        session, viewer, document, SectionCreate(text="Second."), append=True
    )
    third, _ = drafting.create_section(
        session, viewer, document, SectionCreate(text="Third."), append=True
    )
    drafting.retire_section(session, viewer, document, second)
    session.commit()
    created = {
        item["section_id"]: item["paragraph"]
        for item in secretariat.get(f"{API_PREFIX}/audit", params={"limit": 100}).json()["items"]
        if item["action"] == "section.create"
    }
    # The heading is unnumbered, the retired paragraph has no number, the third is now 2.
    assert created == {first.id: 1, heading.id: None, second.id: None, third.id: 2}


def test_sign_ins_are_left_out_unless_asked_for(
    secretariat: TestClient, negotiation: dict[str, Any]
) -> None:
    plain = secretariat.get(f"{API_PREFIX}/audit").json()
    assert "auth.login" not in by_action(plain)
    for asked in ({"sign_ins": True}, {"kind": "sign_ins"}, {"action": "auth.login"}):
        body = secretariat.get(f"{API_PREFIX}/audit", params=asked).json()
        assert "auth.login" in by_action(body), asked


def test_filters_by_kind(secretariat: TestClient, negotiation: dict[str, Any]) -> None:
    body = secretariat.get(f"{API_PREFIX}/audit", params={"kind": "edits"}).json()
    assert {item["action"] for item in body["items"]} == {"document.create", "section.create"}
    assert {item["kind"] for item in body["items"]} == {"edits"}


def test_every_action_has_a_kind() -> None:
    assert set(KIND_OF) == set(Action)
