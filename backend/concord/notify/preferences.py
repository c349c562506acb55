"""What each person chose: per kind immediately, in a daily digest or not at all; a time zone;
e-mail or the app only. No stored row means the defaults."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from sqlmodel import Session, col, select

from concord.core.clock import now
from concord.notify.models import NotificationKind, NotificationSettings

Mode = Literal["immediately", "digest", "off"]
Language = Literal["en", "fr", "ar", "he"]
LANGUAGES: tuple[Language, ...] = ("en", "fr", "ar", "he")
MODES: tuple[Mode, ...] = ("immediately", "digest", "off")
# Procedure news at once; discussion in the digest (the defaults).
DEFAULT_MODES: dict[NotificationKind, Mode] = {
    NotificationKind.invitation: "immediately",
    NotificationKind.revision_circulated: "immediately",
    NotificationKind.silence_started: "immediately",
    NotificationKind.silence_reminder: "immediately",
    NotificationKind.silence_broken: "immediately",
    NotificationKind.adopted: "immediately",
    NotificationKind.comment_reply: "digest",
    NotificationKind.mention: "immediately",
    NotificationKind.amendment_on_approved: "digest",
    NotificationKind.approval_stale: "immediately",
    NotificationKind.publication_scheduled: "immediately",
    NotificationKind.announcement_confirmed: "immediately",
    NotificationKind.published: "immediately",
}


@dataclass(frozen=True)
class Chosen:
    timezone: str = "UTC"
    email: bool = True
    attachments: bool = False
    modes: dict[str, Mode] = field(default_factory=dict)
    language: Language | None = None

    @property
    def mail_language(self) -> Language:
        return self.language or "en"

    def mode(self, kind: NotificationKind) -> Mode:
        return self.modes.get(kind.value, DEFAULT_MODES[kind])

    @property
    def zone(self) -> ZoneInfo:
        return zone(self.timezone)


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def valid_timezone(name: str) -> bool:
    return name in available_timezones()


def _chosen(row: NotificationSettings) -> Chosen:
    try:
        raw = json.loads(row.modes)
    except ValueError:
        raw = {}
    modes: dict[str, Mode] = {}
    if isinstance(raw, dict):
        for kind, mode in raw.items():
            if kind in NotificationKind.__members__ and mode in MODES:
                modes[kind] = mode
    language = next((known for known in LANGUAGES if known == row.language), None)
    return Chosen(row.timezone, row.email, row.attachments, modes, language)


def for_users(session: Session, user_ids: list[int]) -> dict[int, Chosen]:
    """Each person's choices, in one query."""
    found: dict[int, Chosen] = {}
    if user_ids:
        rows = session.exec(
            select(NotificationSettings).where(col(NotificationSettings.user_id).in_(user_ids))
        ).all()
        found = {row.user_id: _chosen(row) for row in rows}
    return {user_id: found.get(user_id, Chosen()) for user_id in user_ids}


def load(session: Session, user_id: int) -> Chosen:
    return for_users(session, [user_id])[user_id]


def save(
    session: Session,
    user_id: int,
    *,
    timezone: str | None = None,
    email: bool | None = None,
    attachments: bool | None = None,
    modes: dict[NotificationKind, Mode] | None = None,
    language: Language | None = None,
) -> Chosen:
    """Change what is given, keep the rest (an upsert of the person's row)."""
    row = session.get(NotificationSettings, user_id, with_for_update=True)
    if row is None:
        row = NotificationSettings(user_id=user_id)
    if timezone is not None:
        row.timezone = timezone
    if email is not None:
        row.email = email
    if attachments is not None:
        row.attachments = attachments
    if language is not None:
        row.language = language
    if modes:
        current = _chosen(row).modes
        current.update({kind.value: mode for kind, mode in modes.items()})
        row.modes = json.dumps(current, sort_keys=True)
    row.updated_at = now()
    session.add(row)
    session.flush()
    return _chosen(row)
