"""Compiling the unannounced delegation's amendment puts its words in the text (the secretariat
chose to) but never names the delegation to anyone not entitled to know it: not as a bracket's
holder, not by the amendment's id, on any page or in any export."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from sqlmodel import Session

from tests.access_world import MARKER, NOT_ENTITLED, World, build
from tests.deliberation.world import deliberation_of
from tests.identity.test_leaks import UNANNOUNCED_MARK, readable_urls


@pytest.fixture
def compiled(app: FastAPI, session: Session) -> World:
    world = build(session)
    response = world.client(app, "secretariat").post(
        f"/api/v1/sections/{world.section.id}/compile",
        json={"base_version": 2, "reason": "Compilation text"},
    )
    assert response.status_code == 201, response.text
    assert MARKER in response.text  # the secretariat sees who holds what
    assert deliberation_of(world).hidden_amendment in response.json()["amendments"]
    return world


def holders_named(body: object) -> list[int]:
    """Every delegation id named as a bracket's holder anywhere in a JSON body."""
    found: list[int] = []
    if isinstance(body, list):
        for item in body:
            found += holders_named(item)
    elif isinstance(body, dict):
        if "delegations" in body and "start" in body:
            found += [d["id"] for d in body["delegations"]]
        for value in body.values():
            found += holders_named(value)
    return found


def test_the_secretariat_sees_the_unannounced_holder(app: FastAPI, compiled: World) -> None:
    seen = compiled.client(app, "secretariat").get(f"/api/v1/sections/{compiled.section.id}")
    assert compiled.unannounced.id in holders_named(seen.json())
    assert compiled.delegation_a.id in holders_named(seen.json())


@pytest.mark.parametrize("role", NOT_ENTITLED)
def test_an_unannounced_holder_is_named_to_no_one_else(
    role: str, app: FastAPI, session: Session, compiled: World
) -> None:
    client = compiled.client(app, role)
    hidden = deliberation_of(compiled).hidden_amendment
    leaks: list[str] = []
    for url, query in readable_urls(session):
        response = client.get(url, params=query)
        assert response.status_code < 500, url
        if hidden in response.text:
            leaks.append(f"{url}: the amendment's id")
        if UNANNOUNCED_MARK.search(response.text):
            leaks.append(f"{url}: marked unannounced")
        if f"Envoy {MARKER}" in response.text or f"Kingdom of {MARKER}" in response.text:
            leaks.append(f"{url}: named")
        is_json = response.headers.get("content-type", "").startswith("application/json")
        if is_json and compiled.unannounced.id in holders_named(response.json()):
            leaks.append(f"{url}: holder")
    assert leaks == []
