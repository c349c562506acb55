"""Append to the audit log and read it (docs/invariants.md, invariant 8); `verification`
checks it.

Each event's hash covers its own content and the previous event's hash, keyed with the audit key
(concord/audit/keys.py), so editing, deleting or reordering an event breaks the chain from that
event on, and only the key's holder could recompute it. The head checkpoint (`AuditHead`),
moved in the same transaction as each append, also catches a cut-off tail and events slipped in
behind the writers' back; a signed checkpoint kept elsewhere (`checkpoint`) anchors it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Engine, bindparam, func, insert, literal_column, update
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import SessionTransaction
from sqlmodel import Session, col, select

from concord.audit.actions import Action
from concord.audit.keys import AuditKey, get_keyring
from concord.audit.models import GENESIS_HASH, AuditEvent, AuditHead
from concord.core.clock import now
from concord.core.db import transaction

HEAD_ID = 1
# Payloads say what changed (ids, numbers, hashes, short names), never whole texts.
MAX_PAYLOAD_CHARS = 16_000
MAX_NAME = 64  # action, object_type
MAX_KEY = 320  # object_id


class AuditBroken(RuntimeError):
    """The log cannot be appended to safely; `concord audit verify` tells why."""


# --- hashing ------------------------------------------------------------------------------------


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"audit payload values must be JSON-serialisable, not {type(value).__name__}")


def canonical_json(value: Any) -> str:
    return json.dumps(
        value,
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        allow_nan=False,
        default=_jsonable,
    )


def iso_utc(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def compute_hash(event: AuditEvent, key: AuditKey | None) -> str:
    """HMAC-SHA256 under `key` (the one `event.key_id` names) of the canonical JSON of everything
    an event says, chained by `prev_hash`; a plain SHA-256 for an event from before the chain
    was keyed (`key` None)."""
    body = {
        "seq": event.seq,
        "at": iso_utc(event.at),
        "actor_id": event.actor_id,
        "action": event.action,
        "object_type": event.object_type,
        "object_id": event.object_id,
        "payload": json.loads(event.payload),
        "prev_hash": event.prev_hash,
    }
    if key is None:
        return hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()
    body["key_id"] = key.id
    return key.mac(canonical_json(body))


def legacy_seal(key: AuditKey, legacy_seq: int, last_hash: str) -> str:
    """The keyed seal over events 1..legacy_seq, written before the chain was keyed: their
    hashes chain, so sealing the last one seals them all."""
    return key.mac(canonical_json({"legacy_seq": legacy_seq, "hash": last_hash}))


# --- appending ----------------------------------------------------------------------------------


# Built once: the append's statements cost less Python that way than built per call.
_TAKE_SEQ = (
    update(AuditHead)
    .where(col(AuditHead.id) == HEAD_ID)
    .values(seq=col(AuditHead.seq) + 1)
    .returning(col(AuditHead.seq), col(AuditHead.hash))
)
_SKIP_SEQ = (
    update(AuditHead)
    .where(col(AuditHead.id) == HEAD_ID)
    .values(seq=col(AuditHead.seq) + bindparam("count"))
)
_MOVE_HEAD = (
    update(AuditHead).where(col(AuditHead.id) == HEAD_ID).values(hash=bindparam("new_hash"))
)
_EVENT_COLUMNS = (
    "seq", "at", "actor_id", "action", "object_type", "object_id", "payload", "prev_hash", "hash",
    "key_id",
)  # fmt: skip
# Parameters named apart from the columns: a statement's parameters named like a column of the
# table it writes would be taken as more columns to set.
_INSERT_EVENT = insert(AuditEvent).values({name: bindparam(f"e_{name}") for name in _EVENT_COLUMNS})


def _append_statement(announce: bool) -> Any:
    """PostgreSQL: the event's INSERT, the head's UPDATE and (when announced) its NOTIFY in one
    statement, one round trip while the head's lock is held instead of three."""
    appended = _INSERT_EVENT.returning(col(AuditEvent.id)).cte("appended")
    moved = (
        update(AuditHead)
        .where(col(AuditHead.id) == literal_column(str(HEAD_ID)))
        .values(hash=bindparam("new_hash"))
        .cte("moved")
    )
    notice = (
        func.pg_notify(bindparam("channel"), bindparam("seq_text"))
        if announce
        else literal_column("''")
    )
    return select(appended.c.id, notice).select_from(appended).add_cte(moved)


_APPEND = _append_statement(announce=False)
_APPEND_ANNOUNCED = _append_statement(announce=True)


@dataclass(frozen=True)
class Announcement:
    """PostgreSQL NOTIFY `channel` with an appended event's seq, for these actions (set by
    whoever listens: concord.live)."""

    channel: str
    actions: frozenset[str]


