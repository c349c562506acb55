"""Delegations, people, invitations, working groups and personal access tokens via the API."""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import urlsplit

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session

from concord.consensus.models import Approver
from concord.core.clock import now, set_clock
from concord.identity.models import User
from tests import factories


def invite(secretariat_api: TestClient, **extra: object) -> dict[str, object]:
    response = secretariat_api.post(
        "/api/v1/users", json={"email": "Nadia@Example.org", "name": "Nadia", **extra}
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


def token_of(invitation: dict[str, object]) -> str:
    return urlsplit(str(invitation["invitation_url"])).path.rsplit("/", 1)[-1]


def test_invited_person_sets_a_password_once_and_is_signed_in(
    app: FastAPI, secretariat_api: TestClient
) -> None:
    invitation = invite(secretariat_api)
    assert invitation["user"]["email"] == "nadia@example.org"  # type: ignore[index]
    assert invitation["user"]["has_password"] is False  # type: ignore[index]
    token = token_of(invitation)
    browser = TestClient(app)
    shown = browser.get(f"/api/v1/auth/invitations/{token}")
    assert shown.json()["email"] == "nadia@example.org"
    weak = browser.post(
        "/api/v1/auth/invitations/accept", json={"token": token, "password": "short"}
    )
    assert weak.status_code == 422
    assert weak.json()["error"]["code"] == "weak_password"
    accepted = browser.post(
        "/api/v1/auth/invitations/accept",
        json={"token": token, "password": "a long enough passphrase"},
    )
    assert accepted.status_code == 200
    assert browser.get("/api/v1/auth/me").json()["email"] == "nadia@example.org"
    again = TestClient(app).post(
        "/api/v1/auth/invitations/accept", json={"token": token, "password": "another passphrase!"}
    )
    assert again.status_code == 410
    assert again.json()["error"]["code"] == "invitation_invalid"
    signed_in = TestClient(app).post(
        "/api/v1/auth/login",
        json={"email": "nadia@example.org", "password": "a long enough passphrase"},
    )
    assert signed_in.status_code == 200


def test_expired_invitation_is_410(app: FastAPI, secretariat_api: TestClient) -> None:
    token = token_of(invite(secretariat_api))
    later = now() + timedelta(days=15)
    set_clock(lambda: later)
    try:
        response = TestClient(app).post(
            "/api/v1/auth/invitations/accept",
            json={"token": token, "password": "a long enough passphrase"},
        )
    finally:
        set_clock(None)
    assert response.status_code == 410


def test_secretariat_flag_needs_a_secretariat_delegation(
    secretariat_api: TestClient, session: Session
) -> None:
    government = factories.make_delegation(session)
    response = secretariat_api.post(
        "/api/v1/users",
        json={"email": "x@y.org", "name": "X", "delegation_id": government.id, "secretariat": True},
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "secretariat_needs_delegation"


def test_duplicate_email_is_409(secretariat_api: TestClient) -> None:
    invite(secretariat_api)
    response = secretariat_api.post(
        "/api/v1/users", json={"email": "nadia@example.org", "name": "N"}
    )
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "user_exists"


def test_token_is_shown_once_listed_without_secret_and_revocable(
    api: TestClient, app: FastAPI
) -> None:
    created = api.post("/api/v1/auth/tokens", json={"name": "laptop"})
    assert created.status_code == 201
    secret = created.json()["token"]
    listed = api.get("/api/v1/auth/tokens").json()
    assert secret not in str(listed)
    assert {"laptop"} <= {t["name"] for t in listed}
    other = TestClient(app, headers={"Authorization": f"Bearer {secret}"})
    assert other.get("/api/v1/auth/me").status_code == 200
    assert api.delete(f"/api/v1/auth/tokens/{created.json()['id']}").status_code == 204
    assert other.get("/api/v1/auth/me").status_code == 401


def test_delegation_codes_are_unique_and_well_formed(secretariat_api: TestClient) -> None:
    first = secretariat_api.post("/api/v1/delegations", json={"code": "ITA", "name": "Italy"})
    assert first.status_code == 201
    again = secretariat_api.post("/api/v1/delegations", json={"code": "ITA", "name": "Italia"})
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "delegation_exists"
    odd = secretariat_api.post("/api/v1/delegations", json={"code": "I T<A>", "name": "x"})
    assert odd.status_code == 422
    assert odd.json()["error"]["details"]["field"] == "code"


def test_a_delegation_cannot_be_unannounced_again(secretariat_api: TestClient) -> None:
    made = secretariat_api.post(
        "/api/v1/delegations", json={"code": "SAU", "name": "S", "announced": False}
    )
    delegation_id = made.json()["id"]
    assert (
        secretariat_api.patch(
            f"/api/v1/delegations/{delegation_id}", json={"announced": False}
        ).status_code
        == 422
    )
    announced = secretariat_api.patch(
        f"/api/v1/delegations/{delegation_id}", json={"announced": True}
    )
    assert announced.json()["announced"] is True


def test_delegation_members_are_placed_by_the_secretariat(
    secretariat_api: TestClient, session: Session
) -> None:
    delegation = factories.make_delegation(session)
    person = factories.make_user(session)
    response = secretariat_api.post(
        f"/api/v1/delegations/{delegation.id}/members", json={"user_id": person.id, "head": True}
    )
    assert response.status_code == 200
    assert response.json()["members"] == [{"id": person.id, "name": person.name, "is_head": True}]


def test_chair_grows_the_working_group(
    app: FastAPI, secretariat_api: TestClient, session: Session, user: User
) -> None:
    group = secretariat_api.post("/api/v1/working-groups", json={"name": "Analysis"}).json()
    added = secretariat_api.post(
        f"/api/v1/working-groups/{group['id']}/members", json={"user_id": user.id, "role": "chair"}
    )
    assert added.status_code == 200

    chair = factories.client_as(app, session, user)
    # A chair adds people it may list: members of the delegations it knows of.
    newcomer = factories.make_user(session, delegation=factories.make_delegation(session))
    grown = chair.post(
        f"/api/v1/working-groups/{group['id']}/members", json={"user_id": newcomer.id}
    )
    assert grown.status_code == 200
    assert {(m["person"]["id"], m["role"]) for m in grown.json()["members"]} == {
        (user.id, "chair"),
        (newcomer.id, "member"),
    }
    assert [g["id"] for g in chair.get("/api/v1/working-groups").json()] == [group["id"]]


def test_document_in_a_working_group_is_drafted_by_its_members(
    secretariat_api: TestClient, api: TestClient, user: User
) -> None:
    group = secretariat_api.post("/api/v1/working-groups", json={"name": "Statement"}).json()
    secretariat_api.post(f"/api/v1/working-groups/{group['id']}/members", json={"user_id": user.id})
    document = secretariat_api.post(
        "/api/v1/documents", json={"title": "Statement", "working_group_id": group["id"]}
    ).json()
    response = api.post(f"/api/v1/documents/{document['id']}/sections", json={"text": "We meet."})
    assert response.status_code == 201
    unknown = secretariat_api.post(
        "/api/v1/documents", json={"title": "T", "working_group_id": 999_999}
    )
    assert unknown.status_code == 422
    assert unknown.json()["error"]["code"] == "unknown_working_group"


def test_leave_to_approve_does_not_travel_to_another_delegation(
    secretariat_api: TestClient, session: Session
) -> None:
    first, second = factories.make_delegation(session), factories.make_delegation(session)
    delegate = factories.make_user(session, delegation=first)
    allowed = secretariat_api.put(f"/api/v1/delegations/{first.id}/approvers/{delegate.id}")
    assert allowed.status_code == 200, allowed.text
    assert session.get(Approver, delegate.id) is not None
    moved = secretariat_api.post(
        f"/api/v1/delegations/{second.id}/members", json={"user_id": delegate.id}
    )
    assert moved.status_code == 200
    session.expire_all()
    assert session.get(Approver, delegate.id) is None


def person_in_list(secretariat_api: TestClient, email: str) -> dict[str, object]:
    (person,) = [p for p in secretariat_api.get("/api/v1/users").json() if p["email"] == email]
    return dict(person)


def test_who_has_not_yet_signed_in_is_listed(app: FastAPI, secretariat_api: TestClient) -> None:
    invitation = invite(secretariat_api)
    waiting = person_in_list(secretariat_api, "nadia@example.org")
    assert waiting["last_sign_in_at"] is None
    assert waiting["invitation_expires_at"] == invitation["invitation_expires_at"]
    accepted = TestClient(app).post(
        "/api/v1/auth/invitations/accept",
        json={"token": token_of(invitation), "password": "a long enough passphrase"},
    )
    assert accepted.status_code == 200
    signed_in = person_in_list(secretariat_api, "nadia@example.org")
    assert signed_in["last_sign_in_at"] is not None
    assert signed_in["invitation_expires_at"] is None


def test_a_reissued_invitation_replaces_the_earlier_link(
    app: FastAPI, secretariat_api: TestClient
) -> None:
    first = invite(secretariat_api)
    person_id = first["user"]["id"]  # type: ignore[index]
    again = secretariat_api.post(f"/api/v1/users/{person_id}/invitation")
    assert again.status_code == 200, again.text
    browser = TestClient(app)
    assert browser.get(f"/api/v1/auth/invitations/{token_of(first)}").status_code == 410
    assert browser.get(f"/api/v1/auth/invitations/{token_of(again.json())}").status_code == 200
    accepted = browser.post(
        "/api/v1/auth/invitations/accept",
        json={"token": token_of(again.json()), "password": "a long enough passphrase"},
    )
    assert accepted.status_code == 200
    # Signed in: no new link lets anyone set their password.
    refused = secretariat_api.post(f"/api/v1/users/{person_id}/invitation")
    assert refused.status_code == 409
    assert refused.json()["error"]["code"] == "already_signed_in"


def test_a_revoked_invitation_stops_working(
    app: FastAPI, secretariat_api: TestClient, session: Session
) -> None:
    invitation = invite(secretariat_api)
    person_id = invitation["user"]["id"]  # type: ignore[index]
    revoked = secretariat_api.delete(f"/api/v1/users/{person_id}/invitation")
    assert revoked.status_code == 204
    shown = TestClient(app).get(f"/api/v1/auth/invitations/{token_of(invitation)}")
    assert shown.status_code == 410
    assert person_in_list(secretariat_api, "nadia@example.org")["invitation_expires_at"] is None
    twice = secretariat_api.delete(f"/api/v1/users/{person_id}/invitation")
    assert twice.status_code == 409
    assert twice.json()["error"]["code"] == "no_open_invitation"


def test_a_disabled_person_is_not_invited_again(secretariat_api: TestClient) -> None:
    person_id = invite(secretariat_api)["user"]["id"]  # type: ignore[index]
    disabled = secretariat_api.patch(f"/api/v1/users/{person_id}", json={"disabled": True})
    assert disabled.status_code == 200
    refused = secretariat_api.post(f"/api/v1/users/{person_id}/invitation")
    assert refused.status_code == 409
    assert refused.json()["error"]["code"] == "person_disabled"


def test_a_reissued_link_works_for_the_days_asked(secretariat_api: TestClient) -> None:
    person_id = invite(secretariat_api)["user"]["id"]  # type: ignore[index]
    path = f"/api/v1/users/{person_id}/invitation"
    issued = secretariat_api.post(path, json={"days": 2})
    assert issued.status_code == 200, issued.text
    expires = datetime.fromisoformat(issued.json()["invitation_expires_at"])
    assert timedelta(days=1, hours=23) < expires - now() <= timedelta(days=2)
    for bad in ({"days": 0}, {"days": 91}, {"weeks": 1}):
        refused = secretariat_api.post(path, json=bad)
        assert refused.status_code == 422, bad
        assert refused.json()["error"]["code"] == "validation_error"
