"""A hostile or unreadable file is refused before anything is stored, with the template
upload's own checks and codes (tests/export/test_templates.py builds the files)."""

from __future__ import annotations

import time

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session, func, select

from concord.audit.models import AuditEvent
from concord.drafting.models import Document, Section
from concord.wordin.service import max_upload
from tests import factories
from tests.export.test_templates import HOSTILE

URL = "/api/v1/documents/import"


@pytest.fixture
def officer(app: FastAPI, session: Session) -> TestClient:
    return factories.client_as(app, session, factories.make_secretariat(session))


def stored(session: Session) -> tuple[int, int, int]:
    return (
        int(session.exec(select(func.count()).select_from(Document)).one()),
        int(session.exec(select(func.count()).select_from(Section)).one()),
        int(
            session.exec(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.action.in_(["document.create", "section.create"]))  # type: ignore[attr-defined]
            ).one()
        ),
    )


CASES = sorted(set(HOSTILE) - {"too large"})


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("dry_run", ["false", "true"])
def test_a_hostile_draft_is_refused_and_nothing_is_stored(
    case: str, dry_run: str, officer: TestClient, session: Session
) -> None:
    make, status, code = HOSTILE[case]
    before = stored(session)
    started = time.perf_counter()
    response = officer.post(
        URL,
        files={"file": ("draft.docx", make(), "application/octet-stream")},
        params={"dry_run": dry_run},
    )
    assert time.perf_counter() - started < 5.0
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] == code
    assert stored(session) == before


def test_a_draft_larger_than_a_request_may_be_is_refused(
    officer: TestClient, session: Session
) -> None:
    before = stored(session)
    data = b"PK\x03\x04" + b"\0" * max_upload()
    response = officer.post(URL, files={"file": ("draft.docx", data, "application/octet-stream")})
    assert response.status_code == 413
    assert set(response.json()) == {"error"}
    assert stored(session) == before


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("draft.pdf", b"%PDF-1.7 ...", "unsupported_file_type"),
        ("draft.md", "Texte en latin-1 : é".encode("latin-1"), "not_utf8"),
        ("draft.md", b"A paragraph with a \x07 bell.", "invalid_text"),
        ("draft.md", "An \u202eoverride.".encode(), "invalid_text"),
    ],
)
def test_a_file_that_is_not_a_draft_is_refused(
    name: str, data: bytes, code: str, officer: TestClient, session: Session
) -> None:
    before = stored(session)
    response = officer.post(URL, files={"file": (name, data, "application/octet-stream")})
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == code
    assert stored(session) == before


def test_bad_options_are_refused(officer: TestClient, session: Session) -> None:
    before = stored(session)
    response = officer.post(
        URL, files={"file": ("d.md", b"Text.", "text/markdown")}, data={"authors": "[1, 2]"}
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_authors"
    wrong = officer.post(
        URL, files={"file": ("d.md", b"Text.", "text/markdown")}, data={"changes": "maybe"}
    )
    assert wrong.status_code == 422
    assert stored(session) == before
