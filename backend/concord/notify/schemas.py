"""The in-app notifications and preferences, as the API shows them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from concord.notify.models import NotificationKind
from concord.notify.preferences import Language, Mode


class NotificationPublic(BaseModel):
    id: int
    kind: NotificationKind
    subject: str
    lines: list[str]
    link: str | None
    document_id: int | None
    created_at: datetime
    read_at: datetime | None
    details: dict[str, Any]


class NotificationPage(BaseModel):
    items: list[NotificationPublic]
    unread: int
    next_before: int | None


class MarkRead(BaseModel):
    ids: list[int] | None = Field(default=None, max_length=500)


class MarkedRead(BaseModel):
    marked: int
    unread: int


class PreferencesPublic(BaseModel):
    timezone: str
    email: bool
    attachments: bool
    modes: dict[NotificationKind, Mode]
    # None: never chosen (e-mails in English; the web app follows the browser).
    language: Language | None


class PreferencesUpdate(BaseModel):
    timezone: str | None = Field(default=None, max_length=64)
    email: bool | None = None
    attachments: bool | None = None
    modes: dict[NotificationKind, Mode] | None = None
    language: Language | None = None


class Unsubscribed(BaseModel):
    kind: NotificationKind
    mode: Mode
