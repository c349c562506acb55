"""The hash-chained audit log and its head checkpoint (docs/invariants.md, invariant 8)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Index, Text
from sqlmodel import Field, SQLModel

from concord.core.clock import now
from concord.core.db import UTCDateTime

GENESIS_HASH = "0" * 64


class AuditEvent(SQLModel, table=True):
    """One recorded action. `hash` chains it to the event before (`prev_hash`); `seq` counts
    1, 2, 3… without gaps. Rows are only ever inserted, never updated or deleted. `hash` is an
    HMAC-SHA256 under the key `key_id` names (concord/audit/keys.py); events written before the
    chain was keyed have no `key_id` and a plain SHA-256, sealed by the head's `legacy_*`."""

    __table_args__ = (
        # The filters of `GET /audit`, each served newest first from the index.
        Index("ix_auditevent_action_seq", "action", "seq"),
        Index("ix_auditevent_object_type_object_id_seq", "object_type", "object_id", "seq"),
        # One person's events newest first: without seq in it, the database read all of their
        # events (a tenth of the log) and sorted them for every page of the screen's filter.
        Index("ix_auditevent_actor_id_seq", "actor_id", "seq"),
    )

    id: int | None = Field(default=None, primary_key=True)
    seq: int = Field(unique=True)
    at: datetime = Field(default_factory=now, sa_type=UTCDateTime, index=True)
    actor_id: int | None = Field(default=None, foreign_key="user.id")
    action: str = Field(max_length=64)
    object_type: str = Field(max_length=64)
    object_id: str | None = Field(default=None, max_length=320)  # an email fits
    # Canonical JSON (sorted keys, compact), exactly the text that was hashed.
    payload: str = Field(default="{}", sa_type=Text)
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)
    key_id: str | None = Field(default=None, max_length=16)


class AuditHead(SQLModel, table=True):
    """The chain's head, kept outside the event table: one row (id 1), moved in the same
    transaction as each append. Appenders lock it; a cut-off tail no longer matches it."""

    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: int = Field(default=1, primary_key=True, sa_column_kwargs={"autoincrement": False})
    seq: int = 0
    hash: str = Field(default=GENESIS_HASH, max_length=64)
    # Events 1..legacy_seq were written before the chain was keyed (plain SHA-256); the
    # migration that keyed it sealed them with an HMAC of (legacy_seq, their last hash) under
    # key legacy_key_id. 0: every event is keyed.
    legacy_seq: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    legacy_key_id: str | None = Field(default=None, max_length=16)
    legacy_seal: str | None = Field(default=None, max_length=64)
