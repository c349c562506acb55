"""Leak scan: an unannounced delegation's marker never reaches anyone not entitled to it."""

from __future__ import annotations

import itertools
import re

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from sqlmodel import Session, select

from concord.audit.actions import ActionKind
from concord.commitments.models import Commitment, Project
from concord.deliberation.models import Amendment, Comment
from concord.drafting.models import Document, Section
from concord.identity.models import ApiToken, Delegation, User, WorkingGroup
from concord.main import ROUTERS
from concord.publication.models import Publication
from tests.access_world import MARKER, NOT_ENTITLED, World
from tests.commitments.world import HIDDEN_DIGITS, register_of
from tests.deliberation.world import deliberation_of
from tests.factories import error_of
from tests.publication.world import HIDDEN_DIGITS as HIDDEN_PUBLISHED_DIGITS
from tests.publication.world import build_with_publication, publication_of

QUERIES = {
    "/api/v1/sections/{section_id}/diff": [{"from": "1", "to": "2"}],
    "/api/v1/documents/{document_id}/diff": [{"from": "Rev.1"}, {"from": "Rev.1", "to": "head"}],
    "/api/v1/sections/{section_id}/changes": [{"from": "1", "to": "2"}, {"from": "2", "to": "1"}],
    "/api/v1/documents/{document_id}/changes": [
        {"since": "Rev.1"},
        {"since": "Rev.1", "until": "Rev.1"},
        {"since": "Rev.1", "until": "head"},
        {"since": "approval"},
    ],
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
    # The negotiating text's comments, and those on its Arabic translation (the envoy's).
    "/api/v1/sections/{section_id}/comments": [{}, {"language": "ar"}],
    # Here the streams' snapshots (an open stream would hold each scan 15 s): the open document
    # stream is scanned on a real server (tests/live/test_leaks.py); the bell's carries only the
    # person's own count (tests/notify/test_bell_push.py).
    "/api/v1/documents/{document_id}/events": [{"once": "true"}],
    "/api/v1/notifications/events": [{"once": "true"}],
    # The audit screen's filters: each kind in words, sign-ins shown, a day's range.
    "/api/v1/audit": [
        {},
        {"sign_ins": "true"},
        *({"kind": kind.value} for kind in ActionKind),
        {"since": "2000-01-01T00:00:00Z", "until": "2999-01-01T00:00:00Z"},
    ],
}
# Filters that name an object: tried with every id there is (the unannounced envoy's too).
QUERIES_BY_ID = {"/api/v1/audit": ("actor_id", "user_id")}
# How the secretariat's screens mark an unannounced delegation: never shown to anyone else.
UNANNOUNCED_MARK = re.compile(r'"announced"\s*:\s*false')


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
        # The API names comments and amendments by public id only (core/public_ids.py).
        "comment_id": list(session.exec(select(Comment.public_id)).all()),
        "amendment_id": list(session.exec(select(Amendment.public_id)).all()),
        "project_id": list(session.exec(select(Project.public_id)).all()),
        "commitment_id": list(session.exec(select(Commitment.public_id)).all()),
        # Published and scheduled alike: a scheduled text's page must be a 404 like any other.
        "publication_id": list(session.exec(select(Publication.public_id)).all()),
        "name": ["ar", "text.docx", "text-ar.docx", "manifest.json"],
        "provider": ["consortium"],
        "language": ["ar", "fr", "he"],
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
            if route.path == "/readyz":
                continue  # 503 by design outside a running server; names no one (test_readiness)
            for combo in itertools.product(*(values[n] for n in names)):
                url = template
                for name, value in zip(names, combo, strict=True):
                    url = url.replace("{" + name + "}", str(value))
                for query in QUERIES.get(template, [{}]):
                    urls.append((url, query))
                if template in QUERIES_BY_ID:
                    name, pool = QUERIES_BY_ID[template]
                    urls.extend((url, {name: str(value)}) for value in values[pool])
    return urls


@pytest.fixture
def world(session: Session) -> World:
    return build_with_publication(session)


