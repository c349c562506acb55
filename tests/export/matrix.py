"""Permission-matrix rows for the export routes (merged in tests/identity/test_permissions.py).

Exports follow the document's read rule. Templates are the secretariat's: the matrix sends no
body, so the secretariat's upload is refused as not a zip (422) while everyone else is 403;
tests/export/test_templates.py uploads real files.
"""

from __future__ import annotations

from tests.access_world import World
from tests.identity.permission_rules import READ, Case, only

PREFIX = "/api/v1"


def _export(extension: str) -> tuple[tuple[str, str], Case]:
    return (
        ("GET", f"{PREFIX}/documents/{{document_id}}/export.{extension}"),
        Case(
            READ,
            lambda w: f"{PREFIX}/documents/{w.document.id}/export.{extension}",
            query={"variant": "redline"},
        ),
    )


def _template(w: World) -> str:
    return f"{PREFIX}/export/templates/{w.template_id}"


MATRIX: dict[tuple[str, str], Case] = dict(_export(e) for e in ("docx", "pdf", "md", "html")) | {
    # The document page's tracked changes follow the read rule like the exports.
    ("GET", f"{PREFIX}/documents/{{document_id}}/changes"): Case(
        READ,
        lambda w: f"{PREFIX}/documents/{w.document.id}/changes",
        query={"since": "Rev.1"},
    ),
    # The history page's tracked changes between two versions: the section read rule.
    ("GET", f"{PREFIX}/sections/{{section_id}}/changes"): Case(
        READ,
        lambda w: f"{PREFIX}/sections/{w.section.id}/changes",
        query={"from": "1", "to": "2"},
    ),
    ("GET", f"{PREFIX}/documents/{{document_id}}/suggestions"): Case(
        READ, lambda w: f"{PREFIX}/documents/{w.document.id}/suggestions"
    ),
    ("GET", f"{PREFIX}/export/templates"): Case(
        only(200, "secretariat"), lambda w: f"{PREFIX}/export/templates"
    ),
    ("POST", f"{PREFIX}/export/templates"): Case(
        only(422, "secretariat"), lambda w: f"{PREFIX}/export/templates"
    ),
    ("DELETE", f"{PREFIX}/export/templates/{{template_id}}"): Case(
        only(204, "secretariat"), _template
    ),
}
