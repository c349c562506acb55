"""Documents over the API: creating, reading, renaming, and what bad input gets."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import func
from sqlmodel import Session, select

from concord.drafting.models import Document, DocumentParty
from concord.identity import service as identity
from concord.identity.models import User
from tests import factories


def count(session: Session, model: type) -> int:
    return int(session.exec(select(func.count()).select_from(model)).one())


def test_created_document_starts_in_drafting_with_its_parties(
    secretariat_api: TestClient, session: Session
) -> None:
    a, b = factories.make_delegation(session), factories.make_delegation(session)
    response = secretariat_api.post(
        "/api/v1/documents",
        json={"title": "Inaugural summit statement", "kind": "statement", "parties": [a.id, b.id]},
    )
    assert response.status_code == 201
    body = response.json()
    assert body["status"] == "drafting"
    assert body["kind"] == "statement"
    assert [p["code"] for p in body["parties"]] == sorted([a.code, b.code])
    assert body["sections"] == []


def test_unknown_party_is_refused_and_nothing_is_created(
    secretariat_api: TestClient, session: Session
) -> None:
    before = count(session, Document)
    response = secretariat_api.post("/api/v1/documents", json={"title": "X", "parties": [999_999]})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "unknown_delegation"
    assert response.json()["error"]["details"]["ids"] == [999_999]
    assert count(session, Document) == before
    assert count(session, DocumentParty) == 0


def test_blank_title_and_unknown_kind_are_422_naming_the_field(secretariat_api: TestClient) -> None:
    api = secretariat_api
    blank = api.post("/api/v1/documents", json={"title": "   "})
    assert blank.status_code == 422
    assert factories.error_of(blank) == {
        "code": "validation_error",
        "message": "Invalid input: title.",
        "details": blank.json()["error"]["details"],
    }
    assert blank.json()["error"]["details"]["field"] == "title"
    kind = api.post("/api/v1/documents", json={"title": "T", "kind": "treaty"})
    assert kind.status_code == 422
    assert kind.json()["error"]["details"]["field"] == "kind"


def test_title_with_control_character_is_refused_with_its_position(
    secretariat_api: TestClient, session: Session
) -> None:
    before = count(session, Document)
    response = secretariat_api.post("/api/v1/documents", json={"title": "Draft\u0007 one"})
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid_text"
    assert error["details"]["field"] == "title"
    assert error["details"]["position"] == 5
    assert count(session, Document) == before


def test_rename_while_drafting(api: TestClient, session: Session, user: User) -> None:
    document = factories.make_document(session, author=user, sections=1)
    response = api.patch(f"/api/v1/documents/{document.id}", json={"title": "Renamed"})
    assert response.status_code == 200
    assert api.get(f"/api/v1/documents/{document.id}").json()["title"] == "Renamed"


def test_list_pages_through_documents(secretariat_api: TestClient, session: Session) -> None:
    api = secretariat_api
    for _ in range(3):
        factories.make_document(session, sections=0)
    first = api.get("/api/v1/documents", params={"limit": 2}).json()
    rest = api.get("/api/v1/documents", params={"limit": 2, "offset": 2}).json()
    assert len(first) == 2
    assert {d["id"] for d in first}.isdisjoint({d["id"] for d in rest})


def test_unknown_document_is_404_with_code(api: TestClient) -> None:
    response = api.get("/api/v1/documents/424242")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "document_not_found"


def test_out_of_range_id_is_422_not_a_database_error(api: TestClient) -> None:
    response = api.get(f"/api/v1/documents/{2**63}")
    assert response.status_code == 422
    assert response.json()["error"]["details"]["field"] == "document_id"


def test_every_api_route_but_health_needs_a_token(client: TestClient) -> None:
    assert client.get("/api/v1/healthz").status_code == 200
    assert client.get("/healthz").status_code == 200
    for method, path in [
        ("GET", "/api/v1/documents"),
        ("POST", "/api/v1/documents"),
        ("GET", "/api/v1/auth/me"),
    ]:
        response = client.request(method, path, json={"title": "x"})
        assert response.status_code == 401, path
        assert response.json()["error"]["code"] == "unauthenticated"


def test_a_wrong_or_revoked_token_is_401(client: TestClient, session: Session) -> None:
    user = factories.make_user(session)
    token, secret = identity.create_token(session, user, "t")
    assert (
        client.get("/api/v1/auth/me", headers={"Authorization": "Bearer cnc_nope"}).status_code
        == 401
    )
    identity.revoke_token(session, token)
    session.flush()
    response = client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {secret}"})
    assert response.status_code == 401


def test_a_disabled_persons_token_is_401(client: TestClient, session: Session) -> None:
    user = factories.make_user(session)
    secret = factories.make_token(session, user)
    user.disabled = True
    session.add(user)
    session.flush()
    assert (
        client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {secret}"}).status_code
        == 401
    )


def test_me_names_the_person_and_delegation(api: TestClient, user: User) -> None:
    body = api.get("/api/v1/auth/me").json()
    assert body["id"] == user.id
    assert body["delegation"]["id"] == user.delegation_id
