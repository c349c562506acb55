"""Scheduling a publication through the API: what is refused, with which code, and what a
reschedule keeps."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from sqlmodel import Session, select

from concord.audit.models import AuditEvent
from concord.core.clock import now
from tests.access_world import World
from tests.factories import error_of
from tests.publication.world import build_with_publication, publication_of

API = "/api/v1"


@pytest.fixture
def world(session: Session) -> World:
    return build_with_publication(session)


def _body(world: World, **changes: Any) -> dict[str, Any]:
    return {
        "embargo_at": (now() + timedelta(hours=3)).isoformat(),
        "time_zone": "Europe/Paris",
        "delegation_ids": [world.delegation_a.id, world.unannounced.id],
    } | changes


@pytest.mark.parametrize(
    ("changes", "status", "code"),
    [
        ({"embargo_at": "2020-01-01T09:00:00+01:00"}, 422, "embargo_in_past"),
        ({"embargo_at": "2030-01-01T09:00:00"}, 422, "validation_error"),
        ({"time_zone": "Mars/Olympus"}, 422, "unknown_time_zone"),
        ({"delegation_ids": [99999]}, 422, "unknown_participant"),
        ({"delegation_ids": []}, 422, "validation_error"),
        ({"commitment_ids": ["pld_AAAAAAAAAAAAAAAAAAAAAA"]}, 422, "unknown_commitment"),
    ],
)
def test_a_bad_schedule_is_refused_with_its_code(
    app: FastAPI, world: World, changes: dict[str, Any], status: int, code: str
) -> None:
    document = publication_of(world).scheduled
    response = world.client(app, "secretariat").put(
        f"{API}/documents/{document.id}/publication", json=_body(world, **changes)
    )
    assert response.status_code == status, response.text
    assert error_of(response)["code"] == code


def test_only_an_adopted_text_is_scheduled(app: FastAPI, world: World) -> None:
    response = world.client(app, "secretariat").put(
        f"{API}/documents/{world.document.id}/publication", json=_body(world)
    )
    assert response.status_code == 409
    assert error_of(response)["code"] == "not_adopted"


def test_a_published_text_is_not_scheduled_again(app: FastAPI, world: World) -> None:
    document = publication_of(world).published
    client = world.client(app, "secretariat")
    response = client.put(f"{API}/documents/{document.id}/publication", json=_body(world))
    assert response.status_code == 409
    assert error_of(response)["code"] == "already_published"
    cancel = client.delete(f"{API}/documents/{document.id}/publication")
    assert error_of(cancel)["code"] == "publication_not_scheduled"


def test_a_reschedule_keeps_the_consent_given(app: FastAPI, session: Session, world: World) -> None:
    document = publication_of(world).scheduled
    path = f"{API}/documents/{document.id}/publication"
    assert world.client(app, "unannounced").post(f"{path}/confirm", json={}).status_code == 200
    later = _body(world, embargo_at=(now() + timedelta(days=3)).isoformat())
    moved = world.client(app, "secretariat").put(path, json=later).json()
    assert [p["needs_confirmation"] for p in moved["participants"]] == [False, False]
    assert moved["embargo_local"].endswith("(Europe/Paris, UTC+01:00)")
    actions = [
        e.action
        for e in session.exec(
            select(AuditEvent).where(AuditEvent.object_id == str(document.id))
        ).all()
    ]
    assert actions.count("publication.schedule") == 2
    assert actions.count("publication.confirm") == 1


def test_a_cancelled_publication_never_happens(
    app: FastAPI, session: Session, world: World
) -> None:
    from concord.publication import service

    document = publication_of(world).scheduled
    cancelled = world.client(app, "secretariat").delete(
        f"{API}/documents/{document.id}/publication"
    )
    assert cancelled.json()["status"] == "cancelled"
    publication = service.for_document(session, document)
    assert publication is not None
    publication.embargo_at = now() - timedelta(seconds=1)
    assert service.publish_if_due(session, publication.id or 0) is None
