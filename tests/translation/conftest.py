"""A statement published in Arabic, with a translator: the translation tests' fixture."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session

from tests import factories

AR = ["نرحب بالائتلاف.", "المجتمع المدني يقود."]


@dataclass
class Statement:
    document_id: int
    sections: list[int]
    clients: dict[str, TestClient]
    translator_id: int

    def translate(self, role: str, index: int, text: str, *, source: int, base: int | None) -> Any:
        return self.clients[role].post(
            f"/api/v1/sections/{self.sections[index]}/translations/ar",
            json={"text": text, "source_version": source, "base_version": base},
        )

    def status(self, role: str = "translator") -> dict[str, Any]:
        response = self.clients[role].get(f"/api/v1/documents/{self.document_id}/translations/ar")
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    def edit_source(self, index: int, text: str, base: int) -> None:
        response = self.clients["chair"].post(
            f"/api/v1/sections/{self.sections[index]}/versions",
            json={"text": text, "base_version": base},
        )
        assert response.status_code == 201, response.text


@pytest.fixture
def statement(app: FastAPI, session: Session) -> Statement:
    """A statement of two paragraphs with parties A and B, published in Arabic (authentic) by
    the secretariat, which names a translator from the working group."""
    a = factories.make_delegation(session)
    b = factories.make_delegation(session)
    people = {
        "secretariat": factories.make_secretariat(session),
        "chair": factories.make_user(session),
        "translator": factories.make_user(session),
        "head_a": factories.make_user(session, delegation=a, head=True),
        "head_b": factories.make_user(session, delegation=b, head=True),
        "outsider": factories.make_user(session),
    }
    document = factories.make_document(session, author=people["chair"], sections=0, parties=[a, b])
    sections = [
        factories.make_section(session, document, people["chair"], "We welcome the consortium."),
        factories.make_section(session, document, people["chair"], "Civil society leads."),
    ]
    factories.make_section(session, document, people["translator"], "Made a member.")
    clients = {role: factories.client_as(app, session, user) for role, user in people.items()}
    secretariat = clients["secretariat"]
    languages = f"/api/v1/documents/{document.id}/languages"
    added = secretariat.put(f"{languages}/ar", json={"authentic": True})
    assert added.status_code == 201, added.text
    assert added.json()["required_for_adoption"] is True  # authentic: required by default
    named = secretariat.post(
        f"{languages}/ar/translators", json={"user_id": people["translator"].id}
    )
    assert named.status_code == 204, named.text
    # The third section was only there to make the translator a member: retire it.
    third = clients["chair"].get(f"/api/v1/documents/{document.id}").json()["sections"][2]["id"]
    assert clients["chair"].delete(f"/api/v1/sections/{third}").status_code == 204
    return Statement(
        document.id or 0, [s.id or 0 for s in sections], clients, people["translator"].id or 0
    )
