"""Verify the audit log (docs/invariants.md, invariant 8): the keyed chain recomputed from the
first event, its end compared with the head checkpoint. The same rules judge the database
(`verify`) and an archive being restored (`ChainCheck`, fed event by event).
"""

from __future__ import annotations

import hmac
import json
from dataclasses import dataclass

from sqlalchemy import func, true
from sqlmodel import Session, col, select

from concord.audit.keys import AuditKey, Keyring, get_keyring
from concord.audit.models import GENESIS_HASH, AuditEvent, AuditHead
from concord.audit.service import HEAD_ID, canonical_json, compute_hash, legacy_seal


@dataclass(frozen=True)
class Verification:
    """`count` is the number of events found intact (all of them when `ok`); `last_hash` the
    hash of the last of them."""

    ok: bool
    count: int
    first_bad_seq: int | None = None
    reason: str | None = None
    last_hash: str = GENESIS_HASH


@dataclass(frozen=True)
class Head:
    """The head checkpoint's row, as verification needs it."""

    seq: int
    hash: str
    legacy_seq: int = 0
    legacy_key_id: str | None = None
    legacy_seal: str | None = None

    @classmethod
    def of(cls, row: AuditHead) -> Head:
        return cls(row.seq, row.hash, row.legacy_seq, row.legacy_key_id, row.legacy_seal)


def _key_for(event: AuditEvent, keyring: Keyring, unkeyed_allowed: bool) -> AuditKey | str | None:
    """The event's key (None: an event from before the chain was keyed), or why it has none."""
    if event.key_id is None:
        if unkeyed_allowed:
            return None
        return "it has no key id, yet an earlier event is keyed: it was written without the key"
    key = keyring.get(event.key_id)
    if key is None:
        return (
            f"it is signed with key {event.key_id}, which is not in the keyring: configure that"
            " key (CONCORD_AUDIT_KEY_FILE) to verify it, or it was forged"
        )
    return key


def _check(
    event: AuditEvent, expected_seq: int, prev_hash: str, key: AuditKey | str | None
) -> tuple[int, str] | None:
    """Why this event breaks the chain (and the seq to blame), or None if it holds."""
    if event.seq > expected_seq:
        return expected_seq, f"event {expected_seq} is missing (the next event is {event.seq})"
    if event.seq < expected_seq:
        return event.seq, f"unexpected seq {event.seq} where {expected_seq} was due"
    if isinstance(key, str):
        return event.seq, key
    try:
        payload = json.loads(event.payload)
    except ValueError:
        return event.seq, "its payload is not valid JSON"
    if canonical_json(payload) != event.payload:
        return event.seq, "its payload is not in canonical form: it was altered"
    if not hmac.compare_digest(compute_hash(event, key), event.hash):
        return event.seq, "its content does not match its hash: it was altered or moved"
    if event.prev_hash != prev_hash:
        return event.seq, (
            f"its prev_hash is not the hash of event {event.seq - 1}: "
            "an earlier event was altered, removed or moved"
        )
    return None


def _check_head(head: Head, last_seq: int, last_hash: str) -> Verification:
    count = last_seq
    if head.seq > last_seq:
        return Verification(
            False,
            count,
            last_seq + 1,
            f"the head checkpoint is at seq {head.seq} but the log ends at seq {last_seq}: "
            f"events {last_seq + 1}..{head.seq} were cut off",
        )
    if head.seq < last_seq:
        return Verification(
            False,
            head.seq,
            head.seq + 1,
            f"event {head.seq + 1} lies beyond the head checkpoint (seq {head.seq}): "
            "it was added outside the audit log's writer",
        )
    if head.hash != last_hash:
        return Verification(
            False,
            max(count - 1, 0),
            last_seq or None,
            f"the hash of the last event ({last_seq}) differs from the head checkpoint's",
        )
    return Verification(True, count, last_hash=last_hash)


