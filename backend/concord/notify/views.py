"""Notifications as the API shows them: the mail's words, without the mail."""

from __future__ import annotations

import json
from typing import Any

from concord.notify import mail
from concord.notify.models import Notification, NotificationKind
from concord.notify.preferences import Chosen
from concord.notify.schemas import NotificationPublic

# Never shown back in the app: the invitation's one-time link.
PRIVATE = frozenset({"url"})


def notification_public(row: Notification, chosen: Chosen) -> NotificationPublic:
    assert row.id is not None
    composed = mail.compose(row, chosen)
    told: dict[str, Any] = json.loads(row.payload)
    link = None
    if row.kind != NotificationKind.invitation and composed.links:
        link = composed.links[0][1]
    return NotificationPublic(
        id=row.id,
        kind=row.kind,
        subject=composed.subject,
        lines=composed.all_lines,
        link=link,
        document_id=row.document_id,
        created_at=row.created_at,
        read_at=row.read_at,
        details={key: value for key, value in told.items() if key not in PRIVATE},
    )
