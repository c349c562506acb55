"""Which committed changes live subscribers hear of: audit events, handed over after commit.

Every state change appends an audit event in its own transaction (docs/architecture.md).
`audit.record` notes each appended event in `session.info`; this module watches every ORM
session: events are dropped when their transaction (or the savepoint that held them) rolls back,
and handed to the registered listeners only once the outermost transaction has committed. So a
refused or failed write publishes nothing, and the silence scheduler's background adoptions are
heard like any request's writes. Listeners run in the committing thread and must return at once.

On PostgreSQL each such event is also announced with `NOTIFY concord_live, '<seq>'` in the
statement that appends it (`audit.announce`): PostgreSQL delivers it to every listening app
process when (and only if) that transaction commits, drops it with a rolled-back savepoint, and
delivers in commit order, which is seq order (appenders hold the audit head's row lock until
they commit). The payload is the seq alone, far below NOTIFY's 8000 bytes: listeners read the
event back.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, event, func, select, text
from sqlalchemy.orm import Session, SessionTransaction
from sqlmodel import col

from concord.audit import service as audit
from concord.audit.actions import Action
from concord.audit.models import AuditEvent

log = logging.getLogger("concord.live")

CHANNEL = "concord_live"  # PostgreSQL NOTIFY channel of committed changes (payload: the seq)
# A person's own news changed (their notifications: new, read, a reminder), with no audit event:
# PostgreSQL NOTIFY channel (payload: their ids, comma-separated, or EVERYONE when too many).
PEOPLE_CHANNEL = "concord_people"
PEOPLE = "concord_people_told"  # session.info: whose news changed in this transaction
EVERYONE = "*"
PEOPLE_PAYLOAD = 7900  # bytes; PostgreSQL refuses NOTIFY payloads of 8000 and more

# Audit actions that concern a document's readers: each has a renderer in events.py.
LIVE_ACTIONS: frozenset[Action] = frozenset(
    {
        Action.VERSION_CREATE,
        Action.SECTION_CREATE,
        Action.SECTION_UPDATE,
        Action.SECTION_RETIRE,
        Action.COMMENT_CREATE,
        Action.COMMENT_EDIT,
        Action.COMMENT_RESOLVE,
        Action.COMMENT_REOPEN,
        Action.AMENDMENT_PROPOSE,
        Action.AMENDMENT_ACCEPT,
        Action.AMENDMENT_REJECT,
        Action.AMENDMENT_WITHDRAW,
        Action.APPROVAL_SET,
        Action.APPROVAL_CHANGED,
        Action.APPROVAL_CONFIRM,
        Action.APPROVAL_WITHDRAW,
        Action.DOCUMENT_UPDATE,
        Action.DOCUMENT_CIRCULATE,
        Action.DOCUMENT_ADOPT,
        Action.DOCUMENT_REOPEN,
        Action.SILENCE_START,
        Action.SILENCE_BREAK,
        Action.REVISION_CREATE,
        Action.TRANSLATION_CREATE,
    }
)
# The rest concern no document's readers (sign-ins, people, tokens, templates, refusals): never
# broadcast. Every action is in exactly one of the two (tests/live/test_actions.py).
NOT_BROADCAST: frozenset[Action] = frozenset(
    {
        Action.AUTH_LOGIN,
        Action.AUTH_LOGIN_FAILED,
        Action.AUTH_LOGOUT,
        Action.USER_CREATE,
        Action.USER_INVITE,
        Action.USER_UPDATE,
        Action.INVITATION_ACCEPT,
        Action.INVITATION_REVOKE,
        Action.TOKEN_CREATE,
        Action.TOKEN_REVOKE,
        Action.DELEGATION_CREATE,
        Action.DELEGATION_UPDATE,
        Action.DELEGATION_MEMBER,
        Action.WORKING_GROUP_CREATE,
        Action.WORKING_GROUP_UPDATE,
        Action.WORKING_GROUP_MEMBER,
        Action.DOCUMENT_CREATE,
        Action.APPROVER_ALLOW,
        Action.APPROVER_DISALLOW,
        Action.EXPORT_TEMPLATE_UPLOAD,
        Action.EXPORT_TEMPLATE_DELETE,
        Action.REQUEST_REFUSED,
        # A document's languages and translators: the translation screen reads them when
        # opened (a new translation is told: LIVE_ACTIONS).
        Action.DOCUMENT_LANGUAGE_SET,
        Action.DOCUMENT_LANGUAGE_REMOVE,
        Action.TRANSLATOR_ADD,
        Action.TRANSLATOR_REMOVE,
        # A chair's decision on brackets saves a version, which is told as any save is.
        Action.BRACKETS_RESOLVE,
        # A compilation saves a version, told as any save is; the holders of a bracket are
        # read with the section when it is next shown.
        Action.AMENDMENTS_COMPILE,
        Action.BRACKETS_HOLDERS,
        # Pledges are confidential until announced: never told on a document's stream.
        Action.PROJECT_CREATE,
        Action.PROJECT_UPDATE,
        Action.COMMITMENT_CREATE,
        Action.COMMITMENT_UPDATE,
        Action.EXCHANGE_RATE_SET,
        # Publication: its schedule names delegations not yet announced; the public page and
        # the document's publication panel are read when opened.
        Action.PUBLICATION_SCHEDULE,
        Action.PUBLICATION_CANCEL,
        Action.PUBLICATION_CONFIRM,
        Action.PUBLICATION_PUBLISH,
    }
)


@dataclass(frozen=True)
class Change:
    """One committed audit event, as live subscribers learn of it (its seq is the SSE id)."""

    seq: int
    action: str
    object_type: str
    object_id: str | None
    actor_id: int | None
    payload: dict[str, Any] = field(default_factory=dict)


Listener = Callable[[str, list[Change]], None]
_listeners: list[Listener] = []
# Whose own news changed: their ids, or None for everyone (a payload too long to say them).
People = frozenset[int] | None
PeopleListener = Callable[[str, People], None]
_people_listeners: list[PeopleListener] = []
_lock = threading.Lock()


def subscribe(listener: Listener) -> None:
    """Call `listener(database_key, changes)` after each commit that changed something live."""
    with _lock:
        if listener not in _listeners:
            _listeners.append(listener)


def unsubscribe(listener: Listener) -> None:
    with _lock:
        if listener in _listeners:
            _listeners.remove(listener)


def subscribe_people(listener: PeopleListener) -> None:
    """Call `listener(database_key, user_ids)` after each commit that changed people's own news
    (SQLite; on PostgreSQL the relay hears PEOPLE_CHANNEL)."""
    with _lock:
        if listener not in _people_listeners:
            _people_listeners.append(listener)


def unsubscribe_people(listener: PeopleListener) -> None:
    with _lock:
        if listener in _people_listeners:
            _people_listeners.remove(listener)


def people_payload(user_ids: set[int]) -> str:
    said = ",".join(str(user_id) for user_id in sorted(user_ids))
    return said if len(said) <= PEOPLE_PAYLOAD else EVERYONE


def people_of(payload: str) -> People:
    """The ids a PEOPLE_CHANNEL payload names (None: everyone); ValueError when malformed."""
    if payload == EVERYONE:
        return None
    return frozenset(int(part) for part in payload.split(","))


def tell_people(session: Session, user_ids: set[int]) -> None:
    """These people's own news changed in this transaction (their notifications: new, read): their
    streams are told once it commits, and not if it rolls back. It says who, never what: each
    stream then reads its own person's news. On PostgreSQL by NOTIFY in the transaction (every
    app process hears it when, and only if, it commits); elsewhere handed to listeners after the
    commit. (A savepoint rolled back may leave a name told: its stream re-reads the same news.)"""
    if not user_ids:
        return
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text("SELECT pg_notify(:channel, :payload)"),
            {"channel": PEOPLE_CHANNEL, "payload": people_payload(user_ids)},
        )
        return
    session.info.setdefault(PEOPLE, set()).update(user_ids)


def database_key(url: object) -> str:
    """Which database a change happened in: listeners of another app's database ignore it."""
    return str(url)


