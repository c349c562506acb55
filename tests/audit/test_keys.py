"""The keyed chain (DESIGN.md invariant 8): someone who can write to the database but has not
the audit key cannot rewrite the log, not even by recomputing every later hash and the head;
keys rotate without breaking older events; the events of a database keyed by the migration
stay verifiable."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete, update
from sqlmodel import Session, col, select

from concord.audit import checkpoint as checkpoints
from concord.audit import service as audit
from concord.audit import verification
from concord.audit.keys import AuditKeyError, Keyring, get_keyring, load_keyring, make_key
from concord.audit.models import AuditEvent, AuditHead
from concord.core import config
from concord.core.clock import now
from concord.core.db import make_engine, transaction
from concord.core.migrate import upgrade
from tests.db import fresh_database_url, migrated_engine

OLD = "old-audit-key-" + "o" * 32
NEW = "new-audit-key-" + "n" * 32


UseKeys = Callable[[str | None], Keyring]


@pytest.fixture
def use_keys(monkeypatch: pytest.MonkeyPatch) -> Iterator[UseKeys]:
    """`use_keys("k1 k2")`: CONCORD_AUDIT_KEY for what follows (the settings re-read)."""

    def configure(value: str | None) -> Keyring:
        if value is None:
            monkeypatch.delenv("CONCORD_AUDIT_KEY", raising=False)
        else:
            monkeypatch.setenv("CONCORD_AUDIT_KEY", value)
        config.get_settings.cache_clear()
        return get_keyring()

    yield configure
    monkeypatch.delenv("CONCORD_AUDIT_KEY", raising=False)
    config.get_settings.cache_clear()


def append(session: Session, count: int, start: int = 0) -> list[AuditEvent]:
    return [
        audit.record(
            session, actor_id=None, action="test.append", object_type="t", payload={"n": n}
        )
        for n in range(start, start + count)
    ]


def plain_sha256(event: AuditEvent) -> str:
    """What an attacker without the key computes: the chain's old, unkeyed hash."""
    return audit.compute_hash(event, None)


def rewrite_from(
    session: Session, seq: int, hasher: Callable[[AuditEvent], str], *, key_id: str | None
) -> None:
    """Alter event `seq`, recompute it and every later event with `hasher`, move the head."""
    events = session.exec(
        select(AuditEvent).where(AuditEvent.seq >= seq).order_by(col(AuditEvent.seq))
    ).all()
    previous = events[0].prev_hash
    for event in events:
        if event.seq == seq:
            event.payload = '{"n":-1}'
        event.prev_hash, event.key_id = previous, key_id
        event.hash = hasher(event)
        session.connection().execute(
            update(AuditEvent)
            .where(col(AuditEvent.id) == event.id)
            .values(payload=event.payload, prev_hash=previous, key_id=key_id, hash=event.hash)
        )
        previous = event.hash
    session.connection().execute(update(AuditHead).values(seq=events[-1].seq, hash=previous))
    session.expire_all()


def test_every_event_records_the_key_that_signed_it(session: Session) -> None:
    events = append(session, 3)
    key = get_keyring().current
    assert {e.key_id for e in events} == {key.id}
    assert all(e.hash == audit.compute_hash(e, key) != plain_sha256(e) for e in events)
    assert verification.verify(session).ok


@pytest.mark.parametrize("keep_key_id", [True, False], ids=["key id kept", "key id removed"])
def test_rewrite_with_recomputed_sha256_hashes_and_head_is_caught(
    session: Session, keep_key_id: bool
) -> None:
    events = append(session, 6)
    assert verification.verify(session).ok
    key_id = events[0].key_id if keep_key_id else None
    rewrite_from(session, events[2].seq, plain_sha256, key_id=key_id)
    result = verification.verify(session)
    assert not result.ok
    assert result.first_bad_seq == events[2].seq, result.reason
    assert result.reason and ("altered" in result.reason or "no key id" in result.reason)


