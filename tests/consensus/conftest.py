"""A negotiation: a document in a working group, two party delegations with heads, clients."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session, col, func, select

from concord.audit.models import AuditEvent
from concord.core.clock import set_clock
from concord.drafting.models import Document, Section
from concord.identity.models import Delegation, User
from tests import factories

START = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


class Clock:
    """The app's clock, moved by tests instead of sleeping."""

    def __init__(self) -> None:
        self.at = START

    def __call__(self) -> datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += timedelta(**delta)


@pytest.fixture
def clock() -> Iterator[Clock]:
    source = Clock()
    set_clock(source)
    try:
        yield source
    finally:
        set_clock(None)


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


@pytest.fixture
def negotiation(app: FastAPI, session: Session) -> Negotiation:
    """Parties A and B (heads `head_a`, `head_b`; `delegate_a` not yet allowed), a chair, the
    secretariat, and a document of two paragraphs without brackets."""
    a = factories.make_delegation(session)
    b = factories.make_delegation(session)
    people = {
        "head_a": factories.make_user(session, delegation=a, head=True),
        "delegate_a": factories.make_user(session, delegation=a),
        "head_b": factories.make_user(session, delegation=b, head=True),
        "chair": factories.make_user(session),
        "secretariat": factories.make_secretariat(session),
        "outsider": factories.make_user(
            session, delegation=factories.make_delegation(session), head=True
        ),
    }
    document = factories.make_document(session, author=people["chair"], sections=0, parties=[a, b])
    sections = [
        factories.make_section(session, document, people["chair"], "We welcome the consortium."),
        factories.make_section(session, document, people["chair"], "Civil society leads."),
    ]
    clients = {role: factories.client_as(app, session, user) for role, user in people.items()}
    return Negotiation(document, sections, a, b, people, clients)


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
