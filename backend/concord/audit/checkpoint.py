"""Signed checkpoints of the audit log's head, to be kept outside the database.

`concord audit checkpoint` prints one (seq, hash, time, key id and an HMAC over them); later,
`concord audit verify --checkpoint FILE` checks that the log still holds that event with that
hash. The per-event keys stop rewrites by someone without the key; a checkpoint kept elsewhere
also catches a tail cut off together with the head row, and any rewrite by someone with the key.
"""

from __future__ import annotations

import hmac
import json
from dataclasses import asdict, dataclass, replace
from typing import Any

from sqlmodel import Session, select

from concord.audit import service as audit
from concord.audit import verification
from concord.audit.keys import Keyring, get_keyring
from concord.audit.models import GENESIS_HASH, AuditEvent
from concord.core.clock import now
from concord.core.errors import ConcordError

KIND = "concord-audit-checkpoint"
FIELDS = ("kind", "seq", "hash", "at", "key_id", "mac")


class CheckpointInvalid(ConcordError):
    """The checkpoint file is not a checkpoint this installation signed."""

    code = "checkpoint_invalid"


class LogBroken(ConcordError):
    """The log does not verify: nothing to sign."""

    code = "audit_log_broken"


@dataclass(frozen=True)
class Checkpoint:
    seq: int
    hash: str
    at: str
    key_id: str
    mac: str
    kind: str = KIND

    def signed_text(self) -> str:
        fields = {k: v for k, v in asdict(self).items() if k != "mac"}
        return audit.canonical_json(fields)

    def to_json(self) -> str:
        return audit.canonical_json(asdict(self))


def sign(session: Session, keyring: Keyring | None = None) -> Checkpoint:
    """A checkpoint of the current head, once the whole log verifies."""
    keyring = keyring or get_keyring()
    result = verification.verify(session, keyring)
    if not result.ok:
        raise LogBroken(
            f"the audit log is broken at event seq {result.first_bad_seq}: {result.reason}",
            details={"first_bad_seq": result.first_bad_seq},
        )
    key = keyring.current
    unsigned = Checkpoint(result.count, result.last_hash, audit.iso_utc(now()), key.id, mac="")
    return replace(unsigned, mac=key.mac(unsigned.signed_text()))


def parse(text: str, keyring: Keyring | None = None) -> Checkpoint:
    """The checkpoint in `text`, its signature checked with the keyring."""
    keyring = keyring or get_keyring()
    try:
        value: Any = json.loads(text)
    except ValueError as error:
        raise CheckpointInvalid("the checkpoint is not JSON") from error
    if not isinstance(value, dict) or value.get("kind") != KIND or set(value) != set(FIELDS):
        raise CheckpointInvalid(f"not a Concord audit checkpoint (fields: {', '.join(FIELDS)})")
    if not isinstance(value["seq"], int) or not all(
        isinstance(value[k], str) for k in FIELDS if k != "seq"
    ):
        raise CheckpointInvalid("the checkpoint's fields have the wrong types")
    checkpoint = Checkpoint(**value)
    key = keyring.get(checkpoint.key_id)
    if key is None:
        raise CheckpointInvalid(
            f"the checkpoint is signed with key {checkpoint.key_id}, which is not in the keyring"
        )
    if not hmac.compare_digest(key.mac(checkpoint.signed_text()), checkpoint.mac):
        raise CheckpointInvalid("the checkpoint's signature does not match: it was altered")
    return checkpoint


def contains(session: Session, checkpoint: Checkpoint) -> str | None:
    """Why the log no longer holds the checkpointed head unchanged, or None if it does."""
    if checkpoint.seq == 0:
        return None if checkpoint.hash == GENESIS_HASH else "the checkpoint's genesis is wrong"
    found = session.exec(select(AuditEvent.hash).where(AuditEvent.seq == checkpoint.seq)).first()
    if found is None:
        return (
            f"event {checkpoint.seq} of the checkpoint (taken {checkpoint.at}) is gone:"
            " the history was cut off"
        )
    if not hmac.compare_digest(found, checkpoint.hash):
        return (
            f"event {checkpoint.seq} differs from the checkpoint (taken {checkpoint.at}):"
            " the history up to it was rewritten"
        )
    return None
