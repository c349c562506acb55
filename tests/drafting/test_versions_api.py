"""Versions: immutable, numbered without gaps, merged when disjoint, refused when overlapping."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from concord.identity.models import User
from tests import factories

BASE = "The consortium shall support civil society in Gaza and the West Bank."


@pytest.fixture
def section_id(api: TestClient, session: Session, user: User) -> int:
    document = factories.make_document(session, author=user, sections=0)
    response = api.post(f"/api/v1/documents/{document.id}/sections", json={"text": BASE})
    return int(response.json()["id"])


def save(api: TestClient, section_id: int, text: str, base: int) -> Any:
    return api.post(
        f"/api/v1/sections/{section_id}/versions", json={"text": text, "base_version": base}
    )


def history(api: TestClient, section_id: int) -> list[dict[str, Any]]:
    return list(api.get(f"/api/v1/sections/{section_id}/versions").json())


def test_saving_on_the_head_appends_the_next_number(
    api: TestClient, section_id: int, user: User
) -> None:
    response = save(api, section_id, BASE.replace("support", "fund"), 1)
    assert response.status_code == 201
    body = response.json()
    assert (body["number"], body["base_version"], body["merged"], body["created"]) == (
        2,
        1,
        False,
        True,
    )
    assert body["author"] == {"id": user.id, "name": user.name}
    assert body["delegation"]["id"] == user.delegation_id
    assert [v["number"] for v in history(api, section_id)] == [1, 2]


def test_content_hash_is_sha256_of_the_nfc_text(api: TestClient, section_id: int) -> None:
    decomposed = "Cafe\u0301 society"
    body = save(api, section_id, decomposed, 1).json()
    nfc = unicodedata.normalize("NFC", decomposed)
    assert body["text"] == nfc
    assert body["content_hash"] == hashlib.sha256(nfc.encode()).hexdigest()


def test_earlier_versions_stay_readable_and_unchanged(api: TestClient, section_id: int) -> None:
    first = api.get(f"/api/v1/sections/{section_id}/versions/1").json()
    save(api, section_id, "Rewritten entirely.", 1)
    assert api.get(f"/api/v1/sections/{section_id}/versions/1").json() == first
    assert api.get(f"/api/v1/sections/{section_id}/versions/9").status_code == 404


def test_disjoint_edit_on_a_stale_base_is_merged_and_says_so(
    api: TestClient, section_id: int
) -> None:
    save(api, section_id, BASE.replace("shall support", "shall actively support"), 1)
    response = save(
        api, section_id, BASE.replace("West Bank", "West Bank, including East Jerusalem"), 1
    )
    assert response.status_code == 201
    body = response.json()
    assert body["merged"] is True
    assert body["number"] == 3
    assert body["text"] == (
        "The consortium shall actively support civil society in Gaza and the West Bank, "
        "including East Jerusalem."
    )


def test_overlapping_edit_is_409_with_all_three_texts_and_nothing_written(
    api: TestClient, section_id: int
) -> None:
    save(api, section_id, BASE.replace("shall support", "should support"), 1)
    proposed = BASE.replace("shall support", "must support")
    response = save(api, section_id, proposed, 1)
    assert response.status_code == 409
    error = response.json()["error"]
    assert error["code"] == "edit_conflict"
    assert error["details"]["base"] == BASE
    assert error["details"]["current"] == BASE.replace("shall support", "should support")
    assert error["details"]["proposed"] == proposed
    assert error["details"]["conflicts"]
    assert (error["details"]["base_version"], error["details"]["current_version"]) == (1, 2)
    assert [v["number"] for v in history(api, section_id)] == [1, 2]


def test_saving_the_current_text_again_creates_nothing(api: TestClient, section_id: int) -> None:
    response = save(api, section_id, BASE, 1)
    assert response.status_code == 200
    assert (response.json()["number"], response.json()["created"]) == (1, False)
    assert len(history(api, section_id)) == 1


def test_unknown_base_version_is_422(api: TestClient, section_id: int) -> None:
    response = save(api, section_id, "x", 5)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "unknown_base_version"
    assert response.json()["error"]["details"]["field"] == "base_version"
    assert len(history(api, section_id)) == 1


def test_missing_base_version_is_422(api: TestClient, section_id: int) -> None:
    response = api.post(f"/api/v1/sections/{section_id}/versions", json={"text": "x"})
    assert response.status_code == 422
    assert response.json()["error"]["details"]["field"] == "base_version"


@pytest.mark.parametrize(
    ("text", "position", "codepoint"),
    [
        ("abc\u0000def", 3, "U+0000"),
        ("vertical\u000btab", 8, "U+000B"),
        ("trojan \u202eevil", 7, "U+202E"),
        ("embed \u202bx", 6, "U+202B"),
        ("nonchar \uffff", 8, "U+FFFF"),
        ("lone \ud800 surrogate", 5, "U+D800"),
    ],
)
def test_hostile_characters_are_refused_with_their_position(
    api: TestClient, section_id: int, text: str, position: int, codepoint: str
) -> None:
    # JSON escapes (\u0000, \ud800) carry every hostile character, lone surrogates included.
    body = json.dumps({"text": text, "base_version": 1})
    response = api.post(
        f"/api/v1/sections/{section_id}/versions",
        content=body.encode(),
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert error["code"] == "invalid_text"
    assert (error["details"]["position"], error["details"]["codepoint"]) == (position, codepoint)
    assert len(history(api, section_id)) == 1


def test_balanced_isolates_and_marks_are_allowed(api: TestClient, section_id: int) -> None:
    text = "The term \u2067سلام\u2069 means peace.\u200f"
    assert save(api, section_id, text, 1).status_code == 201


def test_oversized_section_is_413_and_nothing_changes(api: TestClient, section_id: int) -> None:
    response = save(api, section_id, "word " * 50_000, 1)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "text_too_large"
    assert len(history(api, section_id)) == 1


def test_oversized_request_body_is_413(api: TestClient, section_id: int) -> None:
    response = save(api, section_id, "x" * 2_000_000, 1)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "request_too_large"


def test_malformed_json_is_422(api: TestClient, section_id: int) -> None:
    response = api.post(
        f"/api/v1/sections/{section_id}/versions",
        content=b'{"text": ',
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "validation_error"


def test_word_diff_between_two_versions(api: TestClient, section_id: int) -> None:
    save(api, section_id, BASE.replace("shall", "should"), 1)
    response = api.get(f"/api/v1/sections/{section_id}/diff", params={"from": 1, "to": 2})
    assert response.status_code == 200
    ops = response.json()["diff"]
    assert [-1, "shall"] in ops
    assert [1, "should"] in ops
    assert "".join(t for op, t in ops if op != 1) == BASE


def test_diff_of_unknown_version_is_404(api: TestClient, section_id: int) -> None:
    response = api.get(f"/api/v1/sections/{section_id}/diff", params={"from": 1, "to": 7})
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "version_not_found"


def test_arabic_word_change_diffs_as_that_word(
    api: TestClient, session: Session, user: User
) -> None:
    document = factories.make_document(session, author=user, sections=0)
    old = "نؤكد أن السلام العادل يقوم على الكرامة المتساوية للشعبين."
    new = old.replace("العادل", "الدائم")
    section = api.post(f"/api/v1/documents/{document.id}/sections", json={"text": old}).json()["id"]
    save(api, section, new, 1)
    ops = api.get(f"/api/v1/sections/{section}/diff", params={"from": 1, "to": 2}).json()["diff"]
    assert [op for op in ops if op[0] != 0] == [[-1, "العادل"], [1, "الدائم"]]
