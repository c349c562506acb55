"""Sections: stable identity, insert anywhere, move, retire with history, numbering."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlmodel import Session

from concord.drafting.models import DocumentStatus
from concord.identity.models import User
from tests import factories


def doc(api: TestClient, document_id: int | None) -> dict[str, Any]:
    response = api.get(f"/api/v1/documents/{document_id}")
    assert response.status_code == 200
    return dict(response.json())


def add(api: TestClient, document_id: int | None, text: str, **extra: Any) -> dict[str, Any]:
    response = api.post(f"/api/v1/documents/{document_id}/sections", json={"text": text, **extra})
    assert response.status_code == 201, response.text
    return dict(response.json())


def test_paragraph_keeps_its_identity_when_one_is_inserted_before_it(
    api: TestClient, session: Session, user: User
) -> None:
    document = factories.make_document(session, author=user, sections=20)
    before = doc(api, document.id)["sections"]
    para17 = before[16]
    assert para17["number"] == 17
    add(api, document.id, "A new paragraph 3.", after=before[1]["id"])
    after = {s["id"]: s for s in doc(api, document.id)["sections"]}
    assert after[para17["id"]]["number"] == 18
    assert after[para17["id"]]["current"]["text"] == para17["current"]["text"]


def test_headings_are_unnumbered_and_keep_their_level(
    api: TestClient, session: Session, user: User
) -> None:
    document = factories.make_document(session, author=user, sections=0)
    add(api, document.id, "Preamble", kind="heading", level=2)
    add(api, document.id, "First.")
    sections = doc(api, document.id)["sections"]
    assert [(s["kind"], s["level"], s["number"]) for s in sections] == [
        ("heading", 2, None),
        ("paragraph", None, 1),
    ]


def test_insert_first_with_after_null(api: TestClient, session: Session, user: User) -> None:
    document = factories.make_document(session, author=user, sections=2)
    new = add(api, document.id, "Opening words.", after=None)
    assert doc(api, document.id)["sections"][0]["id"] == new["id"]


def test_after_a_section_of_another_document_is_refused(
    api: TestClient, session: Session, user: User
) -> None:
    mine = factories.make_document(session, author=user, sections=1)
    other = factories.make_document(session, author=user, sections=1)
    foreign = doc(api, other.id)["sections"][0]["id"]
    response = api.post(
        f"/api/v1/documents/{mine.id}/sections", json={"text": "x", "after": foreign}
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_position"
    assert len(doc(api, mine.id)["sections"]) == 1


def test_paragraph_with_a_level_is_refused(api: TestClient, session: Session, user: User) -> None:
    document = factories.make_document(session, author=user, sections=0)
    response = api.post(
        f"/api/v1/documents/{document.id}/sections",
        json={"text": "x", "kind": "paragraph", "level": 2},
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_level"


def test_move_changes_order_and_numbers_not_identity(
    api: TestClient, session: Session, user: User
) -> None:
    document = factories.make_document(session, author=user, sections=3)
    a, b, c = (s["id"] for s in doc(api, document.id)["sections"])
    moved = api.patch(f"/api/v1/sections/{c}", json={"after": None})
    assert moved.status_code == 200
    assert moved.json()["number"] == 1
    assert [s["id"] for s in doc(api, document.id)["sections"]] == [c, a, b]
    api.patch(f"/api/v1/sections/{c}", json={"after": b})
    assert [s["id"] for s in doc(api, document.id)["sections"]] == [a, b, c]


def test_move_after_itself_is_refused(api: TestClient, session: Session, user: User) -> None:
    document = factories.make_document(session, author=user, sections=2)
    a, b = (s["id"] for s in doc(api, document.id)["sections"])
    response = api.patch(f"/api/v1/sections/{a}", json={"after": a})
    assert response.status_code == 422
    assert [s["id"] for s in doc(api, document.id)["sections"]] == [a, b]


def test_empty_patch_is_refused(api: TestClient, session: Session, user: User) -> None:
    document = factories.make_document(session, author=user, sections=1)
    section = doc(api, document.id)["sections"][0]["id"]
    response = api.patch(f"/api/v1/sections/{section}", json={})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "empty_update"


def test_heading_can_become_a_paragraph(api: TestClient, session: Session, user: User) -> None:
    document = factories.make_document(session, author=user, sections=0)
    heading = add(api, document.id, "Title", kind="heading", level=1)
    response = api.patch(f"/api/v1/sections/{heading['id']}", json={"kind": "paragraph"})
    assert response.status_code == 200
    assert (response.json()["kind"], response.json()["level"], response.json()["number"]) == (
        "paragraph",
        None,
        1,
    )


def test_retired_section_leaves_the_text_but_keeps_its_history(
    api: TestClient, session: Session, user: User
) -> None:
    document = factories.make_document(session, author=user, sections=3)
    a, b, c = (s["id"] for s in doc(api, document.id)["sections"])
    assert api.delete(f"/api/v1/sections/{b}").status_code == 204
    sections = doc(api, document.id)["sections"]
    assert [(s["id"], s["number"]) for s in sections] == [(a, 1), (c, 2)]
    retired = api.get(f"/api/v1/sections/{b}").json()
    assert retired["retired"] is True
    assert retired["position"] is None
    assert len(api.get(f"/api/v1/sections/{b}/versions").json()) == 1


def test_retired_section_refuses_new_versions_and_a_second_retirement(
    api: TestClient, session: Session, user: User
) -> None:
    document = factories.make_document(session, author=user, sections=1)
    section = doc(api, document.id)["sections"][0]["id"]
    api.delete(f"/api/v1/sections/{section}")
    response = api.post(
        f"/api/v1/sections/{section}/versions", json={"text": "new", "base_version": 1}
    )
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "section_retired"
    assert api.delete(f"/api/v1/sections/{section}").status_code == 409
    assert len(api.get(f"/api/v1/sections/{section}/versions").json()) == 1


def test_frozen_document_refuses_every_edit(api: TestClient, session: Session, user: User) -> None:
    document = factories.make_document(session, author=user, sections=1)
    section = doc(api, document.id)["sections"][0]["id"]
    document.status = DocumentStatus.circulated
    session.add(document)
    session.flush()
    attempts = [
        api.post(f"/api/v1/documents/{document.id}/sections", json={"text": "x"}),
        api.post(f"/api/v1/sections/{section}/versions", json={"text": "y", "base_version": 1}),
        api.patch(f"/api/v1/sections/{section}", json={"after": None}),
        api.delete(f"/api/v1/sections/{section}"),
        api.patch(f"/api/v1/documents/{document.id}", json={"title": "T"}),
    ]
    assert [r.status_code for r in attempts] == [409] * 5
    assert {r.json()["error"]["code"] for r in attempts} == {"document_frozen"}
    body = doc(api, document.id)
    assert len(body["sections"]) == 1
    assert body["sections"][0]["current"]["number"] == 1
