"""The audit log's hash chain (docs/invariants.md, invariant 8): intact after appends, and every
edit, deletion, reordering, truncation or forgery done directly in the table is caught, naming the
first bad event."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, delete, func, update
from sqlmodel import Session, col, select

from concord.audit import service as audit
from concord.audit import verification
from concord.audit.keys import get_keyring
from concord.audit.models import GENESIS_HASH, AuditEvent, AuditHead
from concord.core.db import transaction
from concord.identity.models import User
from tests import factories
from tests.db import migrated_engine


@pytest.fixture
def actor(session: Session) -> User:
    return factories.make_user(session)


@pytest.fixture
def events(session: Session, actor: User) -> list[AuditEvent]:
    """Six events on top of whatever the log already holds."""
    return [
        audit.record(
            session,
            actor_id=actor.id,
            action="version.create",
            object_type="section",
            object_id=n,
            payload={"number": n, "text_hash": f"{n:064x}"},
        )
        for n in range(1, 7)
    ]


@pytest.fixture
def fresh_engine(tmp_path: Path) -> Iterator[Engine]:
    with migrated_engine(tmp_path) as engine:
        yield engine


def rehash(event: AuditEvent) -> str:
    """The hash an insider holding the audit key would compute."""
    return audit.compute_hash(event, get_keyring().current)


def tamper(session: Session, seq: int, /, **values: Any) -> None:
    """Change a stored event behind the application's back."""
    session.connection().execute(
        update(AuditEvent).where(col(AuditEvent.seq) == seq).values(**values)
    )


def remove(session: Session, *seqs: int) -> None:
    session.connection().execute(delete(AuditEvent).where(col(AuditEvent.seq).in_(seqs)))


def head(session: Session) -> AuditHead:
    return session.exec(select(AuditHead).execution_options(populate_existing=True)).one()


def assert_broken_at(session: Session, seq: int) -> verification.Verification:
    result = verification.verify(session)
    assert not result.ok
    assert result.first_bad_seq == seq, result.reason
    assert result.reason
    return result


# --- intact ---------------------------------------------------------------------------------


def test_chain_verifies_after_many_appends(session: Session, actor: User) -> None:
    made = [
        audit.record(
            session,
            actor_id=actor.id,
            action="comment.create",
            object_type="comment",
            object_id=n,
            payload={"n": n, "at": datetime(2026, 1, 1, tzinfo=UTC)},
        )
        for n in range(200)
    ]
    result = verification.verify(session)
    assert result.ok, result.reason
    assert result.count == made[-1].seq
    assert [e.seq for e in made] == list(range(made[0].seq, made[0].seq + 200))
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(made))
    assert (head(session).seq, head(session).hash) == (made[-1].seq, made[-1].hash)


def test_first_event_chains_from_the_genesis_hash(session: Session, actor: User) -> None:
    audit.record(session, actor_id=actor.id, action="document.create", object_type="document")
    first = session.exec(select(AuditEvent).where(AuditEvent.seq == 1)).one()
    assert first.prev_hash == GENESIS_HASH
    assert len(first.hash) == 64 and int(first.hash, 16) >= 0


def test_payload_is_stored_as_canonical_json(session: Session) -> None:
    when = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)
    event = audit.record(
        session,
        actor_id=None,
        action="auth.login_failed",
        object_type="user",
        object_id="rania@jor.example",
        payload={"z": "é", "a": [1, 2], "when": when},
    )
    assert event.payload == '{"a":[1,2],"when":"2026-11-29T10:00:00+00:00","z":"é"}'
    assert event.object_id == "rania@jor.example"


def test_payload_that_is_not_json_is_refused(session: Session) -> None:
    with pytest.raises(TypeError):
        audit.record(session, actor_id=None, action="x.y", object_type="x", payload={"s": {1, 2}})


def test_oversized_payload_is_refused(session: Session) -> None:
    with pytest.raises(ValueError, match="keep it small"):
        audit.record(
            session, actor_id=None, action="x.y", object_type="x", payload={"t": "a" * 20_000}
        )


def test_refusal_is_recorded_although_the_request_rolled_back(fresh_engine: Engine) -> None:
    def refused_request() -> None:
        with transaction(fresh_engine) as request:
            audit.record(request, actor_id=None, action="version.create", object_type="section")
            raise RuntimeError("refused")

    with pytest.raises(RuntimeError):
        refused_request()
    audit.record_refusal(
        fresh_engine,
        actor_id=None,
        action="version.refused",
        object_type="section",
        object_id=7,
        payload={"code": "edit_conflict"},
    )
    with transaction(fresh_engine, write=False) as session:
        [event] = audit.list_events(session)
        expected = verification.Verification(ok=True, count=1, last_hash=event.hash)
        assert verification.verify(session) == expected
    assert (event.seq, event.action, event.object_id) == (1, "version.refused", "7")


# --- tampering --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("payload", '{"number":3,"text_hash":"forged"}'),
        ("action", "version.delete"),
        ("object_type", "document"),
        ("object_id", "999"),
        ("actor_id", None),
        ("at", datetime(2020, 1, 1, tzinfo=UTC)),
        ("prev_hash", "f" * 64),
        ("hash", "e" * 64),
    ],
)
def test_edited_event_is_detected(
    session: Session, events: list[AuditEvent], column: str, value: Any
) -> None:
    target = events[2].seq
    assert verification.verify(session).ok
    tamper(session, target, **{column: value})
    result = assert_broken_at(session, target)
    assert result.count == target - 1


def test_time_moved_by_one_microsecond_is_detected(
    session: Session, events: list[AuditEvent]
) -> None:
    tamper(session, events[1].seq, at=events[1].at + timedelta(microseconds=1))
    assert_broken_at(session, events[1].seq)


