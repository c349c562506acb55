"""Permission-matrix rows for the translation routes (merged in tests/identity/test_permissions.py).

Translations are read like the document. Its languages and translators are the secretariat's
to set; a section is translated by the secretariat and the translators it named (in the access
world, the unannounced envoy into Arabic: tests/translation/world.py).
"""

from __future__ import annotations

from tests.access_world import World
from tests.identity.permission_rules import READ, Case, document_rule

PREFIX = "/api/v1"


def _languages(w: World) -> str:
    return f"{PREFIX}/documents/{w.document.id}/languages"


def _translator(w: World, role: str) -> str:
    return f"{_languages(w)}/ar/translators/{w.people[role].id}"


def _section(w: World) -> str:
    return f"{PREFIX}/sections/{w.section.id}/translations/ar"


MATRIX: dict[tuple[str, str], Case] = {
    ("GET", f"{PREFIX}/documents/{{document_id}}/languages"): Case(READ, _languages),
    ("PUT", f"{PREFIX}/documents/{{document_id}}/languages/{{language}}"): Case(
        document_rule(201, "secretariat"),
        lambda w: f"{_languages(w)}/he",
        lambda w: {"authentic": True},
    ),
    ("DELETE", f"{PREFIX}/documents/{{document_id}}/languages/{{language}}"): Case(
        document_rule(204, "secretariat"), lambda w: f"{_languages(w)}/fr"
    ),
    ("POST", f"{PREFIX}/documents/{{document_id}}/languages/{{language}}/translators"): Case(
        document_rule(204, "secretariat"),
        lambda w: f"{_languages(w)}/ar/translators",
        lambda w: {"user_id": w.people["delegate_a"].id},
    ),
    (
        "DELETE",
        f"{PREFIX}/documents/{{document_id}}/languages/{{language}}/translators/{{user_id}}",
    ): Case(document_rule(204, "secretariat"), lambda w: _translator(w, "unannounced")),
    ("GET", f"{PREFIX}/documents/{{document_id}}/translations/{{language}}"): Case(
        READ, lambda w: f"{PREFIX}/documents/{w.document.id}/translations/ar"
    ),
    ("GET", f"{PREFIX}/sections/{{section_id}}/translations/{{language}}"): Case(READ, _section),
    ("GET", f"{PREFIX}/sections/{{section_id}}/translations/{{language}}/versions"): Case(
        READ, lambda w: f"{_section(w)}/versions"
    ),
    ("POST", f"{PREFIX}/sections/{{section_id}}/translations/{{language}}"): Case(
        document_rule(201, "secretariat", "unannounced"),
        _section,
        lambda w: {
            "text": "نرحب ترحيبا حارا بالائتلاف.",
            "source_version": w.section.head,
            "base_version": 1,
        },
    ),
}
