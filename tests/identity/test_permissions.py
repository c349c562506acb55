"""Every route × every role → the exact status; denials carry no object data and change nothing.

The route inventory keeps this honest: a route that is neither public nor in MATRIX fails.
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from sqlalchemy import text
from sqlmodel import Session

from concord.core.db import metadata
from concord.main import ROUTERS
from tests.access_world import ROLES, World
from tests.commitments.matrix import MATRIX as COMMITMENTS
from tests.consensus.matrix import MATRIX as CONSENSUS
from tests.deliberation.matrix import MATRIX as DELIBERATION
from tests.export.matrix import MATRIX as EXPORT
from tests.identity.permission_rules import (
    DRAFTERS,
    PEN,
    READ,
    Case,
    document_rule,
    everyone,
    only,
)
from tests.live.matrix import MATRIX as LIVE
from tests.notify.matrix import MATRIX as NOTIFY
from tests.publication.matrix import MATRIX as PUBLICATION
from tests.publication.world import build_with_publication
from tests.translation.matrix import MATRIX as TRANSLATION
from tests.wordin.matrix import MATRIX as WORDIN

PUBLIC = {
    ("GET", "/api/v1/healthz"),
    ("GET", "/healthz"),
    ("GET", "/api/v1/readyz"),
    ("GET", "/readyz"),
    ("GET", "/metrics"),  # CONCORD_METRICS_TOKEN, not a person (tests/core/test_telemetry.py)
    ("POST", "/api/v1/auth/login"),
    ("POST", "/api/v1/auth/logout"),
    ("GET", "/api/v1/auth/invitations/{token}"),
    ("POST", "/api/v1/auth/invitations/accept"),
    ("GET", "/api/v1/auth/providers"),
    ("GET", "/api/v1/auth/oidc/{provider}/login"),
    ("GET", "/api/v1/auth/oidc/{provider}/callback"),
}
# Changes that are the point of a refusal, not a leak of one: the audit trail and sign-in counts.
UNTRACKED_TABLES = {"auditevent", "audithead", "loginattempt"}


MATRIX: dict[tuple[str, str], Case] = (
    COMMITMENTS
    | CONSENSUS
    | DELIBERATION
    | EXPORT
    | LIVE
    | NOTIFY
    | PUBLICATION
    | TRANSLATION
    | WORDIN
    | {
        ("GET", "/api/v1/auth/me"): Case(everyone(200), lambda w: "/api/v1/auth/me"),
        ("GET", "/api/v1/auth/tokens"): Case(everyone(200), lambda w: "/api/v1/auth/tokens"),
        ("POST", "/api/v1/auth/tokens"): Case(
            everyone(201), lambda w: "/api/v1/auth/tokens", lambda w: {"name": "laptop"}
        ),
        ("DELETE", "/api/v1/auth/tokens/{token_id}"): Case(
            only(204, "secretariat", denied=404),
            lambda w: f"/api/v1/auth/tokens/{w.token_ids['secretariat']}",
        ),
        ("GET", "/api/v1/delegations"): Case(everyone(200), lambda w: "/api/v1/delegations"),
        ("POST", "/api/v1/delegations"): Case(
            only(201, "secretariat"),
            lambda w: "/api/v1/delegations",
            lambda w: {"code": "NEW", "name": "New state"},
        ),
        ("GET", "/api/v1/delegations/{delegation_id}"): Case(
            only(200, "secretariat", "unannounced", denied=404),
            lambda w: f"/api/v1/delegations/{w.unannounced.id}",
        ),
        ("PATCH", "/api/v1/delegations/{delegation_id}"): Case(
            only(200, "secretariat"),
            lambda w: f"/api/v1/delegations/{w.delegation_a.id}",
            lambda w: {"name": "Delegation A (renamed)"},
        ),
        ("POST", "/api/v1/delegations/{delegation_id}/members"): Case(
            only(200, "secretariat"),
            lambda w: f"/api/v1/delegations/{w.delegation_a.id}/members",
            lambda w: {"user_id": w.people["delegate_b"].id},
        ),
        ("GET", "/api/v1/audit"): Case(only(200, "secretariat"), lambda w: "/api/v1/audit"),
        ("GET", "/api/v1/users"): Case(only(200, "secretariat"), lambda w: "/api/v1/users"),
        ("POST", "/api/v1/users"): Case(
            only(201, "secretariat"),
            lambda w: "/api/v1/users",
            lambda w: {"email": "new@a.example", "name": "New", "delegation_id": w.delegation_a.id},
        ),
        ("PATCH", "/api/v1/users/{user_id}"): Case(
            only(200, "secretariat"),
            lambda w: f"/api/v1/users/{w.people['delegate_a'].id}",
            lambda w: {"name": "Renamed"},
        ),
        ("POST", "/api/v1/users/{user_id}/invitation"): Case(
            only(200, "secretariat"),
            lambda w: f"/api/v1/users/{w.people['delegate_b'].id}/invitation",
        ),
        ("DELETE", "/api/v1/users/{user_id}/invitation"): Case(
            only(409, "secretariat"),  # no open link: the refusal is the secretariat's alone
            lambda w: f"/api/v1/users/{w.people['delegate_b'].id}/invitation",
        ),
        ("GET", "/api/v1/working-groups"): Case(everyone(200), lambda w: "/api/v1/working-groups"),
        ("POST", "/api/v1/working-groups"): Case(
            only(201, "secretariat"), lambda w: "/api/v1/working-groups", lambda w: {"name": "WG 2"}
        ),
        ("GET", "/api/v1/working-groups/{group_id}"): Case(
            only(200, *DRAFTERS, "observer_chair", denied=404),
            lambda w: f"/api/v1/working-groups/{w.group.id}",
        ),
        ("PATCH", "/api/v1/working-groups/{group_id}"): Case(
            only(200, *PEN, denied=404) | {"member": 403, "observer_chair": 403},
            lambda w: f"/api/v1/working-groups/{w.group.id}",
            lambda w: {"description": "Drafts the statement."},
        ),
        ("POST", "/api/v1/working-groups/{group_id}/members"): Case(
            only(200, *PEN, denied=404) | {"member": 403, "observer_chair": 403},
            lambda w: f"/api/v1/working-groups/{w.group.id}/members",
            lambda w: {"user_id": w.people["head_a"].id, "role": "member"},
        ),
        ("GET", "/api/v1/documents"): Case(everyone(200), lambda w: "/api/v1/documents"),
        ("POST", "/api/v1/documents"): Case(
            only(201, "secretariat"), lambda w: "/api/v1/documents", lambda w: {"title": "New text"}
        ),
        ("GET", "/api/v1/documents/{document_id}"): Case(
            READ, lambda w: f"/api/v1/documents/{w.document.id}"
        ),
        ("PATCH", "/api/v1/documents/{document_id}"): Case(
            document_rule(200, *PEN),
            lambda w: f"/api/v1/documents/{w.document.id}",
            lambda w: {"title": "Summit statement (rev)"},
        ),
        ("POST", "/api/v1/documents/{document_id}/sections"): Case(
            document_rule(201, *DRAFTERS),
            lambda w: f"/api/v1/documents/{w.document.id}/sections",
            lambda w: {"text": "A new paragraph."},
        ),
        ("GET", "/api/v1/sections/{section_id}"): Case(
            READ, lambda w: f"/api/v1/sections/{w.section.id}"
        ),
        ("PATCH", "/api/v1/sections/{section_id}"): Case(
            document_rule(200, *DRAFTERS),
            lambda w: f"/api/v1/sections/{w.section.id}",
            lambda w: {"after": w.other_section.id},
        ),
        ("DELETE", "/api/v1/sections/{section_id}"): Case(
            document_rule(204, *DRAFTERS), lambda w: f"/api/v1/sections/{w.section.id}"
        ),
        ("GET", "/api/v1/sections/{section_id}/versions"): Case(
            READ, lambda w: f"/api/v1/sections/{w.section.id}/versions"
        ),
        ("POST", "/api/v1/sections/{section_id}/versions"): Case(
            document_rule(201, *DRAFTERS),
            lambda w: f"/api/v1/sections/{w.section.id}/versions",
            lambda w: {"text": "We [strongly] welcome the consortium.", "base_version": 2},
        ),
        ("POST", "/api/v1/sections/{section_id}/brackets"): Case(
            document_rule(201, *PEN),
            lambda w: f"/api/v1/sections/{w.section.id}/brackets",
            # v2 is "We warmly [welcome] the consortium.": the chair agrees the bracketed word.
            lambda w: {"action": "clean", "start": 10, "base_version": 2, "reason": "agreed"},
        ),
        ("PUT", "/api/v1/sections/{section_id}/holders"): Case(
            document_rule(200, *PEN),
            lambda w: f"/api/v1/sections/{w.section.id}/holders",
            # v2 is "We warmly [welcome] the consortium.": A holds the bracket.
            lambda w: {
                "version": 2,
                "start": 10,
                "delegation_ids": [w.delegation_a.id],
                "reason": "A insists",
            },
        ),
        ("GET", "/api/v1/sections/{section_id}/versions/{number}"): Case(
            READ, lambda w: f"/api/v1/sections/{w.section.id}/versions/1"
        ),
        ("GET", "/api/v1/sections/{section_id}/diff"): Case(
            READ, lambda w: f"/api/v1/sections/{w.section.id}/diff", query={"from": "1", "to": "2"}
        ),
        ("GET", "/api/v1/documents/{document_id}/revisions"): Case(
            READ, lambda w: f"/api/v1/documents/{w.document.id}/revisions"
        ),
        ("POST", "/api/v1/documents/{document_id}/revisions"): Case(
            document_rule(201, *PEN),
            lambda w: f"/api/v1/documents/{w.document.id}/revisions",
            lambda w: {},
        ),
        ("GET", "/api/v1/documents/{document_id}/diff"): Case(
            READ, lambda w: f"/api/v1/documents/{w.document.id}/diff", query={"from": "Rev.1"}
        ),
    }
)


def api_routes() -> set[tuple[str, str]]:
    return {
        (method, prefix + route.path)
        for prefix, router in ROUTERS
        for route in router.routes
        if isinstance(route, APIRoute)
        for method in route.methods or ()
    }


def test_every_route_is_public_or_in_the_matrix() -> None:
    routes = api_routes()
    assert len(routes) > 30
    unlisted = routes - PUBLIC - set(MATRIX)
    assert not unlisted, f"routes with no permission rule: {sorted(unlisted)}"
    assert not set(MATRIX) - routes, "matrix rows for routes that no longer exist"


def fingerprint(session: Session) -> dict[str, list[Any]]:
    tables = sorted(set(metadata.tables) - UNTRACKED_TABLES)
    return {
        name: sorted(map(repr, session.execute(text(f'SELECT * FROM "{name}"')).all()))
        for name in tables
    }


@pytest.fixture
def world(session: Session) -> World:
    return build_with_publication(session)


@pytest.mark.parametrize("route", sorted(MATRIX), ids=lambda r: f"{r[0]} {r[1]}")
def test_route_answers_each_role_exactly(
    route: tuple[str, str], app: FastAPI, session: Session, world: World
) -> None:
    case = MATRIX[route]
    method = route[0]
    path = case.path(world)
    body = case.body(world)
    got: dict[str, int] = {}
    for role in ROLES:
        attempt = session.begin_nested()
        before = fingerprint(session)
        client = world.client(app, role)
        if case.files is not None:
            response = client.request(
                method, path, params=case.query or None, files=case.files(world), data=body
            )
        else:
            # No query of its own: the path's (a signed link) stays as it is.
            response = client.request(method, path, params=case.query or None, json=body)
        got[role] = response.status_code
        if response.status_code >= 400:
            assert set(response.json()) == {"error"}, (role, response.text)
            assert fingerprint(session) == before, f"{role} was refused but something changed"
        attempt.rollback()
    assert got == case.expect


def test_matrix_size() -> None:
    assert len(MATRIX) * len(ROLES) >= 250
