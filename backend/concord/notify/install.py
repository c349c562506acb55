"""Wiring: the outbox hook on every audit append, the worker's wake-up after each commit."""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.orm import Session

from concord.audit import service as audit
from concord.notify import outbox, service, worker


def _after_commit(session: Session) -> None:
    if session.in_nested_transaction():
        return
    if session.info.pop(outbox.ENQUEUED, False):
        worker.wake()


def install_hooks() -> None:
    """Idempotent: enqueue with every audit append; wake the worker after commits that did."""
    audit.on_append(service.on_append)
    if not event.contains(Session, "after_commit", _after_commit):
        event.listen(Session, "after_commit", _after_commit)
