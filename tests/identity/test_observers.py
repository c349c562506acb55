"""Observers never write, whatever working group they are added to; and adding a member to a
working group tells a chair nothing about people they may not list.

The permission matrix (tests/identity/test_permissions.py) runs every route for an observer who
chairs the access world's working group; these are the scenarios as the review reported them.
"""

from __future__ import annotations

from fastapi import FastAPI
from sqlmodel import Session

from concord.identity import service as identity
from concord.identity.models import DelegationKind, WorkingGroup, WorkingGroupRole
from tests import factories


def test_observer_added_to_the_group_cannot_save_or_add_sections(
    app: FastAPI, session: Session
) -> None:
    chair = factories.make_user(session)
    document = factories.make_document(session, author=chair, sections=1)
    section = factories.sections_of(session, document)[0]
    observer = factories.make_user(
        session, delegation=factories.make_delegation(session, kind=DelegationKind.observer)
    )
    group = session.get(WorkingGroup, document.working_group_id)
    assert group is not None
    identity.set_working_group_member(session, group, observer, WorkingGroupRole.member)
    client = factories.client_as(app, session, observer)

    assert client.get(f"/api/v1/documents/{document.id}").status_code == 200  # still reads
    saved = client.post(
        f"/api/v1/sections/{section.id}/versions", json={"text": "Observed.", "base_version": 1}
    )
    assert saved.status_code == 403, saved.text
    assert saved.json()["error"]["code"] == "observer_read_only"
    added = client.post(f"/api/v1/documents/{document.id}/sections", json={"text": "More."})
    assert added.status_code == 403
    moved = client.patch(f"/api/v1/sections/{section.id}", json={"after": None})
    assert moved.status_code == 403
    retired = client.delete(f"/api/v1/sections/{section.id}")
    assert retired.status_code == 403
    assert section.head == 1


def test_observer_chairing_the_group_holds_no_pen(app: FastAPI, session: Session) -> None:
    observer = factories.make_user(
        session, delegation=factories.make_delegation(session, kind=DelegationKind.observer)
    )
    document = factories.make_document(session, sections=1)
    group = session.get(WorkingGroup, document.working_group_id)
    assert group is not None
    identity.set_working_group_member(session, group, observer, WorkingGroupRole.chair)
    client = factories.client_as(app, session, observer)
    attempts = {
        "revision": client.post(f"/api/v1/documents/{document.id}/revisions", json={}),
        "rename": client.patch(f"/api/v1/documents/{document.id}", json={"title": "Mine"}),
        "circulate": client.post(f"/api/v1/documents/{document.id}/circulate", json={}),
        "group": client.patch(
            f"/api/v1/working-groups/{document.working_group_id}", json={"name": "Mine"}
        ),
    }
    assert {k: r.status_code for k, r in attempts.items()} == dict.fromkeys(attempts, 403)
    assert {r.json()["error"]["code"] for r in attempts.values()} == {"observer_read_only"}


def test_observer_delegation_made_a_party_sets_no_position(app: FastAPI, session: Session) -> None:
    observers = factories.make_delegation(session, kind=DelegationKind.observer)
    head = factories.make_user(session, delegation=observers, head=True)
    document = factories.make_document(session, sections=1, parties=[observers])
    section = factories.sections_of(session, document)[0]
    client = factories.client_as(app, session, head)
    position = client.put(
        f"/api/v1/sections/{section.id}/approvals/mine",
        json={"version": 1, "decision": "approve"},
    )
    assert position.status_code == 403, position.text
    assert position.json()["error"]["code"] == "observer_read_only"


def _chair_adds(app: FastAPI, session: Session, user_id: int) -> tuple[int, dict[str, object]]:
    chair = factories.make_user(session, delegation=factories.make_delegation(session))
    group = factories.make_group(session, chair)
    response = factories.client_as(app, session, chair).post(
        f"/api/v1/working-groups/{group.id}/members", json={"user_id": user_id, "role": "member"}
    )
    body = factories.error_of(response) if response.is_error else response.json()
    return response.status_code, body


def test_chair_cannot_add_or_read_a_person_they_may_not_list(
    app: FastAPI, session: Session
) -> None:
    """A chair lists the people of the delegations they know of; nobody else, by any id."""
    unplaced = factories.make_user(session, name="Unplaced Person QQX")
    gone = factories.make_user(
        session, delegation=factories.make_delegation(session), name="Departed Person QQX"
    )
    identity.update_user(session, gone, name=None, disabled=True)
    hidden = factories.make_user(
        session,
        delegation=factories.make_delegation(session, announced=False),
        name="Hidden Envoy QQX",
    )
    nobody = _chair_adds(app, session, 999_999)
    assert nobody[0] == 422
    for person in (unplaced, gone, hidden):
        assert person.id is not None
        status, body = _chair_adds(app, session, person.id)
        assert (status, body) == nobody, person.name
        assert "QQX" not in str(body)


def test_chair_adds_a_person_they_may_list(app: FastAPI, session: Session) -> None:
    delegate = factories.make_user(session, delegation=factories.make_delegation(session))
    assert delegate.id is not None
    status, body = _chair_adds(app, session, delegate.id)
    assert status == 200
    assert delegate.name in str(body)
