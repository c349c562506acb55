"""Permission-matrix rows for the register (merged in tests/identity/test_permissions.py).

Reading follows the register's own rule (commitments/register.py); writing is the
secretariat's. A project or commitment the caller may not see is 404, like any object.
"""

from __future__ import annotations

from tests.access_world import ROLES
from tests.commitments.world import register_of
from tests.identity.permission_rules import Case, everyone, only

PREFIX = "/api/v1"
ENTITLED_TO_U = ("secretariat", "unannounced")
A = ("secretariat", "head_a", "delegate_a")


def _seen_by(*roles: str) -> dict[str, int]:
    return {r: 200 if r in roles else 404 for r in ROLES} | {"anonymous": 401}


MATRIX: dict[tuple[str, str], Case] = {
    ("GET", f"{PREFIX}/projects"): Case(everyone(200), lambda w: f"{PREFIX}/projects"),
    ("POST", f"{PREFIX}/projects"): Case(
        only(201, "secretariat"),
        lambda w: f"{PREFIX}/projects",
        lambda w: {"title": "Schools", "lead_delegation_id": w.delegation_b.id},
    ),
    ("GET", f"{PREFIX}/projects/{{project_id}}"): Case(
        _seen_by(*ENTITLED_TO_U),
        lambda w: f"{PREFIX}/projects/{register_of(w).hidden_project}",
    ),
    ("PATCH", f"{PREFIX}/projects/{{project_id}}"): Case(
        only(200, "secretariat"),
        lambda w: f"{PREFIX}/projects/{register_of(w).project}",
        lambda w: {"description": "Pipes and pumps."},
    ),
    ("GET", f"{PREFIX}/commitments"): Case(everyone(200), lambda w: f"{PREFIX}/commitments"),
    ("POST", f"{PREFIX}/commitments"): Case(
        only(201, "secretariat"),
        lambda w: f"{PREFIX}/commitments",
        lambda w: {
            "project_id": register_of(w).project,
            "pledgers": [{"delegation_id": w.delegation_b.id, "amount": "12.50"}],
            "currency": "USD",
            "kind": "loan",
            "period_start": 2027,
            "period_end": 2027,
        },
    ),
    ("GET", f"{PREFIX}/commitments/totals"): Case(
        everyone(200), lambda w: f"{PREFIX}/commitments/totals", query={"reporting": "USD"}
    ),
    ("GET", f"{PREFIX}/commitments/{{commitment_id}}"): Case(
        _seen_by(*A), lambda w: f"{PREFIX}/commitments/{register_of(w).draft_a}"
    ),
    ("PATCH", f"{PREFIX}/commitments/{{commitment_id}}"): Case(
        only(200, "secretariat"),
        lambda w: f"{PREFIX}/commitments/{register_of(w).draft_a}",
        lambda w: {"status": "confirmed"},
    ),
    ("GET", f"{PREFIX}/exchange-rates"): Case(everyone(200), lambda w: f"{PREFIX}/exchange-rates"),
    ("PUT", f"{PREFIX}/exchange-rates"): Case(
        only(200, "secretariat"),
        lambda w: f"{PREFIX}/exchange-rates",
        lambda w: {"currency": "ILS", "reporting": "USD", "as_of": "2026-12-01", "rate": "0.27"},
    ),
}
