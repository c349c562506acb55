"""GET /documents/{id} issues a constant number of SQL statements, whatever the length."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlmodel import Session

from concord.identity.models import User
from tests import factories
from tests.drafting.support import counting


def statements_for(api: TestClient, engine: Engine, document_id: int | None) -> int:
    with counting(engine) as statements:
        response = api.get(f"/api/v1/documents/{document_id}")
    assert response.status_code == 200
    return len(
        [s for s in statements if not s.lstrip().upper().startswith(("SAVEPOINT", "RELEASE"))]
    )


def test_statements_do_not_grow_with_sections(
    api: TestClient, engine: Engine, session: Session, user: User
) -> None:
    authors = [
        factories.make_user(session, delegation=factories.make_delegation(session))
        for _ in range(5)
    ]
    small = factories.make_document(session, author=user, sections=0)
    for i in range(3):
        factories.make_section(session, small, authors[i], f"Paragraph {i}.")
    large = factories.make_document(session, author=user, sections=0)
    for i in range(60):
        factories.make_section(session, large, authors[i % 5], f"Paragraph {i}.")
    assert statements_for(api, engine, small.id) == statements_for(api, engine, large.id)
    # token, viewer (2), document, parties, sections+versions, authors, delegations, comments,
    # and the approval summary's positions (it reuses the sections and parties already loaded)
    assert statements_for(api, engine, large.id) <= 11


def list_statements(api: TestClient, engine: Engine) -> tuple[int, list[dict[str, Any]]]:
    with counting(engine) as statements:
        response = api.get("/api/v1/documents", params={"limit": 200})
    assert response.status_code == 200
    counted = [s for s in statements if not s.lstrip().upper().startswith(("SAVEPOINT", "RELEASE"))]
    return len(counted), response.json()


def test_the_document_list_carries_progress_in_constant_statements(
    secretariat_api: TestClient, engine: Engine, session: Session, user: User
) -> None:
    party = factories.make_delegation(session)
    factories.make_document(session, author=user, sections=2, parties=[party])
    few, listed = list_statements(secretariat_api, engine)
    for _ in range(6):
        factories.make_document(session, author=user, sections=3, parties=[party])
    many, more = list_statements(secretariat_api, engine)
    assert len(more) == len(listed) + 6
    assert few == many
    # "Paragraph 1 of the [draft] text.": 1 of 6 words bracketed in each paragraph, none agreed.
    progress = more[-1]["approvals"]
    assert progress["paragraphs"] == 3
    assert progress["pending"] == 3 and progress["agreed"] == 0
    assert progress["brackets"]["spans"] == 3
    assert progress["brackets"]["share"] == round(3 / 18, 4)