def _change(event_row: AuditEvent) -> Change:
    try:
        payload = json.loads(event_row.payload)
    except ValueError:
        payload = {}
    return Change(
        seq=event_row.seq,
        action=event_row.action,
        object_type=event_row.object_type,
        object_id=event_row.object_id,
        actor_id=event_row.actor_id,
        payload=payload if isinstance(payload, dict) else {},
    )


def _after_soft_rollback(session: Session, previous: SessionTransaction) -> None:
    # A rolled-back savepoint or transaction drops what was appended inside it.
    audit.forget_rolled_back(session, previous)


def _after_transaction_end(session: Session, transaction: SessionTransaction) -> None:
    # The outermost transaction ended without a commit (closed, or rolled back): nothing of it
    # is heard (after a commit, `_after_commit` took the events already).
    if transaction.parent is None:
        session.info.pop(audit.APPENDED, None)
        session.info.pop(PEOPLE, None)


def _after_commit(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint released: the outer transaction may still roll back
    _tell_people(session)
    pending = session.info.pop(audit.APPENDED, None)
    if not pending:
        return
    changes = [_change(row) for row, _chain in pending if row.action in LIVE_ACTIONS]
    if not changes:
        return
    try:
        key = database_key(session.get_bind().engine.url)
    except Exception:  # a session without a single bind has nothing for us
        log.exception("live: cannot tell which database committed")
        return
    with _lock:
        listeners = list(_listeners)
    for listener in listeners:
        try:
            listener(key, changes)
        except Exception:  # the write is committed; a listener's failure must not undo its reply
            log.exception("live: a listener failed")


def _tell_people(session: Session) -> None:
    people = session.info.pop(PEOPLE, None)
    if not people:
        return
    try:
        key = database_key(session.get_bind().engine.url)
    except Exception:
        log.exception("live: cannot tell which database committed")
        return
    with _lock:
        listeners = list(_people_listeners)
    for listener in listeners:
        try:
            listener(key, frozenset(people))
        except Exception:
            log.exception("live: a listener failed")


# --- reading committed changes back (the PostgreSQL listener, resumption) -------------------------


def _live() -> ColumnElement[bool]:
    return col(AuditEvent.action).in_(sorted(LIVE_ACTIONS))


def load(session: Session, seqs: list[int]) -> list[Change]:
    """The committed live changes with these seqs, in seq order."""
    rows = session.scalars(
        select(AuditEvent)
        .where(col(AuditEvent.seq).in_(seqs), _live())
        .order_by(col(AuditEvent.seq))
    ).all()
    return [_change(row) for row in rows]


def after(session: Session, seq: int, limit: int) -> list[Change]:
    """The first `limit` committed live changes after `seq`, in seq order."""
    rows = session.scalars(
        select(AuditEvent)
        .where(col(AuditEvent.seq) > seq, _live())
        .order_by(col(AuditEvent.seq))
        .limit(limit)
    ).all()
    return [_change(row) for row in rows]


def last_seq(session: Session) -> int:
    """The seq of the latest committed audit event (0: none yet)."""
    return int(session.scalar(select(func.max(AuditEvent.seq))) or 0)


def install() -> None:
    """Watch every session (idempotent)."""
    # On PostgreSQL each live event is also announced by NOTIFY, in the statement that appends it.
    audit.announce(CHANNEL, LIVE_ACTIONS)
    for name, hook in (
        ("after_soft_rollback", _after_soft_rollback),
        ("after_commit", _after_commit),
        ("after_transaction_end", _after_transaction_end),
    ):
        if not event.contains(Session, name, hook):
            event.listen(Session, name, hook)
