"""Permission-matrix rows for these routes (merged in tests/identity/test_permissions.py).

The access world's document is in drafting with brackets left, parties A and the unannounced
delegation U, and the positions of tests/consensus/world.py. Lifecycle steps that the state
refuses (silence before circulation, adoption with brackets) are 409 for those allowed to try.
"""

from __future__ import annotations

from tests.access_world import World
from tests.identity.permission_rules import PEN, READ, Case, document_rule, only

# Parties' heads set positions; readers who are not (or not for a party) get 403; others 404.
APPROVERS = ("head_a", "unannounced")
PARTY_MEMBERS = ("head_a", "delegate_a", "unannounced")


def _section(w: World) -> str:
    return f"/api/v1/sections/{w.section.id}/approvals/mine"


def _document(w: World, step: str) -> str:
    return f"/api/v1/documents/{w.document.id}/{step}"


def _approver(w: World) -> str:
    return f"/api/v1/delegations/{w.delegation_a.id}/approvers/{w.people['delegate_a'].id}"


MATRIX: dict[tuple[str, str], Case] = {
    ("PUT", "/api/v1/sections/{section_id}/approvals/mine"): Case(
        document_rule(200, *APPROVERS),
        _section,
        lambda w: {"version": 2, "decision": "reservation", "statement": "A footnote."},
    ),
    ("DELETE", "/api/v1/sections/{section_id}/approvals/mine"): Case(
        document_rule(200, *APPROVERS), _section
    ),
    # Internal to the delegation: the unannounced one does not exist for anyone else.
    ("GET", "/api/v1/delegations/{delegation_id}/approvers"): Case(
        only(200, "secretariat", "unannounced", denied=404),
        lambda w: f"/api/v1/delegations/{w.unannounced.id}/approvers",
    ),
    ("PUT", "/api/v1/delegations/{delegation_id}/approvers/{user_id}"): Case(
        only(200, "secretariat", "head_a"), _approver
    ),
    ("DELETE", "/api/v1/delegations/{delegation_id}/approvers/{user_id}"): Case(
        only(204, "secretariat", "head_a"), _approver
    ),
    ("GET", "/api/v1/documents/{document_id}/approvals"): Case(
        READ, lambda w: _document(w, "approvals")
    ),
    ("GET", "/api/v1/documents/{document_id}/lifecycle"): Case(
        READ, lambda w: _document(w, "lifecycle")
    ),
    ("POST", "/api/v1/documents/{document_id}/circulate"): Case(
        document_rule(200, *PEN), lambda w: _document(w, "circulate"), lambda w: {}
    ),
    ("POST", "/api/v1/documents/{document_id}/silence"): Case(
        document_rule(409, "secretariat"),
        lambda w: _document(w, "silence"),
        lambda w: {"deadline": "2099-01-01T12:00:00+00:00"},
    ),
    ("POST", "/api/v1/documents/{document_id}/silence/break"): Case(
        document_rule(409, *PARTY_MEMBERS),
        lambda w: _document(w, "silence/break"),
        lambda w: {"reason": "We object."},
    ),
    ("POST", "/api/v1/documents/{document_id}/adopt"): Case(
        document_rule(409, "secretariat"), lambda w: _document(w, "adopt"), lambda w: {}
    ),
    ("POST", "/api/v1/documents/{document_id}/reopen"): Case(
        document_rule(409, "secretariat"), lambda w: _document(w, "reopen"), lambda w: {}
    ),
}