def test_whole_log_rewritten_as_unkeyed_events_is_caught(session: Session) -> None:
    events = append(session, 4)
    rewrite_from(session, events[0].seq, plain_sha256, key_id=None)
    # Even claiming the whole log predates the key, without a valid seal.
    session.connection().execute(update(AuditHead).values(legacy_seq=events[-1].seq))
    result = verification.verify(session)
    assert not result.ok
    assert "seal" in (result.reason or "")


def test_rewrite_with_another_key_is_caught(session: Session) -> None:
    events = append(session, 4)
    stranger = make_key("someone-elses-key-" + "s" * 32)
    rewrite_from(
        session, events[1].seq, lambda e: audit.compute_hash(e, stranger), key_id=stranger.id
    )
    result = verification.verify(session)
    assert not result.ok and result.first_bad_seq == events[1].seq
    assert "not in the keyring" in (result.reason or "")


def test_events_under_an_old_key_verify_with_the_keyring_after_rotation(
    session: Session, use_keys: UseKeys
) -> None:
    old = use_keys(OLD)
    before = append(session, 3)
    rotated = use_keys(f"{NEW}\n{OLD}")
    after = append(session, 3, start=3)
    assert {e.key_id for e in before} == {old.current.id}
    assert {e.key_id for e in after} == {rotated.current.id} != {old.current.id}
    result = verification.verify(session)
    assert result.ok and result.count == after[-1].seq


def test_an_old_key_dropped_from_the_keyring_is_named(session: Session, use_keys: UseKeys) -> None:
    old = use_keys(OLD)
    before = append(session, 2)
    use_keys(NEW)
    append(session, 1)
    result = verification.verify(session)
    assert not result.ok and result.first_bad_seq == before[0].seq
    assert f"key {old.current.id}, which is not in the keyring" in (result.reason or "")


def test_keyring_configuration_is_checked(tmp_path: Path) -> None:
    base = config.Settings(env="production")
    with pytest.raises(AuditKeyError, match="no audit log key"):
        load_keyring(base)
    with pytest.raises(AuditKeyError, match="shorter than 32"):
        load_keyring(base.model_copy(update={"audit_key": "short"}))
    keyfile = tmp_path / "audit.keys"
    keyfile.write_text(f"# current\n{NEW}\n# before 2026-12\n{OLD}\n", encoding="utf-8")
    both = base.model_copy(update={"audit_key": NEW, "audit_key_file": keyfile})
    with pytest.raises(AuditKeyError, match="not both"):
        load_keyring(both)
    ring = load_keyring(base.model_copy(update={"audit_key_file": keyfile}))
    assert ring.ids == [make_key(NEW).id, make_key(OLD).id] and not ring.development
    # Local use derives a development key from the secret key; another secret, another key.
    local = config.Settings(env="local")
    assert load_keyring(local).development
    other = local.model_copy(update={"secret_key": "x" * 40})
    assert load_keyring(other).current.id != load_keyring(local).current.id


# --- checkpoints --------------------------------------------------------------------------------


def test_checkpoint_is_signed_and_a_forged_one_is_refused(session: Session) -> None:
    events = append(session, 3)
    signed = checkpoints.sign(session)
    assert (signed.seq, signed.hash) == (events[-1].seq, events[-1].hash)
    assert checkpoints.parse(signed.to_json()) == signed
    assert checkpoints.contains(session, signed) is None
    forged = signed.to_json().replace(f'"seq":{signed.seq}', f'"seq":{signed.seq - 1}')
    with pytest.raises(checkpoints.CheckpointInvalid, match="signature does not match"):
        checkpoints.parse(forged)


def test_checkpoint_detects_a_tail_cut_off_with_the_head(session: Session) -> None:
    events = append(session, 5)
    signed = checkpoints.sign(session)
    keep = events[2]
    session.connection().execute(delete(AuditEvent).where(col(AuditEvent.seq) > keep.seq))
    session.connection().execute(update(AuditHead).values(seq=keep.seq, hash=keep.hash))
    assert verification.verify(session).ok  # the chain alone cannot tell
    assert "cut off" in (checkpoints.contains(session, signed) or "")


