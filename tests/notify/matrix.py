"""Permission-matrix rows for the notification routes (merged in test_permissions.py).

Everyone signed in reads and manages their own notifications and preferences (the rows hold
nobody else's: tests/notify/test_routes.py). The unsubscribe link is its own permission: it is
signed for one person and one kind, and works for whoever holds it, signed in or not.
"""

from __future__ import annotations

from concord.notify import unsubscribe
from tests.access_world import ROLES, World
from tests.identity.permission_rules import Case, everyone

PREFIX = "/api/v1"


def _link(w: World) -> str:
    token = unsubscribe.token(w.people["head_a"].id or 0, "comment_reply")
    return f"{PREFIX}/notifications/unsubscribe?token={token}"


MATRIX: dict[tuple[str, str], Case] = {
    ("GET", f"{PREFIX}/notifications"): Case(everyone(200), lambda w: f"{PREFIX}/notifications"),
    ("POST", f"{PREFIX}/notifications/read"): Case(
        everyone(200), lambda w: f"{PREFIX}/notifications/read", lambda w: {}
    ),
    ("GET", f"{PREFIX}/notifications/preferences"): Case(
        everyone(200), lambda w: f"{PREFIX}/notifications/preferences"
    ),
    ("PATCH", f"{PREFIX}/notifications/preferences"): Case(
        everyone(200),
        lambda w: f"{PREFIX}/notifications/preferences",
        lambda w: {"timezone": "Europe/Paris", "modes": {"comment_reply": "immediately"}},
    ),
    # The bell's stream, checked with `once=true` (tests/notify/test_bell.py follows it live).
    ("GET", f"{PREFIX}/notifications/events"): Case(
        everyone(200), lambda w: f"{PREFIX}/notifications/events", query={"once": "true"}
    ),
    ("GET", f"{PREFIX}/notifications/unsubscribe"): Case(dict.fromkeys(ROLES, 200), _link),
    ("POST", f"{PREFIX}/notifications/unsubscribe"): Case(dict.fromkeys(ROLES, 200), _link),
}
