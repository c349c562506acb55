"""Circulate, silence, break, adopt, reopen: each transition and each refusal."""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta

from sqlmodel import Session, col, select

from concord.audit.models import AuditEvent
from concord.audit.service import canonical_json
from concord.consensus import lifecycle
from concord.consensus.models import Adoption, SilenceProcedure, SilenceStatus
from concord.drafting import service as drafting
from concord.drafting.models import Document
from tests.consensus.support import Clock, Negotiation, audit_actions, count

IN_A_WEEK = timedelta(days=7)


def approve_all(n: Negotiation, *roles: str) -> None:
    for role in roles or ("head_a", "head_b"):
        for index, section in enumerate(n.sections):
            response = n.put(role, index, version=section.head, decision="approve")
            assert response.status_code == 200, response.text


def circulate(n: Negotiation) -> None:
    response = n.clients["chair"].post(n.url("circulate"), json={})
    assert response.status_code == 200, response.text


def silence(n: Negotiation, clock: Clock, after: timedelta = IN_A_WEEK) -> dict[str, object]:
    deadline = (clock.at + after).isoformat()
    response = n.clients["secretariat"].post(n.url("silence"), json={"deadline": deadline})
    assert response.status_code == 200, response.text
    body: dict[str, object] = response.json()
    return body


def status(session: Session, n: Negotiation) -> str:
    session.refresh(n.document)
    return n.document.status


def test_circulation_makes_a_revision_and_stops_editing(
    session: Session, negotiation: Negotiation
) -> None:
    response = negotiation.clients["chair"].post(negotiation.url("circulate"), json={})
    assert response.status_code == 200
    assert response.json()["revision"] == "Rev.1"
    assert response.json()["status"] == "circulated"
    section = negotiation.sections[0]
    edit = negotiation.clients["chair"].post(
        f"/api/v1/sections/{section.id}/versions", json={"text": "Changed.", "base_version": 1}
    )
    assert edit.status_code == 409
    assert edit.json()["error"]["code"] == "document_frozen"
    # Positions go on while circulated.
    assert negotiation.put("head_a", version=1, decision="approve").status_code == 200


def test_circulating_twice_is_refused(negotiation: Negotiation) -> None:
    circulate(negotiation)
    again = negotiation.clients["secretariat"].post(negotiation.url("circulate"), json={})
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "invalid_transition"


def test_silence_needs_a_circulated_text(negotiation: Negotiation, clock: Clock) -> None:
    deadline = (clock.at + IN_A_WEEK).isoformat()
    response = negotiation.clients["secretariat"].post(
        negotiation.url("silence"), json={"deadline": deadline}
    )
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "invalid_transition"


def test_silence_deadline_must_respect_the_minimum(
    session: Session, negotiation: Negotiation, clock: Clock
) -> None:
    circulate(negotiation)
    client = negotiation.clients["secretariat"]
    soon = (clock.at + timedelta(hours=71)).isoformat()
    response = client.post(negotiation.url("silence"), json={"deadline": soon})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "deadline_too_soon"
    assert response.json()["error"]["details"]["field"] == "deadline"
    naive = client.post(negotiation.url("silence"), json={"deadline": "2099-01-01T12:00:00"})
    assert naive.status_code == 422
    assert naive.json()["error"]["details"]["field"] == "deadline"
    assert count(session, SilenceProcedure) == 0
    assert status(session, negotiation) == "circulated"
    body = silence(negotiation, clock, timedelta(hours=72))
    assert body["status"] == "silence"


def test_silence_is_the_secretariats(negotiation: Negotiation, clock: Clock) -> None:
    circulate(negotiation)
    deadline = (clock.at + IN_A_WEEK).isoformat()
    response = negotiation.clients["chair"].post(
        negotiation.url("silence"), json={"deadline": deadline}
    )
    assert response.status_code == 403


def test_objection_breaks_silence_with_who_when_and_why(
    session: Session, negotiation: Negotiation, clock: Clock
) -> None:
    circulate(negotiation)
    silence(negotiation, clock)
    clock.advance(hours=5)
    response = negotiation.put("head_b", version=1, decision="object", statement="Too weak.")
    assert response.status_code == 200
    assert status(session, negotiation) == "circulated"
    procedure = session.exec(select(SilenceProcedure)).one()
    assert procedure.status == SilenceStatus.broken
    assert procedure.broken_by == negotiation.people["head_b"].id
    assert procedure.broken_delegation_id == negotiation.b.id
    assert procedure.broken_at == clock.at
    assert procedure.broken_reason == "Too weak."
    assert audit_actions(session, "silence.") == ["silence.start", "silence.break"]


