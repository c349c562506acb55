"""The register through the API: visibility, shares, transitions, totals and conversion."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session

from tests.access_world import MARKER, World, build
from tests.commitments.world import HIDDEN_DIGITS, register_of
from tests.factories import error_of

API = "/api/v1"


@pytest.fixture
def world(session: Session) -> World:
    return build(session)


def _pledge(w: World, **changes: Any) -> dict[str, Any]:
    return {
        "project_id": register_of(w).project,
        "pledgers": [{"delegation_id": w.delegation_b.id, "amount": "0.10"}],
        "currency": "USD",
        "kind": "grant",
        "period_start": 2027,
        "period_end": 2028,
    } | changes


def test_a_joint_pledge_shows_a_partner_only_the_shares_it_may_know(
    app: FastAPI, world: World
) -> None:
    joint = register_of(world).joint
    mine = world.client(app, "delegate_a").get(f"{API}/commitments/{joint}").json()
    assert [p["delegation"]["code"] for p in mine["pledgers"]] == ["AAA"]
    assert mine["amount"] == "1000000.00"
    whole = world.client(app, "secretariat").get(f"{API}/commitments/{joint}").json()
    assert sorted(p["delegation"]["code"] for p in whole["pledgers"]) == ["AAA", MARKER]
    assert whole["amount"] == f"{int(HIDDEN_DIGITS) + 1_000_000}.00"
    assert world.client(app, "delegate_b").get(f"{API}/commitments/{joint}").status_code == 404


def test_a_draft_is_seen_by_its_delegation_and_the_secretariat_only(
    app: FastAPI, world: World
) -> None:
    draft = register_of(world).draft_a
    for role, status in [("head_a", 200), ("secretariat", 200), ("delegate_b", 404)]:
        got = world.client(app, role).get(f"{API}/commitments/{draft}")
        assert got.status_code == status, role
    listed = world.client(app, "chair").get(f"{API}/commitments").json()
    assert [c["id"] for c in listed] == [register_of(world).confirmed_a]


def test_exact_amounts_sum_without_float(app: FastAPI, world: World) -> None:
    secretariat = world.client(app, "secretariat")
    for amount in ("0.10", "0.20"):
        assert (
            secretariat.post(
                f"{API}/commitments",
                json=_pledge(
                    world, pledgers=[{"delegation_id": world.delegation_b.id, "amount": amount}]
                ),
            ).status_code
            == 201
        )
    mine = secretariat.get(f"{API}/commitments/totals").json()
    usd = {t["currency"]: t["amount"] for t in mine["by_currency"]}["USD"]
    assert usd == "0.30"


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"currency": "XYZ"}, "validation_error"),
        ({"pledgers": [{"delegation_id": 1, "amount": 10.5}]}, "validation_error"),
        ({"period_start": 2029, "period_end": 2027}, "invalid_period"),
        ({"pledgers": [{"delegation_id": 999_999, "amount": "1"}]}, "unknown_delegation"),
        ({"project_id": "prj_" + "A" * 22}, "unknown_project"),
        ({"kind": "gift"}, "validation_error"),
    ],
)
def test_bad_pledges_are_refused_with_a_code(
    app: FastAPI, world: World, changes: dict[str, Any], code: str
) -> None:
    response = world.client(app, "secretariat").post(
        f"{API}/commitments", json=_pledge(world, **changes)
    )
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == code


def test_status_moves_draft_confirmed_announced_only(app: FastAPI, world: World) -> None:
    secretariat = world.client(app, "secretariat")
    draft = register_of(world).draft_a
    jump = secretariat.patch(f"{API}/commitments/{draft}", json={"status": "announced"})
    assert jump.status_code == 409
    assert error_of(jump) == {
        "code": "commitment_status_step",
        "message": "A draft commitment cannot become announced.",
        "details": {"from": "draft", "to": "announced"},
    }
    for step in ("confirmed", "announced"):
        moved = secretariat.patch(f"{API}/commitments/{draft}", json={"status": step})
        assert moved.json()["status"] == step
    final = secretariat.patch(f"{API}/commitments/{draft}", json={"status": "draft"})
    assert final.status_code == 409
    assert error_of(final)["code"] == "commitment_on_record"
    edit = secretariat.patch(f"{API}/commitments/{draft}", json={"period_end": 2031})
    assert error_of(edit)["code"] == "commitment_on_record"


def test_a_pledge_of_an_unannounced_party_cannot_be_announced(app: FastAPI, world: World) -> None:
    response = world.client(app, "secretariat").patch(
        f"{API}/commitments/{register_of(world).joint}", json={"status": "announced"}
    )
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "pledger_unannounced"


def test_totals_count_only_what_the_viewer_sees_and_say_so(app: FastAPI, world: World) -> None:
    outsider = world.client(app, "delegate_b").get(f"{API}/commitments/totals").json()
    assert outsider["scope"] == "visible_to_you"
    assert outsider["by_currency"] == [{"currency": "EUR", "amount": "500000.00"}]
    own = world.client(app, "head_a").get(f"{API}/commitments/totals").json()
    # A's three pledges: its share of the joint one, its draft, its confirmed one.
    assert own["by_currency"] == [{"currency": "EUR", "amount": "1750000.50"}]
    assert [d["key"] for d in own["by_delegation"]] == ["Delegation A"]
    everything = world.client(app, "secretariat").get(f"{API}/commitments/totals").json()
    assert everything["scope"] == "all"
    total = Decimal("1750000.50") + Decimal(HIDDEN_DIGITS) * 2 + Decimal("0.25")
    assert everything["by_currency"] == [{"currency": "EUR", "amount": f"{total}"}]


def test_conversion_uses_the_latest_rate_on_or_before_the_date(app: FastAPI, world: World) -> None:
    secretariat = world.client(app, "secretariat")
    rate = {"currency": "EUR", "reporting": "USD", "as_of": "2026-12-10", "rate": "1.10"}
    assert secretariat.put(f"{API}/exchange-rates", json=rate).status_code == 200
    client = world.client(app, "delegate_b")

    def converted(on: str) -> dict[str, Any]:
        body = client.get(f"{API}/commitments/totals", params={"reporting": "USD", "on": on})
        return dict(body.json()["converted"])

    assert converted("2026-11-30") == {
        "reporting": "USD",
        "on": "2026-11-30",
        "amount": "0.00",
        "missing_rates": ["EUR"],
    }
    assert converted("2026-12-05")["amount"] == "540000.00"  # 500000 at 1.08
    assert converted("2026-12-31")["amount"] == "550000.00"  # 500000 at 1.10


def test_a_hidden_project_is_404_and_listed_for_the_entitled(app: FastAPI, world: World) -> None:
    hidden = register_of(world).hidden_project
    assert world.client(app, "chair").get(f"{API}/projects/{hidden}").status_code == 404
    titles = [p["title"] for p in world.client(app, "unannounced").get(f"{API}/projects").json()]
    assert f"Fund of {MARKER}" in titles
    public = world.client(app, "delegate_b").get(f"{API}/projects").json()
    assert [p["title"] for p in public] == ["Water for Peace"]
    assert [d["code"] for d in public[0]["partners"]] == ["AAA"]


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    shares=st.lists(
        st.tuples(
            st.sampled_from(["EUR", "USD", "ILS"]),
            st.decimals(min_value=Decimal("0.01"), max_value=Decimal("9999999999.99"), places=2),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_totals_equal_the_sum_of_the_parts_in_each_currency(
    app: FastAPI, session: Session, world: World, shares: list[tuple[str, Decimal]]
) -> None:
    attempt = session.begin_nested()
    secretariat = world.client(app, "secretariat")
    before = secretariat.get(f"{API}/commitments/totals").json()
    expected = {t["currency"]: Decimal(t["amount"]) for t in before["by_currency"]}
    for currency, amount in shares:
        body = _pledge(
            world,
            currency=currency,
            pledgers=[{"delegation_id": world.delegation_b.id, "amount": str(amount)}],
        )
        assert secretariat.post(f"{API}/commitments", json=body).status_code == 201
        expected[currency] = expected.get(currency, Decimal(0)) + amount
    after = secretariat.get(f"{API}/commitments/totals").json()
    assert {t["currency"]: Decimal(t["amount"]) for t in after["by_currency"]} == expected
    per_project = sum(
        (Decimal(a["amount"]) for t in after["by_project"] for a in t["amounts"]), Decimal(0)
    )
    assert per_project == sum(expected.values(), Decimal(0))
    attempt.rollback()
