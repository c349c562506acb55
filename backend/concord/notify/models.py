"""The notification outbox: one row per (event, recipient), written with the change.

A row is the in-app notification and the e-mail's place in the queue at once: it is inserted in
the transaction that makes the change (so a rolled-back change notifies no one), and the worker
(notify/worker.py) sends the e-mail after commit. The unique (event_key, user_id) is the
exactly-once invariant: an event reaches a person once, whoever enqueues it and however often.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Index, String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from concord.core.clock import now
from concord.core.db import UTCDateTime


class NotificationKind(StrEnum):
    invitation = "invitation"
    revision_circulated = "revision_circulated"
    silence_started = "silence_started"
    silence_reminder = "silence_reminder"
    silence_broken = "silence_broken"
    adopted = "adopted"
    comment_reply = "comment_reply"
    mention = "mention"  # @FRA or @a.person in a comment
    amendment_on_approved = "amendment_on_approved"  # on a paragraph my delegation approves
    approval_stale = "approval_stale"  # my delegation's position is on an earlier version
    publication_scheduled = "publication_scheduled"  # an adopted text will be public at a time
    announcement_confirmed = "announcement_confirmed"  # a named delegation agreed to be named
    published = "published"  # the text is public: its page's address


class MailState(StrEnum):
    pending = "pending"  # waiting for the worker (or for its next attempt)
    sent = "sent"  # accepted by the SMTP server (or written to the log without one)
    failed = "failed"  # gave up after the last attempt
    digest = "digest"  # waits for the person's daily digest
    none = "none"  # in the app only


class Notification(SQLModel, table=True):
    __table_args__ = (
        UniqueConstraint("event_key", "user_id"),
        Index("ix_notification_mail_due", "mail_state", "next_attempt_at"),
        Index("ix_notification_user_id_id", "user_id", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    # What happened, once per event: "audit:<seq>", "reminder:<procedure id>"…
    event_key: str = Field(max_length=80)
    user_id: int = Field(foreign_key="user.id")
    kind: NotificationKind = Field(sa_type=String(32))
    document_id: int | None = Field(default=None, foreign_key="document.id")
    # What the recipient is told, already filtered by what they may see (JSON).
    payload: str = Field(sa_type=Text)
    created_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)
    read_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    mail_state: MailState = Field(default=MailState.pending, sa_type=String(16))
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_error: str | None = Field(default=None, max_length=500)


class NotificationSettings(SQLModel, table=True):
    """A person's choices; no row: the defaults (notify/preferences.py)."""

    user_id: int = Field(foreign_key="user.id", primary_key=True)
    timezone: str = Field(default="UTC", max_length=64)
    # JSON: {kind: "immediately" | "digest" | "off"}; kinds not named take their default.
    modes: str = Field(default="{}", sa_type=Text)
    email: bool = True  # False: in the app only
    attachments: bool = False
    # The language of the interface and of the e-mails (en, fr, ar, he); None: never chosen, so
    # e-mails are in English and the web app follows the browser.
    language: str | None = Field(default=None, max_length=8)
    updated_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)
