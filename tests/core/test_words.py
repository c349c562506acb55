"""Refusals in the reader's language (core/words.py): the words change, the codes do not."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlmodel import Session

from concord.core import words
from tests import factories


def test_a_refusal_is_worded_in_french_when_the_reader_asks_for_french(
    client: TestClient, session: Session
) -> None:
    person = factories.make_user(session)
    api = factories.client_as(client.app, session, person)  # type: ignore[arg-type]
    english = api.get("/api/v1/documents/999999")
    french = api.get(
        "/api/v1/documents/999999", headers={"Accept-Language": "fr-CH, fr;q=0.9, en;q=0.5"}
    )
    assert english.status_code == french.status_code == 404
    assert french.json()["error"]["code"] == english.json()["error"]["code"] == "document_not_found"
    assert french.json()["error"]["message"] == (
        "Ce document n’existe pas, ou vous n’êtes pas autorisé à le consulter."
    )
    assert french.headers["Content-Language"] == "fr"
    assert "Content-Language" not in english.headers


def test_a_malformed_request_is_refused_in_arabic(client: TestClient) -> None:
    refused = client.post("/api/v1/auth/login", json={}, headers={"Accept-Language": "ar"})
    assert refused.status_code == 422
    error = refused.json()["error"]
    assert error["code"] == "validation_error" and error["details"]["field"]
    assert "Content-Language" not in refused.headers  # no words for this code: English kept


def test_the_language_is_the_readers_first_choice_concord_speaks() -> None:
    assert words.negotiate("he-IL,he;q=0.9,en;q=0.8") == "he"
    assert words.negotiate("en-GB, fr;q=0.8") is None  # English first
    assert words.negotiate("de, ar;q=0.5, fr;q=0.4") == "ar"  # German unknown; then by quality
    assert words.negotiate("fr;q=0, ar;q=0.1") == "ar"  # q=0 means "not this"
    assert words.negotiate(None) is None and words.negotiate("x;q=abc") is None


def test_every_code_the_web_app_words_is_worded_for_the_server_in_each_language() -> None:
    catalogue = words.catalogue()
    assert set(catalogue) == set(words.LANGUAGES)
    assert catalogue["fr"].keys() == catalogue["ar"].keys() == catalogue["he"].keys()
    assert "document_not_found" in catalogue["he"]
