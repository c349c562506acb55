"""Shared by the consensus tests: a negotiation (two parties on one document), a settable
clock, counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlmodel import Session, col, func, select

from concord.audit.models import AuditEvent
from concord.drafting.models import Document, Section
from concord.identity.models import Delegation, User

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
