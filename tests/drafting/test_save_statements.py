"""Saving a version is the hot write: a fixed, small number of statements, and the document's
`updated_at` is moved at most once a minute (writers of one document would queue on its row)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from concord.core import clock
from concord.drafting.models import Document, Section
from concord.identity.models import User
from tests import factories
from tests.drafting.support import counting

# token+user+delegation, memberships, section+document lock, INSERT version, UPDATE head,
# audit (UPDATE head RETURNING, then INSERT event + UPDATE head hash + pg_notify: one statement
# on PostgreSQL, the INSERT and the UPDATE on SQLite), the positions on the version before
# (notify/discussion.py: whose approval the save makes stale)
MAX_STATEMENTS = 9


def first_section(session: Session, document: Document) -> int:
    found = session.exec(select(Section.id).where(Section.document_id == document.id)).first()
    assert found is not None
    return found


def save(api: TestClient, section_id: int, text: str, base: int) -> int:
    response = api.post(
        f"/api/v1/sections/{section_id}/versions", json={"text": text, "base_version": base}
    )
    assert response.status_code == 201, response.text
    return int(response.json()["number"])


def test_a_save_on_the_current_base_takes_a_fixed_number_of_statements(
    api: TestClient, engine: Engine, session: Session, user: User
) -> None:
    section_id = first_section(session, factories.make_document(session, author=user, sections=1))
    with counting(engine) as statements:
        number = save(api, section_id, "We [shall] act together.", 1)
    counted = [s for s in statements if not s.lstrip().upper().startswith(("SAVEPOINT", "RELEASE"))]
    assert number == 2
    assert len(counted) <= MAX_STATEMENTS, "\n".join(counted)


@pytest.fixture
def frozen_clock() -> Iterator[list[timedelta]]:
    start = clock.now()
    offset = [timedelta(0)]
    clock.set_clock(lambda: start + offset[0])
    yield offset
    clock.set_clock(None)


def updated_at(session: Session, document: Document) -> datetime:
    return session.exec(
        select(Document.updated_at)
        .where(col(Document.id) == document.id)
        .execution_options(populate_existing=True)
    ).one()


def test_saves_move_the_document_updated_at_at_most_once_a_minute(
    api: TestClient, session: Session, user: User, frozen_clock: list[timedelta]
) -> None:
    document = factories.make_document(session, author=user, sections=1)
    section_id = first_section(session, document)
    created = updated_at(session, document)
    frozen_clock[0] = timedelta(seconds=30)
    save(api, section_id, "First edit.", 1)
    assert updated_at(session, document) == created
    frozen_clock[0] = timedelta(seconds=61)
    save(api, section_id, "Second edit.", 2)
    moved = updated_at(session, document)
    assert moved != created
    assert moved == created + timedelta(seconds=61)
