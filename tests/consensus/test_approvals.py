"""Positions per delegation: bound to one exact version, set only for one's own delegation."""

from __future__ import annotations

from fastapi import FastAPI
from sqlmodel import Session, select

from concord.consensus.models import Approval, ApprovalEvent
from concord.drafting import service as drafting
from concord.drafting.models import DocumentStatus
from concord.identity.access import viewer_for
from tests import factories
from tests.consensus.support import Negotiation, audit_actions, count


def edit(session: Session, n: Negotiation, index: int, text: str) -> None:
    section = n.sections[index]
    assert section.id is not None
    chair = viewer_for(session, n.people["chair"])
    drafting.save_version(session, chair, section.id, text, section.head)


def test_head_sets_the_position_on_the_current_version(
    session: Session, negotiation: Negotiation
) -> None:
    response = negotiation.put("head_a", version=1, decision="approve")
    assert response.status_code == 200, response.text
    body = response.json()
    version = drafting.get_version(session, negotiation.sections[0], 1)
    assert body["decision"] == "approve"
    assert body["state"] == "current"
    assert body["content_hash"] == version.content_hash
    assert body["delegation"]["id"] == negotiation.a.id
    assert audit_actions(session, "approval.") == ["approval.set"]


def test_approval_is_stale_after_new_version(session: Session, negotiation: Negotiation) -> None:
    negotiation.put("head_a", version=1, decision="approve")
    edit(session, negotiation, 0, "We warmly welcome the consortium.")
    matrix = negotiation.clients["head_a"].get(negotiation.url("approvals")).json()
    cell = next(
        p for p in matrix["sections"][0]["positions"] if p["delegation_id"] == negotiation.a.id
    )
    assert (cell["decision"], cell["version"], cell["state"]) == ("approve", 1, "stale")
    assert matrix["sections"][0]["version"] == 2
    assert matrix["summary"]["agreed"] == 0


def test_acting_for_another_delegation_is_impossible(
    session: Session, negotiation: Negotiation
) -> None:
    # A delegation named in the body is ignored: the server derives it from membership.
    response = negotiation.put(
        "head_a", version=1, decision="object", statement="No.", delegation_id=negotiation.b.id
    )
    assert response.status_code == 200
    rows = session.exec(select(Approval)).all()
    assert [(r.delegation_id, r.decision) for r in rows] == [(negotiation.a.id, "object")]
    # The chair reads the document but belongs to no party: nothing to act for.
    chair = negotiation.put("chair", version=1, decision="approve")
    assert chair.status_code == 403
    assert chair.json()["error"]["code"] == "not_a_party"
    head_b = negotiation.put("head_b", version=1, decision="approve")
    assert head_b.json()["delegation"]["id"] == negotiation.b.id
    rows = session.exec(select(Approval).order_by(Approval.id)).all()  # type: ignore[arg-type]
    assert [(r.delegation_id, r.decision) for r in rows] == [
        (negotiation.a.id, "object"),
        (negotiation.b.id, "approve"),
    ]


def test_delegate_needs_the_heads_allowance(session: Session, negotiation: Negotiation) -> None:
    refused = negotiation.put("delegate_a", version=1, decision="approve")
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "not_an_approver"
    allowance = (
        f"/api/v1/delegations/{negotiation.a.id}/approvers/{negotiation.people['delegate_a'].id}"
    )
    assert negotiation.clients["head_b"].put(allowance).status_code == 403
    assert negotiation.clients["head_a"].put(allowance).json()["allowed"] is True
    allowed = negotiation.put("delegate_a", version=1, decision="approve")
    assert allowed.status_code == 200
    assert allowed.json()["delegation"]["id"] == negotiation.a.id
    assert negotiation.clients["head_a"].delete(allowance).status_code == 204
    again = negotiation.put("delegate_a", version=1, decision="abstain")
    assert again.json()["error"]["code"] == "not_an_approver"


def test_delegation_reads_who_may_approve(negotiation: Negotiation) -> None:
    url = f"/api/v1/delegations/{negotiation.a.id}/approvers"
    delegate = negotiation.people["delegate_a"].id

    def allowed(role: str) -> dict[int, bool]:
        response = negotiation.clients[role].get(url)
        assert response.status_code == 200, response.text
        return {row["user"]["id"]: row["allowed"] for row in response.json()}

    # The head always may, so the list names the delegates only.
    assert allowed("delegate_a") == {delegate: False}
    negotiation.clients["head_a"].put(f"{url}/{delegate}")
    assert allowed("delegate_a") == {delegate: True}
    assert allowed("head_a") == {delegate: True}
    refused = negotiation.clients["head_b"].get(url)
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "not_a_member"


