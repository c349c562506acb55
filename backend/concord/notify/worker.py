"""Sending after commit: a thread in each app process mails what the outbox holds.

Rows are claimed with `SELECT … FOR UPDATE SKIP LOCKED` on PostgreSQL, so two processes never
take the same row, and a row is marked sent in the transaction that holds its lock: each
(event, recipient) is mailed once. (SQLite serialises writers whole: one process sends at a
time.) A refused or failed delivery is retried with exponential backoff up to
`notify_max_attempts`; a 5xx refusal of the recipient is final. Without an SMTP host, each
mail is written to the log instead, and the in-app notifications work the same.
"""

from __future__ import annotations

import json
import logging
import smtplib
import ssl
import threading
from contextlib import suppress
from datetime import timedelta
from email.message import EmailMessage

from fastapi import FastAPI
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, func, select

from concord.core import background
from concord.core.clock import now
from concord.core.config import Settings, get_settings
from concord.core.db import transaction
from concord.core.telemetry import OUTBOX_BACKLOG
from concord.identity.models import User
from concord.notify import mail, preferences, service, unsubscribe
from concord.notify.attachments import WordFiles
from concord.notify.models import MailState, Notification

log = logging.getLogger("concord.notify")


class Transient(Exception):
    """Try again later: the server is down (`unreachable`), or answered 4xx."""

    def __init__(self, message: str, *, unreachable: bool = False) -> None:
        super().__init__(message)
        self.unreachable = unreachable


def _connect(settings: Settings) -> smtplib.SMTP:
    assert settings.smtp_host is not None
    client = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=settings.smtp_timeout)
    if settings.smtp_starttls:
        client.starttls(context=ssl.create_default_context())
    if settings.smtp_user:
        client.login(settings.smtp_user, settings.smtp_password or "")
    return client


