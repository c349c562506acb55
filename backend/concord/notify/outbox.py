"""Writing the outbox: a row per recipient, in the transaction of the change (models.py)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import psycopg
from sqlalchemy import insert, or_
from sqlmodel import Session, col, select

from concord.audit.models import AuditEvent
from concord.core.clock import now
from concord.drafting import policy
from concord.drafting.models import Document
from concord.identity.models import User, WorkingGroupMember
from concord.live import capture
from concord.notify import preferences
from concord.notify.models import MailState, Notification, NotificationKind

ENQUEUED = "concord_notifications_enqueued"  # session.info: wake the worker after commit


def payload_of(event: AuditEvent) -> dict[str, Any]:
    try:
        value = json.loads(event.payload)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def enqueue(
    session: Session,
    *,
    event_key: str,
    kind: NotificationKind,
    document_id: int | None,
    recipients: Iterable[tuple[User, dict[str, Any]]],
) -> int:
    """One row per recipient, in one statement; how many."""
    recipients = list(recipients)
    if not recipients:
        return 0
    rows: list[dict[str, Any]] = []
    chosen = preferences.for_users(session, [user.id for user, _ in recipients if user.id])
    at = now()
    for user, told in recipients:
        assert user.id is not None
        state = _mail_state(chosen[user.id], kind)
        rows.append(
            {
                "event_key": event_key,
                "user_id": user.id,
                "kind": kind.value,
                "document_id": document_id,
                "payload": json.dumps(told, ensure_ascii=False, sort_keys=True),
                "created_at": at,
                "mail_state": state.value,
                "attempts": 0,
                "next_attempt_at": at,
            }
        )
    _insert(session, rows)
    session.info[ENQUEUED] = True
    capture.tell_people(session, {row["user_id"] for row in rows})  # their bells ring
    return len(rows)


COLUMNS = (
    "event_key",
    "user_id",
    "kind",
    "document_id",
    "payload",
    "created_at",
    "mail_state",
    "attempts",
    "next_attempt_at",
)


def _insert(session: Session, rows: list[dict[str, Any]]) -> None:
    """The rows in one round trip. On PostgreSQL with COPY: for a revision circulated to 300
    people it takes half the time of a batched INSERT (tests/bench/bench_notify.py), and the
    request that circulates waits for it. Elsewhere, one executemany INSERT."""
    connection = session.connection()
    driver = connection.connection.driver_connection
    if connection.dialect.name == "postgresql" and isinstance(driver, psycopg.Connection):
        with (
            driver.cursor() as cursor,
            cursor.copy(f"COPY notification ({', '.join(COLUMNS)}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row([row[column] for column in COLUMNS])
        return
    connection.execute(insert(Notification), rows)


def _mail_state(chosen: preferences.Chosen, kind: NotificationKind) -> MailState:
    """Whether and when this person is mailed about this kind: in the app it shows whatever
    they chose. An invitation is always mailed: it is how they get in."""
    if kind == NotificationKind.invitation:
        return MailState.pending
    mode = chosen.mode(kind)
    if not chosen.email or mode == "off":
        return MailState.none
    return MailState.digest if mode == "digest" else MailState.pending


def name_of(user: User | None) -> str | None:
    return user.name if user is not None else None


def document_audience(session: Session, document: Document) -> list[User]:
    """The document's readers among its parties' delegations and its working group (enabled):
    each reads it by being there (`policy.can_read`), so nobody else is asked."""
    parties = policy.party_ids(session, document)
    clauses = [col(User.delegation_id).in_(parties)] if parties else []
    if document.working_group_id is not None:
        clauses.append(
            col(User.id).in_(
                select(WorkingGroupMember.user_id).where(
                    WorkingGroupMember.working_group_id == document.working_group_id
                )
            )
        )
    if not clauses:
        return []
    query = select(User).where(col(User.disabled).is_(False), or_(*clauses)).order_by(col(User.id))
    return list(session.exec(query).all())