def test_checkpoint_detects_a_history_rewritten_with_the_key(session: Session) -> None:
    events = append(session, 5)
    signed = checkpoints.sign(session)
    key = get_keyring().current
    rewrite_from(session, events[1].seq, lambda e: audit.compute_hash(e, key), key_id=key.id)
    assert verification.verify(session).ok  # an insider holding the key
    assert "rewritten" in (checkpoints.contains(session, signed) or "")


def test_a_broken_log_is_not_signed(session: Session) -> None:
    events = append(session, 2)
    session.connection().execute(
        update(AuditEvent).where(col(AuditEvent.seq) == events[0].seq).values(action="x.y")
    )
    with pytest.raises(checkpoints.LogBroken):
        checkpoints.sign(session)


# --- the migration that keyed the chain ---------------------------------------------------------


def _unkeyed_events(engine: Engine, count: int) -> None:
    """Events as the code before 0006 wrote them: plain SHA-256, no key id."""
    with transaction(engine) as session:
        connection = session.connection()
        head = connection.execute(select(AuditHead.seq, AuditHead.hash)).one()
        seq, previous = head.seq, head.hash
        at = now() - timedelta(days=1)
        for n in range(count):
            seq += 1
            event = AuditEvent(
                seq=seq,
                at=at,
                action="test.old",
                object_type="t",
                payload=audit.canonical_json({"n": n}),
                prev_hash=previous,
                hash="",
            )
            previous = event.hash = hashlib.sha256(
                audit.canonical_json(
                    {
                        "seq": seq,
                        "at": audit.iso_utc(at),
                        "actor_id": None,
                        "action": "test.old",
                        "object_type": "t",
                        "object_id": None,
                        "payload": {"n": n},
                        "prev_hash": event.prev_hash,
                    }
                ).encode()
            ).hexdigest()
            connection.execute(
                AuditEvent.__table__.insert().values(  # type: ignore[attr-defined]
                    seq=seq,
                    at=at,
                    action=event.action,
                    object_type="t",
                    payload=event.payload,
                    prev_hash=event.prev_hash,
                    hash=event.hash,
                )
            )
        connection.execute(update(AuditHead).values(seq=seq, hash=previous))


@pytest.fixture
def legacy_engine(tmp_path: Path) -> Iterator[Engine]:
    """A database whose log was written before the chain was keyed, then migrated."""
    with fresh_database_url(tmp_path) as url:
        engine = make_engine(url)
        try:
            upgrade(engine, "0005_export")
            _unkeyed_events(engine, 4)
            upgrade(engine)
            yield engine
        finally:
            engine.dispose()


@pytest.mark.db
def test_events_from_before_the_key_stay_verifiable_after_the_migration(
    legacy_engine: Engine,
) -> None:
    with transaction(legacy_engine) as session:
        head = session.exec(select(AuditHead)).one()
        assert (head.legacy_seq, head.legacy_key_id) == (4, get_keyring().current.id)
        append(session, 2)
    with transaction(legacy_engine, write=False) as session:
        result = verification.verify(session)
        assert result.ok and result.count == 6
        keys = session.exec(select(AuditEvent.key_id).order_by(col(AuditEvent.seq))).all()
    assert keys[:4] == [None] * 4 and None not in keys[4:]


@pytest.mark.db
def test_an_old_event_rewritten_after_the_migration_is_caught(legacy_engine: Engine) -> None:
    with transaction(legacy_engine) as session:
        append(session, 2)
        rewrite_from(session, 2, plain_sha256, key_id=None)
        # Moving the seal's boundary does not help either.
        session.connection().execute(update(AuditHead).values(legacy_seq=6))
    with transaction(legacy_engine, write=False) as session:
        result = verification.verify(session)
    assert not result.ok and "seal" in (result.reason or "")


@pytest.mark.db
def test_a_fresh_database_has_no_unkeyed_prefix(tmp_path: Path) -> None:
    with migrated_engine(tmp_path) as engine, transaction(engine, write=False) as session:
        head = session.exec(select(AuditHead)).one()
        assert (head.legacy_seq, head.legacy_key_id, head.legacy_seal) == (0, None, None)
