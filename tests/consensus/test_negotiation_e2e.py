"""The whole negotiation through the API, on whichever database the suite runs on:
draft, comment, propose, accept, approve, edit (approvals go stale), re-approve, circulate,
silence, object, reopen and re-circulate, silence again, and adoption when the deadline passes."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from concord.audit import service as audit
from concord.audit import verification
from concord.consensus import lifecycle
from concord.consensus.models import Adoption
from concord.core.clock import now, set_clock
from concord.identity.models import DelegationKind, User
from tests import factories


def ok(response: Any, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json()


def approve_all(heads: list[TestClient], sections: list[dict[str, Any]]) -> None:
    for head in heads:
        for section in sections:
            version = section["current"]["number"]
            ok(
                head.put(
                    f"/api/v1/sections/{section['id']}/approvals/mine",
                    json={"version": version, "decision": "approve"},
                )
            )


def test_a_text_goes_from_first_draft_to_adoption(
    app: FastAPI, session: Session, secretariat_api: TestClient
) -> None:
    france = factories.make_delegation(session, name="France")
    jordan = factories.make_delegation(session, name="Jordan")
    civil = factories.make_delegation(session, kind=DelegationKind.civil_society)
    chair_user = factories.make_user(session, delegation=civil, name="Chair")
    heads_users: list[User] = [
        factories.make_user(session, delegation=d, head=True) for d in (france, jordan)
    ]
    group = factories.make_group(session, chair_user)
    chair = factories.client_as(app, session, chair_user)
    heads = [factories.client_as(app, session, u) for u in heads_users]
    sec = secretariat_api

    document = ok(
        sec.post(
            "/api/v1/documents",
            json={
                "title": "Leaders' communiqué",
                "kind": "communique",
                "working_group_id": group.id,
                "parties": [france.id, jordan.id],
            },
        ),
        201,
    )
    doc = f"/api/v1/documents/{document['id']}"
    first = ok(chair.post(f"{doc}/sections", json={"text": "We [welcome][note] the ICCSP."}), 201)
    second = ok(chair.post(f"{doc}/sections", json={"text": "نرحب بالتزامات التمويل."}), 201)
    s1 = f"/api/v1/sections/{first['id']}"

    # Discuss: a comment on a phrase, an amendment that removes the brackets, accepted.
    comment = ok(
        heads[0].post(
            f"{s1}/comments",
            json={"body": "Prefer 'welcome'.", "version": 1, "anchor": {"quote": "[welcome]"}},
        ),
        201,
    )
    amendment = ok(
        heads[1].post(
            f"{s1}/amendments",
            json={
                "text": "We welcome the ICCSP.",
                "base_version": 1,
                "rationale": "Agreed at the table.",
            },
        ),
        201,
    )
    ok(chair.post(f"/api/v1/amendments/{amendment['id']}/accept", json={"reason": "Consensus."}))
    sections = ok(chair.get(doc))["sections"]
    assert sections[0]["current"]["text"] == "We welcome the ICCSP."
    listed = ok(chair.get(f"{s1}/comments"))
    assert listed[0]["id"] == comment["id"]

    # Approve; a new version makes those approvals stale; approve again.
    approve_all(heads, sections)
    ok(
        chair.post(
            f"{s1}/versions", json={"text": "We warmly welcome the ICCSP.", "base_version": 2}
        ),
        201,
    )
    matrix = ok(sec.get(f"{doc}/approvals"))
    assert ok(sec.get(doc))["approvals"]["agreed"] == 1  # only the untouched paragraph
    sections = ok(chair.get(doc))["sections"]
    approve_all(heads, sections)
    assert ok(sec.get(doc))["approvals"]["agreed"] == 2
    assert matrix  # the matrix answered while approvals were stale

    # Circulate, silence, an objection breaks it.
    ok(chair.post(f"{doc}/circulate", json={}))
    assert chair.post(f"{s1}/versions", json={"text": "x", "base_version": 3}).status_code == 409
    deadline = now() + timedelta(hours=80)
    ok(sec.post(f"{doc}/silence", json={"deadline": deadline.isoformat()}))
    broken = ok(heads[1].post(f"{doc}/silence/break", json={"reason": "Capital needs a word."}))
    assert broken["status"] == "circulated"
    assert broken["silence"]["status"] == "broken"

    # Reopen, fix, re-circulate, approve, silence again, and let the deadline pass.
    ok(sec.post(f"{doc}/reopen", json={}))
    ok(
        chair.post(
            f"{s1}/versions", json={"text": "We warmly welcome the new ICCSP.", "base_version": 3}
        ),
        201,
    )
    sections = ok(chair.get(doc))["sections"]
    approve_all(heads, sections)
    ok(chair.post(f"{doc}/circulate", json={}))
    deadline = now() + timedelta(hours=80)
    ok(sec.post(f"{doc}/silence", json={"deadline": deadline.isoformat()}))
    later = deadline + timedelta(minutes=1)
    set_clock(lambda: later)
    try:
        adopted = lifecycle.adopt_due(session)
    finally:
        set_clock(None)
    assert len(adopted) == 1
    state = ok(sec.get(doc))
    assert state["status"] == "adopted"
    adoption = session.exec(select(Adoption)).one()
    assert adoption.via == "silence"
    (logged,) = audit.list_events(session, action="document.adopt")
    assert adoption.manifest_hash in logged.payload
    assert second["id"] in [s["id"] for s in state["sections"]]
    # After adoption: no edits, no breaking silence.
    assert heads[0].post(f"{doc}/silence/break", json={"reason": "Too late"}).status_code == 409
    assert verification.verify(session).ok
