"""Permission-matrix rows for publication (merged in tests/identity/test_permissions.py).

The schedule is the secretariat's; reading it follows the document; confirming an announcement
is for the head of a delegation the publication names (A's and U's here), anyone else who reads
the text is refused (403) and who does not, told of nothing (404); the public pages and
the index answer everyone, signed in or not.
"""

from __future__ import annotations

from datetime import timedelta

from concord.core.clock import now
from tests.access_world import ROLES, World
from tests.identity.permission_rules import READ, Case, only
from tests.publication.world import publication_of

PREFIX = "/api/v1"
# Observers read adopted texts too (drafting/policy.py), so they read these two communiqués.
READ_ADOPTED = READ | {"observer": 200}
READERS = tuple(r for r, status in READ_ADOPTED.items() if status != 404)


def _all(status: int) -> dict[str, int]:
    return dict.fromkeys(ROLES, status) | {"anonymous": status}


def _confirmers() -> dict[str, int]:
    return {
        r: 200 if r in ("unannounced", "head_a") else 403 if r in READERS else 404 for r in ROLES
    } | {"anonymous": 401}


def _schedule(w: World) -> dict[str, object]:
    return {
        "embargo_at": (now() + timedelta(days=2)).isoformat(),
        "time_zone": "Asia/Jerusalem",
        "delegation_ids": [w.delegation_a.id],
    }


MATRIX: dict[tuple[str, str], Case] = {
    ("GET", f"{PREFIX}/documents/{{document_id}}/publication"): Case(
        READ_ADOPTED, lambda w: f"{PREFIX}/documents/{publication_of(w).scheduled.id}/publication"
    ),
    ("PUT", f"{PREFIX}/documents/{{document_id}}/publication"): Case(
        only(200, "secretariat"),
        lambda w: f"{PREFIX}/documents/{publication_of(w).scheduled.id}/publication",
        _schedule,
    ),
    ("DELETE", f"{PREFIX}/documents/{{document_id}}/publication"): Case(
        only(200, "secretariat"),
        lambda w: f"{PREFIX}/documents/{publication_of(w).scheduled.id}/publication",
    ),
    ("POST", f"{PREFIX}/documents/{{document_id}}/publication/confirm"): Case(
        _confirmers(),
        lambda w: f"{PREFIX}/documents/{publication_of(w).scheduled.id}/publication/confirm",
        lambda w: {},
    ),
    ("GET", f"{PREFIX}/published"): Case(_all(200), lambda w: f"{PREFIX}/published"),
    ("GET", "/published"): Case(_all(200), lambda w: "/published"),
    ("GET", "/published/feed.xml"): Case(_all(200), lambda w: "/published/feed.xml"),
    ("GET", "/published/{publication_id}"): Case(
        _all(200), lambda w: f"/published/{publication_of(w).published_id}"
    ),
    ("GET", "/published/{publication_id}/manifest.json"): Case(
        _all(200), lambda w: f"/published/{publication_of(w).published_id}/manifest.json"
    ),
    ("GET", "/published/{publication_id}/sections.json"): Case(
        _all(200), lambda w: f"/published/{publication_of(w).published_id}/sections.json"
    ),
    ("GET", "/published/{publication_id}/{name}"): Case(
        _all(200), lambda w: f"/published/{publication_of(w).published_id}/text-ar.docx"
    ),
}
