"""State changes, sign-ins and refusals land in the audit log, attributed to who acted."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from concord.audit import verification
from concord.audit.models import AuditEvent
from concord.identity import auth
from concord.identity.models import User
from tests import factories


def events(session: Session, action: str) -> list[AuditEvent]:
    return list(
        session.exec(
            select(AuditEvent).where(AuditEvent.action == action).order_by(col(AuditEvent.seq))
        ).all()
    )


def test_a_saved_version_is_logged_with_its_author(
    api: TestClient, session: Session, user: User
) -> None:
    document = factories.make_document(session, author=user, sections=1)
    section = factories.sections_of(session, document)[0]
    response = api.post(
        f"/api/v1/sections/{section.id}/versions", json={"text": "New.", "base_version": 1}
    )
    assert response.status_code == 201
    (event,) = events(session, "version.create")
    assert (event.actor_id, event.object_type, event.object_id) == (
        user.id,
        "section",
        str(section.id),
    )
    assert '"number":2' in event.payload
    assert verification.verify(session).ok


def test_a_refused_edit_is_logged_though_nothing_changed(
    api: TestClient, session: Session, user: User
) -> None:
    document = factories.make_document(session, sections=1)  # a group `user` is not in
    section = factories.sections_of(session, document)[0]
    response = api.post(
        f"/api/v1/sections/{section.id}/versions", json={"text": "X.", "base_version": 1}
    )
    assert response.status_code == 404
    assert events(session, "version.create") == []
    (refusal,) = events(session, "request.refused")
    assert refusal.actor_id == user.id
    assert '"code":"section_not_found"' in refusal.payload


def test_sign_in_and_failed_sign_in_are_logged(app: FastAPI, session: Session) -> None:
    person = factories.make_user(session)
    person.password_hash = auth.hash_password("a long enough passphrase")
    session.add(person)
    session.flush()
    browser = TestClient(app)
    browser.post(
        "/api/v1/auth/login", json={"email": person.email, "password": "wrong wrong wrong"}
    )
    browser.post(
        "/api/v1/auth/login", json={"email": person.email, "password": "a long enough passphrase"}
    )
    assert len(events(session, "auth.login_failed")) == 1
    (login,) = events(session, "auth.login")
    assert login.actor_id == person.id
    assert verification.verify(session).ok


def test_the_secretariat_reads_the_trail(secretariat_api: TestClient, session: Session) -> None:
    secretariat_api.post("/api/v1/delegations", json={"code": "NOR", "name": "Norway"})
    page = secretariat_api.get("/api/v1/audit", params={"action": "delegation.create"}).json()
    assert page["items"][0]["payload"]["code"] == "NOR"  # newest first
    assert page["items"][0]["actor"]["name"]
