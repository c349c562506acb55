"""Permission-matrix rows for importing a draft (merged in tests/identity/test_permissions.py).

The secretariat imports, and so does the chair of the working group the draft is for (an
observer who chairs writes nothing); everyone else is refused before the file is read.
"""

from __future__ import annotations

from tests.access_world import World
from tests.identity.permission_rules import READ, Case, only

PREFIX = "/api/v1"


def _draft(w: World) -> dict[str, tuple[str, bytes, str]]:
    return {"file": ("draft.md", b"# Preamble\n\n1. A first [paragraph].", "text/markdown")}


def _not_a_copy(w: World) -> dict[str, tuple[str, bytes, str]]:
    return {"file": ("copy.docx", b"not a Word file", "application/octet-stream")}


MATRIX: dict[tuple[str, str], Case] = {
    # Whoever may read the document and speaks for a delegation gets as far as the file check
    # (the matrix sends no real copy: tests/wordin/test_returns.py does); observers write nothing.
    ("POST", f"{PREFIX}/documents/{{document_id}}/returns"): Case(
        {r: (422 if s == 200 else s) for r, s in READ.items()} | {"observer_chair": 403},
        lambda w: f"{PREFIX}/documents/{w.document.id}/returns",
        files=_not_a_copy,
    ),
    ("POST", f"{PREFIX}/documents/import"): Case(
        only(201, "secretariat", "chair") | {"observer": 403},
        lambda w: f"{PREFIX}/documents/import",
        lambda w: {"working_group_id": str(w.group.id)},
        files=_draft,
    ),
}