class Outlet:
    """One SMTP connection for a batch, opened at the first mail (or the log, without SMTP)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.client: smtplib.SMTP | None = None

    def send(self, message: EmailMessage) -> None:
        if self.settings.smtp_host is None:
            log.info("mail (no SMTP configured) to %s\n%s", message["To"], message.as_string())
            return
        try:
            if self.client is None:
                self.client = _connect(self.settings)
            self.client.send_message(message)
        except smtplib.SMTPRecipientsRefused as error:
            codes = [code for code, _ in error.recipients.values()]
            if all(400 <= code < 500 for code in codes):
                raise Transient(str(error)) from error
            raise
        except smtplib.SMTPResponseException as error:
            # The server answered (smtplib reset the transaction): the connection still serves.
            if 400 <= error.smtp_code < 500:
                raise Transient(f"{error.smtp_code} {error.smtp_error!r}") from error
            raise
        except (OSError, smtplib.SMTPException) as error:
            self.close()
            raise Transient(str(error), unreachable=True) from error

    def close(self) -> None:
        if self.client is not None:
            with suppress(OSError, smtplib.SMTPException):
                self.client.quit()
            self.client = None


def _claim(session: Session, limit: int) -> list[Notification]:
    query = (
        select(Notification)
        .where(
            Notification.mail_state == MailState.pending,
            col(Notification.next_attempt_at) <= now(),
        )
        .order_by(col(Notification.id))
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    return list(session.exec(query).all())


def _backoff(settings: Settings, attempts: int) -> timedelta:
    return timedelta(seconds=settings.notify_retry_seconds * (2 ** max(0, attempts - 1)))


def send_due(engine: Engine, settings: Settings | None = None) -> int:
    """Send one batch of due mails; how many were sent (accepted or logged)."""
    settings = settings or get_settings()
    sent = 0
    with transaction(engine) as session:
        rows = _claim(session, settings.notify_batch)
        if not rows:
            return 0
        users: dict[int, User] = {
            user.id or 0: user
            for user in session.exec(
                select(User).where(col(User.id).in_({row.user_id for row in rows}))
            ).all()
        }
        chosen = preferences.for_users(session, list(users))
        outlet = Outlet(settings)
        word = WordFiles(session)
        down = False
        try:
            for row in rows:
                user = users.get(row.user_id)
                if user is None or user.disabled:
                    row.mail_state = MailState.none
                    session.add(row)
                    continue
                row.attempts += 1
                try:
                    if down:
                        raise Transient("the SMTP server is unreachable", unreachable=True)
                    link = unsubscribe.url(user.id or 0, row.kind, settings)
                    mine = chosen[row.user_id]
                    files = word.for_mail(row, user) if mine.attachments else None
                    outlet.send(mail.message(row, user, mine, link, files))
                except Transient as error:
                    # Unreachable once: the rest of the batch waits too, without trying.
                    down = down or error.unreachable
                    _retry(row, settings, str(error))
                except Exception as error:
                    log.warning("notification %s not sent: %s", row.id, error)
                    row.mail_state = MailState.failed
                    row.last_error = str(error)[:500]
                else:
                    row.mail_state = MailState.sent
                    row.sent_at = now()
                    row.last_error = None
                    sent += 1
                if row.mail_state != MailState.pending:
                    _forget_secrets(row)
                session.add(row)
        finally:
            outlet.close()
    return sent


def _forget_secrets(row: Notification) -> None:
    """An invitation's one-time link is kept only until it is mailed (or given up): not in
    the table, nor in backups, for longer than needed."""
    told = json.loads(row.payload)
    if isinstance(told, dict) and told.get("url"):
        told["url"] = None
        row.payload = json.dumps(told, ensure_ascii=False, sort_keys=True)


def _retry(row: Notification, settings: Settings, error: str) -> None:
    row.last_error = error[:500]
    if row.attempts >= settings.notify_max_attempts:
        log.warning("notification %s failed after %s attempts: %s", row.id, row.attempts, error)
        row.mail_state = MailState.failed
        return
    row.next_attempt_at = now() + _backoff(settings, row.attempts)


def send_digests(engine: Engine, settings: Settings) -> int:
    """One mail per person whose oldest waiting digest item is `notify_digest_hours` old,
    listing every item waiting; the rows are locked (SKIP LOCKED) and marked sent with it.
    How many digests were sent."""
    cutoff = now() - timedelta(hours=settings.notify_digest_hours)
    with transaction(engine, write=False) as session:
        due = session.exec(
            select(Notification.user_id)
            .where(Notification.mail_state == MailState.digest)
            .group_by(col(Notification.user_id))
            .having(func.min(Notification.created_at) <= cutoff)
        ).all()
    sent = 0
    for user_id in due:
        with transaction(engine) as session:
            rows = list(
                session.exec(
                    select(Notification)
                    .where(
                        Notification.user_id == user_id,
                        Notification.mail_state == MailState.digest,
                    )
                    .order_by(col(Notification.id))
                    .with_for_update(skip_locked=True)
                ).all()
            )
            user = session.get(User, user_id)
            if not rows or user is None:
                continue
            outlet = Outlet(settings)
            chosen = preferences.load(session, user_id)
            try:
                outlet.send(mail.digest(rows, user, chosen))
            except Transient as error:
                log.info("digest for %s not sent now: %s", user_id, error)
                continue
            finally:
                outlet.close()
            for row in rows:
                row.mail_state = MailState.sent
                row.sent_at = now()
                session.add(row)
            sent += 1
    return sent


def enqueue_reminders(engine: Engine) -> int:
    try:
        with transaction(engine) as session:
            return service.enqueue_reminders(session)
    except IntegrityError:
        log.info("reminders enqueued elsewhere at the same moment")
        return 0


def run_once(engine: Engine, settings: Settings | None = None) -> int:
    """Reminders due, then every mail due, batch after batch; how many were sent."""
    settings = settings or get_settings()
    enqueue_reminders(engine)
    send_digests(engine, settings)
    total = 0
    while True:
        sent = send_due(engine, settings)
        total += sent
        if sent < settings.notify_batch:
            return total


def backlog(engine: Engine) -> int:
    """Mails waiting to be sent (due or retrying), for the outbox backlog metric."""
    with transaction(engine, write=False) as session:
        query = select(func.count()).where(col(Notification.mail_state) == MailState.pending)
        return int(session.exec(query).one())


_wake = threading.Event()
# Woken by a commit, the worker lets the request that committed answer first: building and
# sending 300 mails in this thread would otherwise hold the interpreter while that request
# renders its reply (circulating to 300: 150 ms instead of 95, tests/bench/bench_notify.py).
SETTLE_SECONDS = 0.25


def wake() -> None:
    """Something was enqueued and committed here: send now rather than at the next poll."""
    _wake.set()


def send_and_measure(engine: Engine) -> None:
    """One poll of the worker: send what is due, then tell the backlog metric what is left."""
    run_once(engine)
    OUTBOX_BACKLOG.set(backlog(engine))


def install(app: FastAPI) -> None:
    """Send the outbox every `CONCORD_NOTIFY_POLL_SECONDS`, or at once when woken, for as long
    as the app runs (idempotent); 0 turns it off (the in-process tests send with `run_once`)."""
    background.poll_with_app(
        app,
        "notify",
        lambda: get_settings().notify_poll_seconds,
        send_and_measure,
        wake=_wake,
        settle=SETTLE_SECONDS,
    )