_announcement: list[Announcement] = []


def announce(channel: str, actions: Collection[str]) -> None:
    """On PostgreSQL, NOTIFY `channel` with the seq of each appended event of `actions`, in the
    appending transaction (delivered when, and only if, it commits)."""
    _announcement[:] = [Announcement(channel, frozenset(actions))]


AppendHook = Callable[[Session, AuditEvent], None]
_append_hooks: list[AppendHook] = []


def on_append(hook: AppendHook) -> None:
    """Call `hook(session, event)` as each event is appended, in the appending transaction (the
    notification outbox writes its rows there: they commit, or roll back, with the change)."""
    if hook not in _append_hooks:
        _append_hooks.append(hook)


def _appended_hooks(session: Session, events: Sequence[AuditEvent]) -> None:
    for hook in list(_append_hooks):
        for event in events:
            hook(session, event)


APPENDED = "concord_audit_appended"
# session.info[APPENDED]: the events appended in the session's transaction, each with the
# transactions (outermost to innermost savepoint) it was appended in: a rolled-back savepoint
# drops those appended inside it (`forget_rolled_back`).
Appended = tuple[AuditEvent, tuple[SessionTransaction, ...]]


def appended(session: OrmSession) -> list[Appended]:
    """The events appended in the session's current transaction (not yet committed)."""
    found: list[Appended] = session.info.setdefault(APPENDED, [])
    return found


def _transactions(session: OrmSession) -> tuple[SessionTransaction, ...]:
    chain: list[SessionTransaction] = []
    current = session.get_transaction()
    nested = session.get_nested_transaction()
    node = nested or current
    while node is not None:
        chain.append(node)
        node = node.parent
    return tuple(reversed(chain))


def forget_rolled_back(session: OrmSession, rolled_back: SessionTransaction) -> None:
    """A transaction or savepoint rolled back: forget the events appended inside it."""
    found = session.info.get(APPENDED)
    if found:
        session.info[APPENDED] = [(e, chain) for e, chain in found if rolled_back not in chain]


def _take_seq(session: Session) -> tuple[int, str]:
    """Lock the head and move it to the next seq, in one statement: the seq taken and the hash
    it follows. The UPDATE holds the head's row lock until the transaction ends."""
    # The caller's pending writes go first: their row locks are taken before this one, by every
    # writer in the same order (and not while everyone else waits on the head).
    session.flush()
    connection = session.connection()
    row = connection.execute(_TAKE_SEQ).first()
    if row is None:
        # Only a database built without migrations (metadata.create_all) starts without a head.
        if session.exec(select(AuditEvent.id).limit(1)).first() is not None:
            raise AuditBroken("The audit head checkpoint is missing; run `concord audit verify`.")
        connection.execute(insert(AuditHead).values(id=HEAD_ID, seq=0, hash=GENESIS_HASH))
        row = connection.execute(_TAKE_SEQ).one()
    return int(row.seq), str(row.hash)


