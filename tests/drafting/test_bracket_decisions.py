"""The chair's decisions on brackets (POST /sections/{id}/brackets): each is a new version through
the ordinary save path, recorded in the audit log with who decided and why."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from concord.audit.models import AuditEvent
from concord.drafting import service as drafting
from concord.drafting.models import Section
from tests import factories


@dataclass
class Desk:
    section: Section
    chair: TestClient
    member: TestClient

    @property
    def url(self) -> str:
        return f"/api/v1/sections/{self.section.id}/brackets"


@pytest.fixture
def desk(app: FastAPI, session: Session) -> Desk:
    chair = factories.make_user(session)
    member = factories.make_user(session)
    document = factories.make_document(session, author=chair, sections=0)
    section = factories.make_section(
        session, document, chair, "Parties [shall][should] act [promptly] [now]."
    )
    factories.make_section(session, document, member, "A member drafts too.")
    return Desk(
        section,
        factories.client_as(app, session, chair),
        factories.client_as(app, session, member),
    )


def current(session: Session, desk: Desk) -> str:
    session.refresh(desk.section)
    return drafting.get_version(session, desk.section, desk.section.head).text


def test_chair_keeps_one_alternative_and_the_decision_is_audited(
    session: Session, desk: Desk
) -> None:
    sections = desk.chair.get(f"/api/v1/sections/{desk.section.id}").json()
    assert sections["alternatives"] == [
        {"group": 0, "start": 8, "end": 23, "choices": ["shall", "should"]},
        {"group": 1, "start": 28, "end": 44, "choices": ["promptly", "now"]},
    ]
    body = {
        "action": "resolve_alternative",
        "group": 0,
        "choice": 1,
        "base_version": 1,
        "reason": "Agreed in informals",
    }
    response = desk.chair.post(desk.url, json=body)
    assert response.status_code == 201, response.text
    assert response.json()["number"] == 2
    assert current(session, desk) == "Parties should act [promptly] [now]."
    event = session.exec(select(AuditEvent).where(AuditEvent.action == "brackets.resolve")).one()
    payload = json.loads(event.payload)
    assert payload["reason"] == "Agreed in informals"
    assert (payload["version"], payload["choice"]) == (2, 1)


def test_a_decision_on_a_stale_base_is_merged_like_any_save(session: Session, desk: Desk) -> None:
    edit = desk.member.post(
        f"/api/v1/sections/{desk.section.id}/versions",
        json={"text": "Parties [shall][should] act [promptly] [now]. Noted.", "base_version": 1},
    )
    assert edit.status_code == 201, edit.text
    response = desk.chair.post(desk.url, json={"action": "clean", "start": 28, "base_version": 1})
    assert response.status_code == 201, response.text
    assert current(session, desk) == "Parties [shall][should] act promptly [now]. Noted."


def test_delete_drops_the_span_with_its_words(session: Session, desk: Desk) -> None:
    response = desk.chair.post(desk.url, json={"action": "delete", "start": 39, "base_version": 1})
    assert response.status_code == 201, response.text
    assert current(session, desk) == "Parties [shall][should] act [promptly]."


def test_only_the_chair_decides(session: Session, desk: Desk) -> None:
    response = desk.member.post(desk.url, json={"action": "clean", "start": 8, "base_version": 1})
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "not_the_chair"
    assert current(session, desk) == "Parties [shall][should] act [promptly] [now]."


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"action": "clean", "start": 9, "base_version": 1}, 409, "no_such_brackets"),
        (
            {"action": "resolve_alternative", "group": 2, "choice": 0, "base_version": 1},
            409,
            "no_such_brackets",
        ),
        ({"action": "resolve_option", "choice": 0, "base_version": 1}, 409, "no_such_brackets"),
        ({"action": "resolve_alternative", "group": 0, "base_version": 1}, 422, None),
        ({"action": "clean", "start": 8, "base_version": 9}, 404, "version_not_found"),
    ],
)
def test_a_decision_on_nothing_is_refused_and_changes_nothing(
    session: Session, desk: Desk, body: dict[str, object], status: int, code: str | None
) -> None:
    response = desk.chair.post(desk.url, json=body)
    assert response.status_code == status, response.text
    if code:
        assert response.json()["error"]["code"] == code
    assert current(session, desk) == "Parties [shall][should] act [promptly] [now]."
    assert not session.exec(
        select(AuditEvent).where(col(AuditEvent.action) == "brackets.resolve")
    ).all()


def test_cleaning_a_span_over_two_paragraphs_saves_both_in_one_decision(
    app: FastAPI, session: Session
) -> None:
    chair = factories.make_user(session)
    document = factories.make_document(session, author=chair, sections=0)
    first = factories.make_section(session, document, chair, "[The Parties agree,")
    middle = factories.make_section(session, document, chair, "recalling the Convention,")
    last = factories.make_section(session, document, chair, "to act now.] Done.")
    client = factories.client_as(app, session, chair)
    response = client.post(
        f"/api/v1/sections/{first.id}/brackets",
        json={"action": "clean", "start": 0, "base_version": 1, "reason": "agreed"},
    )
    assert response.status_code == 201, response.text
    texts = []
    for section in (first, middle, last):
        session.refresh(section)
        texts.append(drafting.get_version(session, section, section.head).text)
    assert texts == ["The Parties agree,", "recalling the Convention,", "to act now. Done."]
    event = session.exec(select(AuditEvent).where(AuditEvent.action == "brackets.resolve")).one()
    assert json.loads(event.payload)["closes_in"] == {"section_id": last.id, "version": 2}


def test_cleaning_across_from_a_stale_base_is_refused_and_changes_nothing(
    app: FastAPI, session: Session
) -> None:
    chair = factories.make_user(session)
    document = factories.make_document(session, author=chair, sections=0)
    first = factories.make_section(session, document, chair, "[The Parties agree,")
    last = factories.make_section(session, document, chair, "to act now.]")
    client = factories.client_as(app, session, chair)
    edit = client.post(
        f"/api/v1/sections/{first.id}/versions",
        json={"text": "[The Parties hereby agree,", "base_version": 1},
    )
    assert edit.status_code == 201
    response = client.post(
        f"/api/v1/sections/{first.id}/brackets",
        json={"action": "clean", "start": 0, "base_version": 1},
    )
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "no_such_brackets"
    session.refresh(last)
    assert drafting.get_version(session, last, last.head).text == "to act now.]"