def test_head_cannot_allow_a_member_of_another_delegation(negotiation: Negotiation) -> None:
    other = negotiation.people["head_b"].id
    response = negotiation.clients["head_a"].put(
        f"/api/v1/delegations/{negotiation.a.id}/approvers/{other}"
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "unknown_user"


def test_stale_version_is_refused_and_nothing_recorded(
    session: Session, negotiation: Negotiation
) -> None:
    edit(session, negotiation, 0, "We warmly welcome the consortium.")
    response = negotiation.put("head_a", version=1, decision="approve")
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "stale_version"
    assert response.json()["error"]["details"]["current"] == 2
    assert count(session, Approval) == 0
    assert count(session, ApprovalEvent) == 0
    assert audit_actions(session, "approval.") == []


def test_reservation_needs_a_statement(session: Session, negotiation: Negotiation) -> None:
    response = negotiation.put("head_a", version=1, decision="reservation", statement="   ")
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "statement_required"
    assert response.json()["error"]["details"]["field"] == "statement"
    assert count(session, Approval) == 0


def test_objection_needs_a_reason(session: Session, negotiation: Negotiation) -> None:
    response = negotiation.put("head_a", version=1, decision="object")
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "statement_required"
    assert count(session, Approval) == 0


def test_withdrawn_position_no_longer_counts(session: Session, negotiation: Negotiation) -> None:
    negotiation.put("head_a", version=1, decision="approve")
    client = negotiation.clients["head_a"]
    response = client.delete(negotiation.mine())
    assert response.status_code == 200
    assert response.json()["state"] == "withdrawn"
    matrix = client.get(negotiation.url("approvals")).json()
    assert matrix["sections"][0]["positions"][0]["state"] == "none"
    again = client.delete(negotiation.mine())
    assert again.status_code == 404
    assert again.json()["error"]["code"] == "approval_not_found"
    kinds = session.exec(select(ApprovalEvent.kind).order_by(ApprovalEvent.id)).all()  # type: ignore[arg-type]
    assert list(kinds) == ["set", "withdrawn"]


def test_withdrawing_a_stale_position_names_its_version(
    session: Session, negotiation: Negotiation
) -> None:
    negotiation.put("head_a", version=1, decision="approve")
    edit(session, negotiation, 0, "We warmly welcome the consortium.")
    client = negotiation.clients["head_a"]
    assert client.delete(negotiation.mine()).status_code == 404  # nothing on version 2
    response = client.delete(negotiation.mine(), params={"version": 1})
    assert response.status_code == 200
    assert response.json()["version"] == 1


def test_ad_referendum_is_confirmed(session: Session, negotiation: Negotiation) -> None:
    negotiation.put("head_a", version=1, decision="ad_referendum")
    response = negotiation.put("head_a", version=1, decision="approve")
    assert response.json()["decision"] == "approve"
    kinds = session.exec(select(ApprovalEvent.kind).order_by(ApprovalEvent.id)).all()  # type: ignore[arg-type]
    assert list(kinds) == ["set", "confirm"]
    assert audit_actions(session, "approval.") == ["approval.set", "approval.confirm"]
    assert count(session, Approval) == 1


def test_changing_a_position_is_an_event(session: Session, negotiation: Negotiation) -> None:
    negotiation.put("head_a", version=1, decision="approve")
    negotiation.put("head_a", version=1, decision="reservation", statement="Footnote 1.")
    row = session.exec(select(Approval)).one()
    assert (row.decision, row.statement) == ("reservation", "Footnote 1.")
    assert audit_actions(session, "approval.") == ["approval.set", "approval.changed"]


def test_same_position_twice_changes_nothing(session: Session, negotiation: Negotiation) -> None:
    first = negotiation.put("head_a", version=1, decision="abstain")
    second = negotiation.put("head_a", version=1, decision="abstain")
    assert (first.status_code, second.status_code) == (200, 200)
    assert (first.json()["changed"], second.json()["changed"]) == (True, False)
    assert count(session, ApprovalEvent) == 1
    assert audit_actions(session, "approval.") == ["approval.set"]


def test_positions_are_refused_after_adoption(session: Session, negotiation: Negotiation) -> None:
    negotiation.document.status = DocumentStatus.adopted
    session.add(negotiation.document)
    session.flush()
    response = negotiation.put("head_a", version=1, decision="approve")
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "document_frozen"
    assert count(session, Approval) == 0


def test_someone_who_cannot_read_the_document_gets_404(
    app: FastAPI, session: Session, negotiation: Negotiation
) -> None:
    stranger = factories.client_as(app, session, factories.make_user(session))
    response = stranger.put(negotiation.mine(), json={"version": 1, "decision": "approve"})
    assert response.status_code == 404
    assert stranger.get(negotiation.url("approvals")).status_code == 404