def record(
    session: Session,
    *,
    actor_id: int | None,
    action: str,
    object_type: str,
    object_id: int | str | None = None,
    payload: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append an event in the caller's transaction: flushed, committed (or not) with it.

    Serialises appenders: takes the audit head's row lock (an UPDATE of the head row; on SQLite
    the write transaction's BEGIN IMMEDIATE already serialises writers) and holds it
    until the caller's transaction ends. So record last, after the caller's own locks and
    writes: every writer then takes the locks in the same order and holds this one briefly.
    Payload values must be JSON-serialisable (datetimes and dates become ISO 8601 strings).
    """
    text = canonical_json(payload or {})
    if len(text) > MAX_PAYLOAD_CHARS:
        raise ValueError(f"audit payload over {MAX_PAYLOAD_CHARS} characters: keep it small")
    object_key = None if object_id is None else str(object_id)
    if len(action) > MAX_NAME or len(object_type) > MAX_NAME or len(object_key or "") > MAX_KEY:
        raise ValueError("audit action, object_type or object_id too long")
    key = get_keyring().current
    seq, prev_hash = _take_seq(session)
    event = AuditEvent(
        seq=seq,
        at=now(),
        actor_id=actor_id,
        action=action,
        object_type=object_type,
        object_id=object_key,
        payload=text,
        prev_hash=prev_hash,
        hash="",
        key_id=key.id,
    )
    event.hash = compute_hash(event, key)
    # Plain statements, not the ORM's flush: the event is not added to the session (nobody
    # reads it back from there), and on PostgreSQL the INSERT, the head's move and the NOTIFY
    # are one statement.
    values = {f"e_{name}": getattr(event, name) for name in _EVENT_COLUMNS}
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        values["new_hash"] = event.hash
        told = next((a for a in _announcement if action in a.actions), None)
        if told is None:
            row = connection.execute(_APPEND, values).one()
        else:
            values |= {"channel": told.channel, "seq_text": str(seq)}
            row = connection.execute(_APPEND_ANNOUNCED, values).one()
        event.id = int(row[0])
    else:
        inserted = connection.execute(_INSERT_EVENT, values).inserted_primary_key
        event.id = int(inserted[0]) if inserted else None
        connection.execute(_MOVE_HEAD, {"new_hash": event.hash})
    appended(session).append((event, _transactions(session)))
    _appended_hooks(session, [event])
    return event


def log_many(
    session: Session,
    action: Action,
    object_type: str,
    items: Sequence[tuple[int | str | None, dict[str, Any]]],
) -> list[AuditEvent]:
    """`log` for many events of one action at once (an imported draft's hundreds of sections):
    the same chained events, with the head taken and moved once instead of once per event."""
    if not items:
        return []
    first_seq, prev_hash = _take_seq(session)
    if len(items) > 1:
        session.connection().execute(_SKIP_SEQ, {"count": len(items) - 1})
    key = get_keyring().current
    actor_id = session.info.get(ACTOR)
    at = now()
    events: list[AuditEvent] = []
    for offset, (object_id, payload) in enumerate(items):
        text = canonical_json(payload)
        if len(text) > MAX_PAYLOAD_CHARS:
            raise ValueError(f"audit payload over {MAX_PAYLOAD_CHARS} characters: keep it small")
        event = AuditEvent(
            seq=first_seq + offset,
            at=at,
            actor_id=actor_id,
            action=action,
            object_type=object_type,
            object_id=None if object_id is None else str(object_id),
            payload=text,
            prev_hash=prev_hash,
            hash="",
            key_id=key.id,
        )
        event.hash = compute_hash(event, key)
        prev_hash = event.hash
        events.append(event)
    session.add_all(events)
    session.flush()
    session.connection().execute(_MOVE_HEAD, {"new_hash": prev_hash})
    chain = _transactions(session)
    appended(session).extend((event, chain) for event in events)
    _appended_hooks(session, events)
    return events


ACTOR = "concord_actor_id"


def act_as(session: Session, user_id: int | None) -> None:
    """Name the person on whose behalf this session's changes are made (set per request)."""
    session.info[ACTOR] = user_id


def log(
    session: Session,
    action: Action,
    object_type: str,
    object_id: int | str | None = None,
    payload: dict[str, Any] | None = None,
) -> AuditEvent:
    """`record` for the person the session acts for (None: the command line or the system)."""
    return record(
        session,
        actor_id=session.info.get(ACTOR),
        action=action,
        object_type=object_type,
        object_id=object_id,
        payload=payload,
    )


def record_refusal(
    engine: Engine,
    *,
    actor_id: int | None,
    action: str,
    object_type: str,
    object_id: int | str | None = None,
    payload: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append an event in its own short transaction, committed at once: for refused actions
    and failed sign-ins, whose request transaction is rolled back. Call it after that
    rollback (never while the same thread holds an open write transaction: on SQLite that
    would wait for itself)."""
    with transaction(engine) as session:
        return record(
            session,
            actor_id=actor_id,
            action=action,
            object_type=object_type,
            object_id=object_id,
            payload=payload,
        )


# --- reading ------------------------------------------------------------------------------------


def list_events(
    session: Session,
    *,
    action: str | None = None,
    actions: Collection[str] | None = None,
    skip_actions: Collection[str] = (),
    object_type: str | None = None,
    object_id: int | str | None = None,
    actor_id: int | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    before: int | None = None,
    offset: int = 0,
    limit: int = 50,
) -> list[AuditEvent]:
    """Events matching every given filter, newest first (highest seq first), as an audit is
    read; `since` is inclusive, `until` exclusive; `before` keeps events with a lower seq (the
    next page, whatever its depth, from the index)."""
    query = select(AuditEvent)
    if action is not None:
        query = query.where(AuditEvent.action == action)
    if actions is not None:
        query = query.where(col(AuditEvent.action).in_(actions))
    if skip_actions:
        query = query.where(col(AuditEvent.action).not_in(skip_actions))
    if before is not None:
        query = query.where(AuditEvent.seq < before)
    if object_type is not None:
        query = query.where(AuditEvent.object_type == object_type)
    if object_id is not None:
        query = query.where(AuditEvent.object_id == str(object_id))
    if actor_id is not None:
        query = query.where(AuditEvent.actor_id == actor_id)
    if since is not None:
        query = query.where(AuditEvent.at >= since)
    if until is not None:
        query = query.where(AuditEvent.at < until)
    query = query.order_by(col(AuditEvent.seq).desc()).offset(offset).limit(limit)
    return list(session.exec(query).all())