def test_payload_rewritten_in_non_canonical_form_is_detected(
    session: Session, events: list[AuditEvent]
) -> None:
    tamper(session, events[0].seq, payload=events[0].payload.replace(":", ": "))
    result = assert_broken_at(session, events[0].seq)
    assert "canonical" in (result.reason or "")


def test_edited_event_with_recomputed_hash_breaks_the_next_link(
    session: Session, events: list[AuditEvent]
) -> None:
    victim = events[2]
    forged = AuditEvent.model_validate(victim.model_dump() | {"payload": '{"number":-1}'})
    tamper(session, victim.seq, payload=forged.payload, hash=rehash(forged))
    result = assert_broken_at(session, victim.seq + 1)
    assert "prev_hash" in (result.reason or "")


def test_last_event_edited_with_recomputed_hash_is_caught_by_the_head(
    session: Session, events: list[AuditEvent]
) -> None:
    victim = events[-1]
    forged = AuditEvent.model_validate(victim.model_dump() | {"action": "version.delete"})
    tamper(session, victim.seq, action=forged.action, hash=rehash(forged))
    result = assert_broken_at(session, victim.seq)
    assert "head" in (result.reason or "")


def test_deleted_event_is_detected(session: Session, events: list[AuditEvent]) -> None:
    remove(session, events[3].seq)
    result = assert_broken_at(session, events[3].seq)
    assert "missing" in (result.reason or "")


def test_deleted_event_with_later_ones_renumbered_is_detected(
    session: Session, events: list[AuditEvent]
) -> None:
    gone = events[1].seq
    remove(session, gone)
    for event in events[2:]:
        tamper(session, event.seq, seq=event.seq - 1)
    session.connection().execute(
        update(AuditHead).values(seq=events[-1].seq - 1, hash=events[-1].hash)
    )
    assert_broken_at(session, gone)


def test_events_with_swapped_seq_are_detected(session: Session, events: list[AuditEvent]) -> None:
    first, second = events[1].seq, events[4].seq
    tamper(session, first, seq=-1)
    tamper(session, second, seq=first)
    tamper(session, -1, seq=second)
    assert_broken_at(session, first)


def test_events_with_swapped_content_are_detected(
    session: Session, events: list[AuditEvent]
) -> None:
    a, b = events[1], events[2]
    fields = (
        "at",
        "actor_id",
        "action",
        "object_type",
        "object_id",
        "payload",
        "prev_hash",
        "hash",
    )
    tamper(session, a.seq, **{f: getattr(b, f) for f in fields})
    tamper(session, b.seq, **{f: getattr(a, f) for f in fields})
    assert_broken_at(session, a.seq)


def test_cut_off_tail_is_caught_by_the_head_checkpoint(
    session: Session, events: list[AuditEvent]
) -> None:
    remove(session, events[-2].seq, events[-1].seq)
    result = assert_broken_at(session, events[-2].seq)
    assert "cut off" in (result.reason or "")
    assert result.count == events[-3].seq


def test_whole_log_deleted_is_caught_by_the_head_checkpoint(
    session: Session, events: list[AuditEvent]
) -> None:
    session.connection().execute(delete(AuditEvent))
    assert_broken_at(session, 1)


def test_forged_event_appended_without_moving_the_head_is_detected(
    session: Session, events: list[AuditEvent]
) -> None:
    last = events[-1]
    forged = AuditEvent(
        seq=last.seq + 1,
        at=last.at,
        actor_id=None,
        action="document.adopt",
        object_type="document",
        object_id="1",
        payload="{}",
        prev_hash=last.hash,
        hash="",
        key_id=get_keyring().current.id,
    )
    forged.hash = rehash(forged)
    session.add(forged)
    session.flush()
    result = assert_broken_at(session, last.seq + 1)
    assert "beyond the head" in (result.reason or "")


def test_missing_head_checkpoint_is_detected(session: Session, events: list[AuditEvent]) -> None:
    session.connection().execute(delete(AuditHead))
    result = verification.verify(session)
    assert not result.ok and "head checkpoint is missing" in (result.reason or "")
    with pytest.raises(audit.AuditBroken):
        audit.record(session, actor_id=None, action="x.y", object_type="x")


# --- concurrency ------------------------------------------------------------------------------

THREADS = 8
APPENDS = 25


def test_concurrent_appenders_leave_a_gapless_valid_chain(fresh_engine: Engine) -> None:
    """Writers in their own transactions append at once; every 5th transaction rolls back."""
    errors: list[BaseException] = []
    start = threading.Barrier(THREADS)

    def appender(worker: int) -> None:
        try:
            start.wait()
            for n in range(APPENDS):
                rollback = n % 5 == 4
                try:
                    with transaction(fresh_engine) as session:
                        audit.record(
                            session,
                            actor_id=None,
                            action="test.append",
                            object_type="worker",
                            object_id=worker,
                            payload={"n": n},
                        )
                        if rollback:
                            raise LookupError("rolled back on purpose")
                except LookupError:
                    pass
        except BaseException as error:  # reported below, not lost in the thread
            errors.append(error)

    threads = [threading.Thread(target=appender, args=(w,)) for w in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    committed = THREADS * (APPENDS - APPENDS // 5)
    with transaction(fresh_engine, write=False) as session:
        result = verification.verify(session)
        assert (result.ok, result.count) == (True, committed), result.reason
        seqs = session.exec(select(AuditEvent.seq).order_by(col(AuditEvent.seq))).all()
        assert list(seqs) == list(range(1, committed + 1))
        per_worker = session.exec(
            select(AuditEvent.object_id, func.count()).group_by(col(AuditEvent.object_id))
        ).all()
        assert sorted(per_worker) == [(str(w), APPENDS - APPENDS // 5) for w in range(THREADS)]
