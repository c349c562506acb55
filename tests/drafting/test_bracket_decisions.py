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


@dataclass
class Article:
    """A bracketed article over four paragraphs: "[" opens in the first, "]" closes in the last."""

    sections: list[Section]
    chair: TestClient
    member: TestClient

    TEXTS = (
        "The Parties agree [to cooperate,",
        "recalling the Convention,",
        "## [Heading] inside",
        "and to act now.] Done.",
        "Final clauses.",
    )

    @property
    def url(self) -> str:
        return f"/api/v1/sections/{self.sections[0].id}/brackets"

    def through(self, versions: tuple[int, ...] = (1, 1, 1)) -> list[dict[str, int]]:
        return [
            {"section_id": s.id or 0, "version": v}
            for s, v in zip(self.sections[1:4], versions, strict=True)
        ]


@pytest.fixture
def article(app: FastAPI, session: Session) -> Article:
    chair = factories.make_user(session)
    member = factories.make_user(session)
    document = factories.make_document(session, author=chair, sections=0)
    made = [factories.make_section(session, document, chair, text) for text in Article.TEXTS]
    factories.make_section(session, document, member, "A member drafts too.")
    return Article(
        made, factories.client_as(app, session, chair), factories.client_as(app, session, member)
    )


def texts_of(session: Session, sections: list[Section]) -> list[str | None]:
    """Each section's current text, None once retired."""
    out: list[str | None] = []
    for section in sections:
        session.refresh(section)
        head = drafting.get_version(session, section, section.head).text
        out.append(None if section.retired_at is not None else head)
    return out


def test_deleting_a_span_over_paragraphs_retires_those_inside_in_one_decision(
    session: Session, article: Article
) -> None:
    body = {
        "action": "delete",
        "start": 18,
        "base_version": 1,
        "reason": "dropped in informals",
        "through": article.through(),
    }
    response = article.chair.post(article.url, json=body)
    assert response.status_code == 201, response.text
    assert response.json()["number"] == 2
    assert texts_of(session, article.sections) == [
        "The Parties agree",
        None,
        None,
        "Done.",
        "Final clauses.",
    ]
    # Nothing overwritten: the retired paragraphs and the old versions keep their texts.
    first, middle, _, last, _ = article.sections
    assert drafting.get_version(session, first, 1).text == Article.TEXTS[0]
    assert drafting.get_version(session, middle, middle.head).text == Article.TEXTS[1]
    assert drafting.get_version(session, last, 1).text == Article.TEXTS[3]
    event = session.exec(select(AuditEvent).where(AuditEvent.action == "brackets.resolve")).one()
    payload = json.loads(event.payload)
    assert payload["retired"] == [middle.id, article.sections[2].id]
    assert payload["closes_in"] == {"section_id": last.id, "version": 2}
    assert payload["reason"] == "dropped in informals"
    retired = session.exec(
        select(AuditEvent.object_id).where(AuditEvent.action == "section.retire")
    ).all()
    assert sorted(r or "" for r in retired) == sorted([str(middle.id), str(article.sections[2].id)])
    # The document's paragraphs are numbered again without the retired ones.
    document = article.chair.get(f"/api/v1/documents/{first.document_id}").json()
    assert [s["current"]["text"] for s in document["sections"]] == [
        "The Parties agree",
        "Done.",
        "Final clauses.",
        "A member drafts too.",
    ]
    assert document["brackets"]["crossing"] == 0


def test_a_paragraph_left_empty_by_a_delete_is_retired(app: FastAPI, session: Session) -> None:
    chair = factories.make_user(session)
    document = factories.make_document(session, author=chair, sections=0)
    made = [
        factories.make_section(session, document, chair, text)
        for text in ("[The Parties agree,", "to act now.]", "Done.")
    ]
    client = factories.client_as(app, session, chair)
    response = client.post(
        f"/api/v1/sections/{made[0].id}/brackets",
        json={
            "action": "delete",
            "start": 0,
            "base_version": 1,
            "through": [{"section_id": made[1].id, "version": 1}],
        },
    )
    assert response.status_code == 201, response.text
    assert texts_of(session, made) == [None, None, "Done."]


@pytest.mark.parametrize(
    ("change", "status", "code"),
    [
        ("no_through", 422, "span_versions_missing"),
        ("stale_middle", 409, "span_changed"),
        ("stale_closing", 409, "span_changed"),
        ("short_through", 409, "span_changed"),
        ("stale_opening", 409, "no_such_brackets"),
        ("member", 403, "not_the_chair"),
    ],
)
def test_a_delete_across_on_a_stale_or_unpermitted_view_changes_nothing(
    session: Session, article: Article, change: str, status: int, code: str
) -> None:
    body: dict[str, object] = {
        "action": "delete",
        "start": 18,
        "base_version": 1,
        "through": article.through(),
    }
    client = article.chair
    if change == "no_through":
        del body["through"]
    elif change == "short_through":
        body["through"] = article.through()[:2]
    elif change == "member":
        client = article.member
    else:
        index = {"stale_middle": 1, "stale_closing": 3, "stale_opening": 0}[change]
        target = article.sections[index]
        text = Article.TEXTS[index] + " Noted."
        edit = article.chair.post(
            f"/api/v1/sections/{target.id}/versions", json={"text": text, "base_version": 1}
        )
        assert edit.status_code == 201, edit.text
    before = texts_of(session, article.sections)
    response = client.post(article.url, json=body)
    assert response.status_code == status, response.text
    error = factories.error_of(response)
    assert error["code"] == code
    if code == "span_changed":
        assert [t["section_id"] for t in error["details"]["through"]] == [
            s.id for s in article.sections[1:4]
        ]
    assert texts_of(session, article.sections) == before
    assert not session.exec(
        select(AuditEvent).where(col(AuditEvent.action) == "brackets.resolve")
    ).all()


def test_cleaning_across_checks_through_when_given(session: Session, article: Article) -> None:
    body = {"action": "clean", "start": 18, "base_version": 1, "through": article.through()}
    body["through"] = article.through((1, 2, 1))
    refused = article.chair.post(article.url, json=body)
    assert refused.status_code == 409
    assert factories.error_of(refused)["code"] == "span_changed"
    body["through"] = article.through()
    response = article.chair.post(article.url, json=body)
    assert response.status_code == 201, response.text
    assert texts_of(session, article.sections) == [
        "The Parties agree to cooperate,",
        "recalling the Convention,",
        "## [Heading] inside",
        "and to act now. Done.",
        "Final clauses.",
    ]


def test_the_document_gives_each_span_its_offsets_and_each_text_its_pairs(
    article: Article,
) -> None:
    document_id = article.sections[0].document_id
    found = article.chair.get(f"/api/v1/documents/{document_id}").json()["sections"]
    assert found[0]["spans"][0] | {"span": 0} == {
        "span": 0,
        "role": "opens",
        "depth": 0,
        "first_section_id": article.sections[0].id,
        "last_section_id": article.sections[3].id,
        "start": 18,
        "end": 15,
    }
    assert found[2]["pairs"] == [{"start": 3, "end": 12, "depth": 0}]
    assert found[0]["pairs"] == []