@pytest.mark.parametrize("role", NOT_ENTITLED)
def test_marker_never_reaches_a_role_not_entitled(
    role: str, app: FastAPI, session: Session, world: World
) -> None:
    client = world.client(app, role)
    urls = readable_urls(session)
    assert len(urls) >= 30
    # Not even the ids of what the role may not see: an id alone says that something exists.
    found = deliberation_of(world)
    unseen = {found.hidden, found.hidden_internal, found.hidden_reply, found.hidden_amendment}
    pledges = register_of(world)
    # The unannounced party's pledges and its project, and its share of a joint one; A's
    # draft and its joint pledge with the unannounced party to all but A (A sees its share).
    unseen |= {pledges.hidden_u, pledges.hidden_project, HIDDEN_DIGITS}
    unseen |= {HIDDEN_PUBLISHED_DIGITS}
    if role not in ("head_a", "delegate_a"):
        unseen |= {found.internal, pledges.draft_a, pledges.joint}
        unseen |= {publication_of(world).hidden_pledge}
    leaks = []
    for url, query in urls:
        response = client.get(url, params=query)
        assert response.status_code < 500, url
        if MARKER.lower() in response.text.lower():
            leaks.append(url)
        if UNANNOUNCED_MARK.search(response.text):
            leaks.append(f"{url}: marked unannounced")
        leaks.extend(f"{url}: {i}" for i in unseen if i in response.text)
        if response.headers.get("content-type", "").startswith("application/json"):
            leaks.extend(f"{url}: {where}" for where in counted_ids(response.json()))
    assert leaks == []


NAMED_BY_PUBLIC_ID = {"comment_id", "amendment_id", "parent_id", "collisions"}
PUBLIC_ID = re.compile(r"^(cmt|amd)_[A-Za-z0-9_-]{22}$")


def counted_ids(body: object, path: str = "") -> list[str]:
    """Where a comment or an amendment is named by anything but a public id (an integer id
    counts the rows written before it, hidden ones included)."""
    found: list[str] = []
    if isinstance(body, list):
        for n, item in enumerate(body):
            found += counted_ids(item, f"{path}[{n}]")
    elif isinstance(body, dict):
        is_deliberation = "anchor" in body or "rationale" in body
        for key, value in body.items():
            named = key in NAMED_BY_PUBLIC_ID or (key == "id" and is_deliberation)
            values = value if isinstance(value, list) else [value]
            if named and any(v is not None and not PUBLIC_ID.match(str(v)) for v in values):
                found.append(f"{path}.{key}={value!r}")
            found += counted_ids(value, f"{path}.{key}")
    return found


@pytest.mark.parametrize("role", ["secretariat", "unannounced"])
def test_entitled_roles_do_see_the_unannounced_delegation(
    role: str, app: FastAPI, world: World
) -> None:
    client = world.client(app, role)
    codes = [d["code"] for d in client.get("/api/v1/delegations").json()]
    assert MARKER in codes
    document = client.get(f"/api/v1/documents/{world.document.id}").json()
    assert MARKER in [p["code"] for p in document["parties"]]
    # Marked as unannounced wherever the screens list parties, so no one reveals it unawares.
    matrix = client.get(f"/api/v1/documents/{world.document.id}/approvals").json()
    for parties in (document["parties"], matrix["parties"]):
        assert {p["code"]: p["announced"] for p in parties} == {"AAA": True, MARKER: False}


def test_secretariat_finds_the_unannounced_envoy_in_the_audit_log(
    app: FastAPI, world: World
) -> None:
    envoy = world.people["unannounced"].id
    position = {"version": 2, "decision": "abstain"}
    put = world.client(app, "unannounced").put(
        f"/api/v1/sections/{world.section.id}/approvals/mine", json=position
    )
    assert put.status_code == 200, put.text
    client = world.client(app, "secretariat")
    page = client.get("/api/v1/audit", params={"actor_id": envoy, "kind": "positions"}).json()
    assert page["items"]
    assert {e["actor"]["name"] for e in page["items"]} == {f"Envoy {MARKER}"}
    assert {e["kind"] for e in page["items"]} == {"positions"}


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
    assert error_of(unknown) == error_of(response)
