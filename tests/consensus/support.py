"""Shared by the consensus tests: a negotiation (two parties on one document), a settable
clock, counts, and a party seeded into a served database (seed_party)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlmodel import Session, col, func, select

from concord.audit.models import AuditEvent
from concord.core.db import make_engine, transaction
from concord.drafting import service as drafting
from concord.drafting.models import Document, DocumentKind, Section, SectionKind
from concord.drafting.schemas import DocumentCreate, SectionCreate
from concord.identity import service as identity
from concord.identity.models import Delegation, DelegationKind, User
from tests.live_server import seed_person

START = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


class Clock:
    """The app's clock, moved by tests instead of sleeping."""

    def __init__(self) -> None:
        self.at = START

    def __call__(self) -> datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += timedelta(**delta)


@dataclass
class Negotiation:
    document: Document
    sections: list[Section]
    a: Delegation
    b: Delegation
    people: dict[str, User]
    clients: dict[str, TestClient]

    def url(self, step: str) -> str:
        return f"/api/v1/documents/{self.document.id}/{step}"

    def mine(self, index: int = 0) -> str:
        return f"/api/v1/sections/{self.sections[index].id}/approvals/mine"

    def put(self, role: str, index: int = 0, **body: Any) -> Any:
        return self.clients[role].put(self.mine(index), json=body)


def count(session: Session, model: type, *where: Any) -> int:
    return int(session.exec(select(func.count()).select_from(model).where(*where)).one())


def audit_actions(session: Session, prefix: str) -> list[str]:
    return list(
        session.exec(
            select(AuditEvent.action)
            .where(col(AuditEvent.action).startswith(prefix))
            .order_by(col(AuditEvent.seq))
        ).all()
    )


@dataclass(frozen=True)
class Party:
    document_id: int
    section_id: int
    head_token: str
    officer_token: str


def seed_party(database_url: str) -> Party:
    """A secretariat officer, a party delegation with its head, and a one-paragraph document."""
    engine = make_engine(database_url)
    try:
        with transaction(engine) as session:
            officer, officer_token = seed_person(session)
            delegation = identity.create_delegation(
                session, code="PTY", name="Party", kind=DelegationKind.government
            )
            head = identity.create_user(
                session,
                email="head@party.example",
                name="Head",
                delegation=delegation,
                is_head=True,
            )
            _token, head_token = identity.create_token(session, head, "live")
            document = drafting.create_document(
                session,
                officer,
                DocumentCreate(
                    title="Live", kind=DocumentKind.statement, parties=[delegation.id or 0]
                ),
            )
            section, _ = drafting.create_section(
                session,
                officer,
                document,
                SectionCreate(text="We agree.", kind=SectionKind.paragraph),
                append=True,
            )
            assert document.id is not None and section.id is not None
            return Party(document.id, section.id, head_token, officer_token)
    finally:
        engine.dispose()
