"""Ids of objects one may not see answer 404; fields one may not set are never applied."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from sqlmodel import Session

from concord.drafting.models import Document, Version
from tests.access_world import World, build


@pytest.fixture
def world(session: Session) -> World:
    return build(session)


def test_revoking_someone_elses_token_is_404_and_it_keeps_working(
    app: FastAPI, world: World
) -> None:
    chair = world.client(app, "chair")
    response = chair.delete(f"/api/v1/auth/tokens/{world.token_ids['head_a']}")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "token_not_found"
    assert world.client(app, "head_a").get("/api/v1/auth/me").status_code == 200


def test_document_body_cannot_set_status_author_or_dates(
    app: FastAPI, session: Session, world: World
) -> None:
    secretariat = world.client(app, "secretariat")
    response = secretariat.post(
        "/api/v1/documents",
        json={
            "title": "Communiqué",
            "status": "adopted",
            "created_by": world.people["head_a"].id,
            "created_at": "2001-01-01T00:00:00Z",
            "id": 999_999,
        },
    )
    assert response.status_code == 201
    document = session.get(Document, response.json()["id"])
    assert document is not None
    assert document.status == "drafting"
    assert document.created_by == world.people["secretariat"].id
    assert document.created_at.year >= 2026
    assert document.id != 999_999


def test_version_body_cannot_choose_its_author_or_delegation(
    app: FastAPI, session: Session, world: World
) -> None:
    member = world.client(app, "member")
    response = member.post(
        f"/api/v1/sections/{world.section.id}/versions",
        json={
            "text": "We [strongly] welcome the consortium.",
            "base_version": 2,
            "author": world.people["head_a"].id,
            "author_id": world.people["head_a"].id,
            "delegation_id": world.delegation_a.id,
            "number": 42,
        },
    )
    assert response.status_code == 201
    assert response.json()["author"]["id"] == world.people["member"].id
    version = session.get(Version, response.json().get("id", 0)) or None
    assert version is None or version.author_id == world.people["member"].id
    assert response.json()["number"] == 3
    assert response.json()["delegation"]["id"] == world.people["member"].delegation_id


def test_delegation_membership_comes_from_the_server(app: FastAPI, world: World) -> None:
    head = world.client(app, "head_a")
    me = head.get("/api/v1/auth/me", params={"delegation_id": world.delegation_b.id}).json()
    assert me["delegation"]["id"] == world.delegation_a.id
