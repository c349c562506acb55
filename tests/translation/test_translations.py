"""Translations of a document's sections: who translates, staleness when the source changes,
refusals that change nothing, and adoption waiting for the languages it requires."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from sqlmodel import Session

from concord.identity.models import DelegationKind
from concord.translation.models import Translation
from tests import factories
from tests.consensus.support import count
from tests.translation.conftest import AR, Statement


def test_editing_the_source_marks_exactly_its_translation_out_of_date(
    statement: Statement,
) -> None:
    for index, text in enumerate(AR):
        saved = statement.translate("translator", index, text, source=1, base=None)
        assert saved.status_code == 201, saved.text
        assert saved.json()["source_version"] == 1
    assert statement.status()["counts"] == {"current": 2, "out_of_date": 0, "missing": 0}

    statement.edit_source(0, "We warmly welcome the consortium.", 1)
    rows = statement.status()["sections"]
    assert [r["status"] for r in rows] == ["out_of_date", "current"]
    assert rows[0] | {"section_id": 0} == {
        "section_id": 0,
        "kind": "paragraph",
        "number": 1,
        "status": "out_of_date",
        "version": 1,
        "translated_source_version": 1,
        "source_version": 2,
        "text": AR[0],
        "html": f"<p>{AR[0]}</p>\n",
    }
    # The translator sees what changed in the source since the version translated.
    seen = statement.clients["translator"].get(
        f"/api/v1/sections/{statement.sections[0]}/translations/ar"
    )
    assert seen.status_code == 200
    body = seen.json()
    assert body["status"] == "out_of_date"
    assert body["translation"]["text"] == AR[0]
    assert [1, "warmly "] in body["source_diff"]
    assert body["language"]["direction"] == "rtl"

    # A translation from the current source clears it, and the history keeps both.
    fresh = "نرحب ترحيبا حارا بالائتلاف."
    saved = statement.translate("translator", 0, fresh, source=2, base=1)
    assert saved.status_code == 201, saved.text
    assert statement.status()["counts"] == {"current": 2, "out_of_date": 0, "missing": 0}
    history = statement.clients["head_a"].get(
        f"/api/v1/sections/{statement.sections[0]}/translations/ar/versions"
    )
    assert [(v["number"], v["source_version"]) for v in history.json()] == [(1, 1), (2, 2)]


def test_a_translation_of_an_old_source_version_is_refused(
    session: Session, statement: Statement
) -> None:
    statement.edit_source(0, "We warmly welcome the consortium.", 1)
    refused = statement.translate("translator", 0, AR[0], source=1, base=None)
    assert refused.status_code == 409
    error = refused.json()["error"]
    assert error["code"] == "translation_source_stale"
    assert error["details"]["current_source_version"] == 2
    assert count(session, Translation) == 0


def test_saved_over_another_translators_version_is_refused_not_merged(
    session: Session, statement: Statement
) -> None:
    assert statement.translate("translator", 0, AR[0], source=1, base=None).status_code == 201
    late = statement.translate("secretariat", 0, "نص آخر.", source=1, base=None)
    assert late.status_code == 409
    assert late.json()["error"]["code"] == "translation_conflict"
    assert late.json()["error"]["details"]["current_text"] == AR[0]
    assert count(session, Translation) == 1


def test_unchanged_is_no_new_version_and_confirming_after_a_change_is(
    statement: Statement,
) -> None:
    assert statement.translate("translator", 1, AR[1], source=1, base=None).status_code == 201
    again = statement.translate("translator", 1, AR[1], source=1, base=1)
    assert again.status_code == 200
    assert again.json()["created"] is False
    # A change to the source that needs no change to the translation: confirmed, current again.
    statement.edit_source(1, "Civil society leads!", 1)
    assert statement.status()["sections"][1]["status"] == "out_of_date"
    confirmed = statement.translate("translator", 1, AR[1], source=2, base=1)
    assert confirmed.status_code == 201
    assert statement.status()["sections"][1]["status"] == "current"


@pytest.mark.parametrize(
    ("role", "language", "status", "code"),
    [
        ("head_a", "ar", 403, "not_a_translator"),
        ("translator", "fr", 404, "language_not_in_document"),
        ("translator", "xx", 422, "unknown_language"),
        ("outsider", "ar", 404, "section_not_found"),
    ],
)
def test_who_may_translate_and_into_what(
    session: Session, statement: Statement, role: str, language: str, status: int, code: str
) -> None:
    response = statement.clients[role].post(
        f"/api/v1/sections/{statement.sections[0]}/translations/{language}",
        json={"text": "Texte.", "source_version": 1, "base_version": None},
    )
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] == code
    assert count(session, Translation) == 0


def test_the_secretariat_sets_languages_and_translators(
    app: FastAPI, session: Session, statement: Statement
) -> None:
    secretariat = statement.clients["secretariat"]
    languages = f"/api/v1/documents/{statement.document_id}/languages"
    negotiating = secretariat.put(f"{languages}/en", json={})
    assert negotiating.status_code == 409
    assert negotiating.json()["error"]["code"] == "negotiating_language"
    french = secretariat.put(f"{languages}/fr", json={"authentic": False})
    assert french.status_code == 201
    assert french.json()["required_for_adoption"] is False
    body = statement.clients["head_b"].get(languages).json()
    assert body["negotiating"] == {
        "language": "en",
        "name": "English",
        "native": "English",
        "direction": "ltr",
    }
    assert [(x["language"], x["authentic"]) for x in body["languages"]] == [
        ("ar", True),
        ("fr", False),
    ]
    assert [t["id"] for t in body["languages"][0]["translators"]] == [statement.translator_id]
    assert body["may_translate"] == []
    mine = statement.clients["translator"].get(languages).json()
    assert mine["may_translate"] == ["ar"]

    # Someone who may not read the document cannot be named; observers never write.
    observer = factories.make_user(
        session, delegation=factories.make_delegation(session, kind=DelegationKind.observer)
    )
    outsider = statement.clients["outsider"].get("/api/v1/auth/me").json()["id"]
    for user_id in (outsider, observer.id):
        refused = secretariat.post(f"{languages}/ar/translators", json={"user_id": user_id})
        assert refused.status_code == 409
        assert refused.json()["error"]["code"] == "translator_cannot_read"

    # A language with translations stays; one without goes.
    assert statement.translate("translator", 0, AR[0], source=1, base=None).status_code == 201
    kept = secretariat.delete(f"{languages}/ar")
    assert kept.status_code == 409
    assert kept.json()["error"]["code"] == "language_has_translations"
    assert secretariat.delete(f"{languages}/fr").status_code == 204
    assert [x["language"] for x in secretariat.get(languages).json()["languages"]] == ["ar"]


def test_adoption_waits_for_the_authentic_translation(statement: Statement) -> None:
    chair, secretariat = statement.clients["chair"], statement.clients["secretariat"]
    adopt = f"/api/v1/documents/{statement.document_id}/adopt"
    assert chair.post(f"/api/v1/documents/{statement.document_id}/circulate", json={}).status_code
    for head in ("head_a", "head_b"):
        for section_id in statement.sections:
            approved = statement.clients[head].put(
                f"/api/v1/sections/{section_id}/approvals/mine",
                json={"version": 1, "decision": "approve"},
            )
            assert approved.status_code == 200, approved.text
    assert statement.translate("translator", 0, AR[0], source=1, base=None).status_code == 201

    blocked = secretariat.post(adopt, json={})
    assert blocked.status_code == 409
    details = blocked.json()["error"]["details"]
    assert details["translations"] == [
        {"language": "ar", "missing": [statement.sections[1]], "out_of_date": []}
    ]
    assert details["missing_approvals"] == []

    # The document's setting for the language: adoption need not wait for it.
    languages = f"/api/v1/documents/{statement.document_id}/languages/ar"
    relaxed = secretariat.put(languages, json={"authentic": True, "required_for_adoption": False})
    assert relaxed.status_code == 200
    adopted = secretariat.post(adopt, json={})
    assert adopted.status_code == 200, adopted.text