def test_a_party_member_breaks_silence_on_the_whole_text(
    session: Session, negotiation: Negotiation, clock: Clock
) -> None:
    circulate(negotiation)
    silence(negotiation, clock)
    response = negotiation.clients["delegate_a"].post(
        negotiation.url("silence/break"), json={"reason": "Capital needs more time."}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "circulated"
    assert body["silence"]["status"] == "broken"
    assert body["silence"]["broken_by"]["id"] == negotiation.people["delegate_a"].id
    assert body["silence"]["broken_delegation"]["id"] == negotiation.a.id
    assert body["silence"]["broken_reason"] == "Capital needs more time."
    chair = negotiation.clients["chair"].post(
        negotiation.url("silence/break"), json={"reason": "Not a party."}
    )
    assert chair.status_code == 403


def test_adoption_with_brackets_left_is_refused_naming_blockers(
    session: Session, negotiation: Negotiation
) -> None:
    chair_edit = negotiation.clients["chair"].post(
        f"/api/v1/sections/{negotiation.sections[1].id}/versions",
        json={"text": "Civil society [leads][guides].", "base_version": 1},
    )
    assert chair_edit.status_code == 201
    negotiation.put("head_a", 0, version=1, decision="approve")
    negotiation.put("head_b", 0, version=1, decision="object", statement="No.")
    negotiation.put("head_a", 1, version=2, decision="ad_referendum")
    response = negotiation.clients["secretariat"].post(negotiation.url("adopt"), json={})
    assert response.status_code == 409
    error = response.json()["error"]
    assert error["code"] == "adoption_blocked"
    first, second = (s.id for s in negotiation.sections)
    assert error["details"]["brackets"]["sections"] == [second]
    assert error["details"]["brackets"]["spans"] == 2  # the two alternatives
    assert error["details"]["objections"] == [
        {"section_id": first, "delegation_id": negotiation.b.id}
    ]
    assert error["details"]["missing_approvals"] == [
        {
            "section_id": second,
            "delegation_id": negotiation.a.id,
            "decision": "ad_referendum",
            "stale": False,
            "stale_decision": None,
        },
        {
            "section_id": second,
            "delegation_id": negotiation.b.id,
            "decision": None,
            "stale": False,
            "stale_decision": None,
        },
    ]
    assert count(session, Adoption) == 0
    assert status(session, negotiation) == "drafting"


def test_an_approval_of_an_earlier_text_is_named_out_of_date(negotiation: Negotiation) -> None:
    approve_all(negotiation)
    first = negotiation.sections[0]
    edit = negotiation.clients["chair"].post(
        f"/api/v1/sections/{first.id}/versions", json={"text": "Changed.", "base_version": 1}
    )
    assert edit.status_code == 201
    response = negotiation.clients["secretariat"].post(negotiation.url("adopt"), json={})
    assert response.status_code == 409
    missing = response.json()["error"]["details"]["missing_approvals"]
    assert [(m["delegation_id"], m["stale"], m["stale_decision"]) for m in missing] == [
        (negotiation.a.id, True, "approve"),
        (negotiation.b.id, True, "approve"),
    ]
    assert {m["section_id"] for m in missing} == {first.id}


def test_an_empty_document_is_neither_circulated_nor_adopted(
    session: Session, negotiation: Negotiation
) -> None:
    for section in negotiation.sections:
        retired = negotiation.clients["chair"].delete(f"/api/v1/sections/{section.id}")
        assert retired.status_code == 204, retired.text
    for role, step in (("chair", "circulate"), ("secretariat", "adopt")):
        response = negotiation.clients[role].post(negotiation.url(step), json={})
        assert response.status_code == 409, response.text
        assert response.json()["error"]["code"] == "document_empty"
    assert status(session, negotiation) == "drafting"
    assert count(session, Adoption) == 0


def test_secretariat_adopts_when_all_agree_and_the_manifest_is_hashed(
    session: Session, negotiation: Negotiation
) -> None:
    circulate(negotiation)
    approve_all(negotiation)
    response = negotiation.clients["secretariat"].post(negotiation.url("adopt"), json={})
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "adopted"
    adoption = session.exec(select(Adoption)).one()
    versions = [drafting.get_version(session, s, 1) for s in negotiation.sections]
    expected = [
        {"section_id": s.id, "version": 1, "content_hash": v.content_hash}
        for s, v in zip(negotiation.sections, versions, strict=True)
    ]
    assert json.loads(adoption.manifest) == expected
    digest = hashlib.sha256(canonical_json(expected).encode()).hexdigest()
    assert adoption.manifest_hash == digest == response.json()["adoption"]["manifest_hash"]
    assert response.json()["adoption"]["revision"] == "Rev.1"
    event = session.exec(select(AuditEvent).where(AuditEvent.action == "document.adopt")).one()
    assert json.loads(event.payload)["manifest_hash"] == digest


def test_ad_referendum_does_not_count_until_confirmed(negotiation: Negotiation) -> None:
    approve_all(negotiation, "head_a")
    for index in range(2):
        negotiation.put("head_b", index, version=1, decision="ad_referendum")
    blocked = negotiation.clients["secretariat"].post(negotiation.url("adopt"), json={})
    assert blocked.json()["error"]["code"] == "adoption_blocked"
    approve_all(negotiation, "head_b")
    adopted = negotiation.clients["secretariat"].post(negotiation.url("adopt"), json={})
    assert adopted.status_code == 200


def test_silence_ends_in_adoption_once_the_deadline_passes(
    session: Session, negotiation: Negotiation, clock: Clock
) -> None:
    circulate(negotiation)
    silence(negotiation, clock)
    clock.advance(days=6, hours=23)
    assert lifecycle.adopt_due(session) == []
    assert status(session, negotiation) == "silence"
    clock.advance(hours=1)
    adopted = lifecycle.adopt_due(session)
    assert [a.via for a in adopted] == ["silence"]
    assert lifecycle.adopt_due(session) == []
    assert status(session, negotiation) == "adopted"
    assert count(session, Adoption) == 1
    procedure = session.exec(select(SilenceProcedure)).one()
    assert procedure.status == SilenceStatus.completed


def test_breaking_silence_after_adoption_is_refused(
    session: Session, negotiation: Negotiation, clock: Clock
) -> None:
    circulate(negotiation)
    silence(negotiation, clock)
    clock.advance(days=8)
    lifecycle.adopt_due(session)
    response = negotiation.clients["delegate_a"].post(
        negotiation.url("silence/break"), json={"reason": "Too late."}
    )
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "not_in_silence"
    objection = negotiation.put("head_a", version=1, decision="object", statement="Too late.")
    assert objection.json()["error"]["code"] == "document_frozen"
    assert status(session, negotiation) == "adopted"
    procedure = session.exec(select(SilenceProcedure)).one()
    assert procedure.broken_by is None


def test_reopening_an_adopted_document_is_logged_and_allows_editing(
    session: Session, negotiation: Negotiation
) -> None:
    circulate(negotiation)
    approve_all(negotiation)
    secretariat = negotiation.clients["secretariat"]
    assert secretariat.post(negotiation.url("adopt"), json={}).status_code == 200
    assert negotiation.clients["chair"].post(negotiation.url("reopen"), json={}).status_code == 403
    response = secretariat.post(negotiation.url("reopen"), json={})
    assert response.status_code == 200
    assert response.json()["status"] == "drafting"
    assert response.json()["adoption"]["reopened_at"] is not None
    event = session.exec(select(AuditEvent).where(AuditEvent.action == "document.reopen")).one()
    assert json.loads(event.payload) == {"from": "adopted"}
    # Adopting the same text again freezes a new revision (one adoption per revision).
    again = secretariat.post(negotiation.url("adopt"), json={})
    assert again.status_code == 200
    assert again.json()["adoption"]["revision"] == "Rev.2"
    revisions = session.exec(
        select(Adoption.revision_id).where(Adoption.document_id == negotiation.document.id)
    ).all()
    assert len(set(revisions)) == 2


def test_reopening_keeps_its_reason_in_the_audit_log(
    session: Session, negotiation: Negotiation
) -> None:
    circulate(negotiation)
    response = negotiation.clients["secretariat"].post(
        negotiation.url("reopen"), json={"reason": "  Para. 2 needs another round.  "}
    )
    assert response.status_code == 200
    assert response.json()["status"] == "drafting"
    event = session.exec(select(AuditEvent).where(AuditEvent.action == "document.reopen")).one()
    assert json.loads(event.payload) == {
        "from": "circulated",
        "reason": "Para. 2 needs another round.",
    }


def test_reopening_with_a_reason_too_long_is_refused(
    session: Session, negotiation: Negotiation
) -> None:
    circulate(negotiation)
    response = negotiation.clients["secretariat"].post(
        negotiation.url("reopen"), json={"reason": "x" * 4001}
    )
    assert response.status_code == 422
    assert status(session, negotiation) == "circulated"
    assert count(session, AuditEvent, col(AuditEvent.action) == "document.reopen") == 0


def test_reopening_a_document_in_drafting_is_refused(
    session: Session, negotiation: Negotiation
) -> None:
    response = negotiation.clients["secretariat"].post(negotiation.url("reopen"), json={})
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "invalid_transition"
    assert count(session, AuditEvent, col(AuditEvent.action) == "document.reopen") == 0
    assert session.get(Document, negotiation.document.id) is not None
