"""Permission-matrix rows for the live routes (merged in tests/identity/test_permissions.py).

The event stream is checked with `once=true` (a snapshot that ends), so an in-process client
gets a whole answer; tests/live/ follow the open stream on a real server.
"""

from __future__ import annotations

from tests.access_world import READERS
from tests.identity.permission_rules import READ, Case, document_rule

PREFIX = "/api/v1"

MATRIX: dict[tuple[str, str], Case] = {
    ("GET", f"{PREFIX}/documents/{{document_id}}/events"): Case(
        READ, lambda w: f"{PREFIX}/documents/{w.document.id}/events", query={"once": "true"}
    ),
    ("POST", f"{PREFIX}/documents/{{document_id}}/presence"): Case(
        # Presence is not a write: an observer who may read the draft is seen reading it.
        document_rule(204, *READERS),
        lambda w: f"{PREFIX}/documents/{w.document.id}/presence",
        lambda w: {"section_id": w.section.id, "state": "editing"},
    ),
}
