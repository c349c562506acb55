"""Leak scan: an unannounced delegation's marker never reaches anyone not entitled to it."""

from __future__ import annotations

import itertools
import re

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from sqlmodel import Session, select

from concord.deliberation.models import Amendment, Comment
from concord.drafting.models import Document, Section
from concord.identity.models import ApiToken, Delegation, User, WorkingGroup
from concord.main import ROUTERS
from tests.access_world import MARKER, NOT_ENTITLED, World, build

QUERIES = {
    "/api/v1/sections/{section_id}/diff": [{"from": "1", "to": "2"}],
    "/api/v1/documents/{document_id}/diff": [{"from": "Rev.1"}, {"from": "Rev.1", "to": "head"}],
    # Every variant of every export (tests/export/test_leaks.py also unzips each Word part).
    **{
        f"/api/v1/documents/{{document_id}}/export.{extension}": [
            {"variant": "clean"},
            {"variant": "bracketed"},
            {"variant": "redline"},
            {"variant": "redline", "revision": "head", "compare_to": "Rev.1"},
        ]
        for extension in ("docx", "md", "html")
    },
    # The open stream is scanned on a real server (tests/live/test_leaks.py); here its snapshot.
    "/api/v1/documents/{document_id}/events": [{"once": "true"}],
}


def pools(session: Session) -> dict[str, list[int] | list[str]]:
    def ids(model: type) -> list[int]:
        return [int(i) for i in session.exec(select(model.id)).all()]  # type: ignore[attr-defined]

    return {
        "document_id": ids(Document),
        "section_id": ids(Section),
        "delegation_id": ids(Delegation),
        "group_id": ids(WorkingGroup),
        "user_id": ids(User),
        "token_id": ids(ApiToken),
        "number": [1, 2, 3],
        "comment_id": ids(Comment),
        "amendment_id": ids(Amendment),
        "provider": ["consortium"],
    }


def readable_urls(session: Session) -> list[tuple[str, dict[str, str]]]:
    """Every GET route, with every combination of existing ids for its path parameters."""
    values = pools(session)
    urls: list[tuple[str, dict[str, str]]] = []
    for prefix, router in ROUTERS:
        for route in router.routes:
            if not isinstance(route, APIRoute) or "GET" not in (route.methods or ()):
                continue
            template = prefix + route.path
            names = re.findall(r"{(\w+)}", template)
            if "token" in names:
                continue  # invitation links: secrets, not ids
            for combo in itertools.product(*(values[n] for n in names)):
                url = template
                for name, value in zip(names, combo, strict=True):
                    url = url.replace("{" + name + "}", str(value))
                for query in QUERIES.get(template, [{}]):
                    urls.append((url, query))
    return urls


@pytest.fixture
def world(session: Session) -> World:
    return build(session)


@pytest.mark.parametrize("role", NOT_ENTITLED)
def test_marker_never_reaches_a_role_not_entitled(
    role: str, app: FastAPI, session: Session, world: World
) -> None:
    client = world.client(app, role)
    urls = readable_urls(session)
    assert len(urls) >= 30
    leaks = []
    for url, query in urls:
        response = client.get(url, params=query)
        assert response.status_code < 500, url
        if MARKER.lower() in response.text.lower():
            leaks.append(url)
    assert leaks == []


@pytest.mark.parametrize("role", ["secretariat", "unannounced"])
def test_entitled_roles_do_see_the_unannounced_delegation(
    role: str, app: FastAPI, world: World
) -> None:
    client = world.client(app, role)
    codes = [d["code"] for d in client.get("/api/v1/delegations").json()]
    assert MARKER in codes
    document = client.get(f"/api/v1/documents/{world.document.id}").json()
    assert MARKER in [p["code"] for p in document["parties"]]


def test_version_by_an_unannounced_person_is_undisclosed(app: FastAPI, world: World) -> None:
    client = world.client(app, "chair")
    versions = client.get(f"/api/v1/sections/{world.other_section.id}/versions").json()
    assert versions[-1]["author"] == {"id": None, "name": "Undisclosed participant"}
    assert versions[-1]["delegation"] is None
    insider = world.client(app, "unannounced")
    seen = insider.get(f"/api/v1/sections/{world.other_section.id}/versions").json()
    assert MARKER in seen[-1]["author"]["name"]


def test_announcing_reveals_the_delegation(app: FastAPI, world: World) -> None:
    secretariat = world.client(app, "secretariat")
    response = secretariat.patch(
        f"/api/v1/delegations/{world.unannounced.id}", json={"announced": True}
    )
    assert response.status_code == 200
    outsider = world.client(app, "delegate_b")
    assert MARKER in [d["code"] for d in outsider.get("/api/v1/delegations").json()]
    chair = world.client(app, "chair")
    versions = chair.get(f"/api/v1/sections/{world.other_section.id}/versions").json()
    assert MARKER in versions[-1]["author"]["name"]


def test_writes_naming_hidden_people_leak_nothing(app: FastAPI, world: World) -> None:
    chair = world.client(app, "chair")
    envoy = world.people["unannounced"].id
    response = chair.post(
        f"/api/v1/working-groups/{world.group.id}/members", json={"user_id": envoy}
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "unknown_user"
    assert MARKER not in response.text
    unknown = chair.post(
        f"/api/v1/working-groups/{world.group.id}/members", json={"user_id": 999_999}
    )
    assert unknown.json()["error"] == response.json()["error"]
