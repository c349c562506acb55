"""Permission-matrix rows for these routes (merged in tests/identity/test_permissions.py).

The ids come from tests/deliberation/world.py, which `build()` adds to the access world.
"""

from __future__ import annotations

from tests.deliberation.world import deliberation_of
from tests.identity.permission_rules import PEN, READ, Case, document_rule

COMMENTERS = ("secretariat", "chair", "member", "head_a", "delegate_a", "unannounced")
PREFIX = "/api/v1"

MATRIX: dict[tuple[str, str], Case] = {
    ("GET", f"{PREFIX}/sections/{{section_id}}/comments"): Case(
        READ, lambda w: f"{PREFIX}/sections/{w.section.id}/comments"
    ),
    ("GET", f"{PREFIX}/documents/{{document_id}}/comments"): Case(
        READ, lambda w: f"{PREFIX}/documents/{w.document.id}/comments"
    ),
    ("POST", f"{PREFIX}/sections/{{section_id}}/comments"): Case(
        document_rule(201, *COMMENTERS),
        lambda w: f"{PREFIX}/sections/{w.section.id}/comments",
        lambda w: {"body": "A remark.", "version": 2, "anchor": {"quote": "warmly"}},
    ),
    ("PATCH", f"{PREFIX}/comments/{{comment_id}}"): Case(
        document_rule(200, "chair"),
        lambda w: f"{PREFIX}/comments/{deliberation_of(w).public}",
        lambda w: {"body": "Is 'warmly' really needed?"},
    ),
    ("POST", f"{PREFIX}/comments/{{comment_id}}/resolve"): Case(
        document_rule(200, *PEN),
        lambda w: f"{PREFIX}/comments/{deliberation_of(w).public}/resolve",
        lambda w: {"resolved": True},
    ),
    ("GET", f"{PREFIX}/sections/{{section_id}}/amendments"): Case(
        READ, lambda w: f"{PREFIX}/sections/{w.section.id}/amendments"
    ),
    ("POST", f"{PREFIX}/sections/{{section_id}}/amendments"): Case(
        document_rule(201, *COMMENTERS),
        lambda w: f"{PREFIX}/sections/{w.section.id}/amendments",
        lambda w: {
            "text": "We [strongly] welcome the consortium.",
            "base_version": 2,
            "rationale": "Stronger.",
        },
    ),
    ("POST", f"{PREFIX}/amendments/{{amendment_id}}/accept"): Case(
        document_rule(200, *PEN),
        lambda w: f"{PREFIX}/amendments/{deliberation_of(w).amendment}/accept",
        lambda w: {"reason": "Agreed in the room."},
    ),
    ("POST", f"{PREFIX}/amendments/{{amendment_id}}/reject"): Case(
        document_rule(200, *PEN),
        lambda w: f"{PREFIX}/amendments/{deliberation_of(w).amendment}/reject",
        lambda w: {"reason": "No consensus."},
    ),
    ("POST", f"{PREFIX}/sections/{{section_id}}/compile"): Case(
        document_rule(201, *PEN),
        lambda w: f"{PREFIX}/sections/{w.section.id}/compile",
        lambda w: {"base_version": 2, "reason": "Compiled for the informals."},
    ),
    ("POST", f"{PREFIX}/amendments/{{amendment_id}}/withdraw"): Case(
        document_rule(200, "delegate_a"),
        lambda w: f"{PREFIX}/amendments/{deliberation_of(w).amendment}/withdraw",
        lambda w: {},
    ),
}