class ChainCheck:
    """The chain verified event by event as events arrive in seq order, off the database: an
    archive being restored is checked before anything is written.

    Unkeyed events (plain SHA-256) are accepted only as the prefix the head's seal covers, so
    rewriting events as unkeyed ones, with their hashes and the head recomputed, is caught.
    """

    def __init__(self, keyring: Keyring | None = None) -> None:
        self.keyring = keyring or get_keyring()
        self.last_seq, self.last_hash = 0, GENESIS_HASH
        self.unkeyed_seq, self.unkeyed_hash = 0, GENESIS_HASH
        self.failure: Verification | None = None

    def feed(self, event: AuditEvent) -> None:
        if self.failure is not None:
            return
        key = _key_for(event, self.keyring, unkeyed_allowed=self.unkeyed_seq == self.last_seq)
        problem = _check(event, self.last_seq + 1, self.last_hash, key)
        if problem is not None:
            self.failure = Verification(False, self.last_seq, *problem)
            return
        self.last_seq, self.last_hash = event.seq, event.hash
        if key is None:
            self.unkeyed_seq, self.unkeyed_hash = event.seq, event.hash

    def _check_seal(self, head: Head) -> Verification | None:
        if self.unkeyed_seq > head.legacy_seq:
            return Verification(
                False,
                head.legacy_seq,
                head.legacy_seq + 1,
                f"event {head.legacy_seq + 1} has no key id, but only events before the chain"
                f" was keyed may lack one (events 1..{head.legacy_seq}): it was rewritten"
                " without the key",
            )
        if head.legacy_seq == 0:
            return None
        key = self.keyring.get(head.legacy_key_id or "")
        if key is None:
            reason = (
                f"the seal of the events from before the chain was keyed names key"
                f" {head.legacy_key_id}, which is not in the keyring"
            )
        elif self.unkeyed_seq < head.legacy_seq:
            reason = f"event {self.unkeyed_seq + 1} is keyed, but the seal says it predates the key"
        elif not hmac.compare_digest(
            legacy_seal(key, head.legacy_seq, self.unkeyed_hash), head.legacy_seal or ""
        ):
            reason = (
                f"the seal of events 1..{head.legacy_seq} (written before the chain was keyed)"
                " does not match them: they or the seal were rewritten"
            )
        else:
            return None
        return Verification(False, 0, 1, reason)

    def result(self, head: Head | None) -> Verification:
        """The verdict once every event was fed, given the head checkpoint."""
        if self.failure is not None:
            return self.failure
        if head is None:
            if self.last_seq == 0:
                return Verification(True, 0)
            return Verification(False, 0, 1, "the head checkpoint is missing")
        if self.last_seq >= head.legacy_seq:  # else cut off, as _check_head says
            broken = self._check_seal(head)
            if broken is not None:
                return broken
        return _check_head(head, self.last_seq, self.last_hash)


def verify(session: Session, keyring: Keyring | None = None) -> Verification:
    """Recompute the chain from the first event with the keyring (by default the configured
    one) and compare its end with the head checkpoint.

    Head and events are read by one statement, so one snapshot: a concurrent append is either
    wholly seen or not at all, on any isolation level. Events are streamed, not all loaded.
    """
    rows = session.exec(
        select(AuditHead, AuditEvent)
        .select_from(AuditHead)
        .outerjoin(AuditEvent, true())
        .where(AuditHead.id == HEAD_ID)
        .order_by(col(AuditEvent.seq))
        .execution_options(yield_per=1000, populate_existing=True)
    )
    chain = ChainCheck(keyring)
    head: Head | None = None
    for row, event in rows:
        head = head or Head.of(row)
        if event is None:
            break
        chain.feed(event)
        if chain.failure is not None:
            rows.close()
            return chain.failure
    if head is None:
        first = session.exec(select(func.min(AuditEvent.seq))).one()
        if first is None:
            return Verification(True, 0)
        return Verification(False, 0, first, "the head checkpoint is missing")
    return chain.result(head)
