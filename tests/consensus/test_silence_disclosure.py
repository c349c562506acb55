"""A silence broken by an unannounced delegation is, to everyone else, broken through the
secretariat: nobody named, no reason. The secretariat and that delegation see who and why."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from sqlmodel import Session

from tests.access_world import MARKER, World, build

OTHERS = ("chair", "member", "head_a", "delegate_a", "observer_chair")
ENTITLED = ("secretariat", "unannounced")


@pytest.fixture
def world(session: Session) -> World:
    return build(session)


def silence_of(app: FastAPI, world: World, role: str) -> dict[str, object]:
    response = world.client(app, role).get(
        f"/api/v1/documents/{world.silenced_document_id}/lifecycle"
    )
    assert response.status_code == 200, (role, response.text)
    assert response.json()["status"] == "circulated"
    silence: dict[str, object] = response.json()["silence"]
    assert silence["status"] == "broken"
    return silence


@pytest.mark.parametrize("role", OTHERS)
def test_others_see_it_broken_through_the_secretariat(
    role: str, app: FastAPI, world: World
) -> None:
    silence = silence_of(app, world, role)
    assert silence["broken_through"] == "secretariat"
    assert silence["broken_by"] is None  # not even "Undisclosed participant"
    assert silence["broken_delegation"] is None
    assert silence["broken_reason"] == ""
    assert silence["broken_at"] is not None


@pytest.mark.parametrize("role", ENTITLED)
def test_the_entitled_see_who_and_why(role: str, app: FastAPI, world: World) -> None:
    silence = silence_of(app, world, role)
    assert silence["broken_through"] == "secretariat"
    assert silence["broken_by"] == {
        "id": world.people["unannounced"].id,
        "name": f"Envoy {MARKER}",
    }
    assert silence["broken_delegation"]["code"] == MARKER  # type: ignore[index]
    assert silence["broken_reason"] == f"{MARKER} awaits its capital."


def test_announcing_names_the_party_that_broke_it(app: FastAPI, world: World) -> None:
    announced = world.client(app, "secretariat").patch(
        f"/api/v1/delegations/{world.unannounced.id}", json={"announced": True}
    )
    assert announced.status_code == 200
    silence = silence_of(app, world, "delegate_a")
    assert silence["broken_through"] == "party"
    assert silence["broken_delegation"]["code"] == MARKER  # type: ignore[index]
    assert silence["broken_reason"] == f"{MARKER} awaits its capital."
