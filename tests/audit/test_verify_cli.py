"""`concord audit verify` as an operator runs it: a real process on a fresh, migrated database."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete, update
from sqlmodel import col, select
from typer.testing import Result

from concord.audit import service as audit
from concord.audit.models import AuditEvent, AuditHead
from concord.core.db import transaction
from tests.cli_runner import run_cli
from tests.db import migrated_engine

pytestmark = pytest.mark.db


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    with migrated_engine(tmp_path) as engine:
        yield engine


def concord_audit(engine: Engine, *args: str) -> subprocess.CompletedProcess[str]:
    url = engine.url.render_as_string(hide_password=False)
    return subprocess.run(
        [sys.executable, "-m", "concord.audit.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "CONCORD_DATABASE_URL": url},
        check=False,
    )


def verify(engine: Engine, *args: str) -> subprocess.CompletedProcess[str]:
    return concord_audit(engine, "verify", *args)


def append(engine: Engine, count: int) -> None:
    with transaction(engine) as session:
        for n in range(count):
            audit.record(
                session, actor_id=None, action="test.append", object_type="t", payload={"n": n}
            )


def test_empty_log_is_intact(engine: Engine) -> None:
    result = verify(engine)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "audit log intact: 0 events"


def test_intact_log_exits_zero_with_the_count(engine: Engine) -> None:
    append(engine, 5)
    result = verify(engine)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "audit log intact: 5 events"


def test_edited_event_exits_one_naming_it(engine: Engine) -> None:
    append(engine, 5)
    with transaction(engine) as session:
        session.connection().execute(
            update(AuditEvent).where(col(AuditEvent.seq) == 3).values(action="test.forged")
        )
    result = verify(engine)
    assert result.returncode == 1
    assert "event seq 3" in result.stderr and "altered" in result.stderr
    assert "intact:" not in result.stdout


def test_cut_off_tail_exits_one_naming_the_first_missing_event(engine: Engine) -> None:
    append(engine, 5)
    with transaction(engine) as session:
        session.connection().execute(delete(AuditEvent).where(col(AuditEvent.seq) >= 4))
    result = verify(engine)
    assert result.returncode == 1
    assert "event seq 4" in result.stderr and "cut off" in result.stderr


def test_a_database_without_tables_is_named_not_crashed_on(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    result = subprocess.run(
        [sys.executable, "-m", "concord.audit.cli", "verify"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "CONCORD_DATABASE_URL": f"sqlite:///{empty}"},
        check=False,
    )
    assert result.returncode == 2
    assert "no Concord tables" in result.stderr
    assert "Traceback" not in result.stderr


def in_process(engine: Engine, *args: str, env: dict[str, str] | None = None) -> Result:
    """`concord audit ARGS` in this process: the exit codes without a process's start-up."""
    return run_cli(engine.url.render_as_string(hide_password=False), "audit", *args, env=env)


def checkpoint(engine: Engine, folder: Path) -> Path:
    made = in_process(engine, "checkpoint")
    assert made.exit_code == 0, made.stderr
    path = folder / "checkpoint.json"
    path.write_text(made.stdout, encoding="utf-8")
    return path


def test_checkpoint_then_verify_against_it_exits_zero(engine: Engine, tmp_path: Path) -> None:
    append(engine, 3)
    made = concord_audit(engine, "checkpoint")  # as cron runs it: stdout into a file
    assert made.returncode == 0, made.stderr
    path = tmp_path / "checkpoint.json"
    path.write_text(made.stdout, encoding="utf-8")
    append(engine, 2)  # the log goes on: the checkpoint's event is still there
    result = verify(engine, "--checkpoint", str(path))
    assert result.returncode == 0, result.stderr
    assert "intact: 5 events" in result.stdout and "checkpoint of event 3" in result.stdout


def test_tail_cut_off_with_the_head_exits_one_against_a_checkpoint(
    engine: Engine, tmp_path: Path
) -> None:
    append(engine, 5)
    path = checkpoint(engine, tmp_path)
    with transaction(engine) as session:
        kept = session.exec(select(AuditEvent).where(AuditEvent.seq == 3)).one()
        session.connection().execute(delete(AuditEvent).where(col(AuditEvent.seq) > 3))
        session.connection().execute(update(AuditHead).values(seq=3, hash=kept.hash))
    assert in_process(engine, "verify").exit_code == 0  # without the checkpoint, nothing to see
    result = in_process(engine, "verify", "--checkpoint", str(path))
    assert result.exit_code == 1
    assert "event 5 of the checkpoint" in result.stderr and "cut off" in result.stderr


def test_forged_or_unreadable_checkpoint_exits_two(engine: Engine, tmp_path: Path) -> None:
    append(engine, 2)
    path = checkpoint(engine, tmp_path)
    forged = tmp_path / "forged.json"
    forged.write_text(path.read_text(encoding="utf-8").replace('"seq":2', '"seq":1'))
    result = in_process(engine, "verify", "--checkpoint", str(forged))
    assert result.exit_code == 2
    assert "checkpoint_invalid" in result.stderr and "signature" in result.stderr
    missing = in_process(engine, "verify", "--checkpoint", str(tmp_path / "nowhere.json"))
    assert missing.exit_code == 2 and "cannot read" in missing.stderr
    other = {"CONCORD_AUDIT_KEY": "k" * 40}
    other_key = in_process(engine, "verify", "--checkpoint", str(path), env=other)
    assert other_key.exit_code == 2 and "not in the keyring" in other_key.stderr


def test_broken_log_is_not_checkpointed(engine: Engine) -> None:
    append(engine, 3)
    with transaction(engine) as session:
        session.connection().execute(
            update(AuditEvent).where(col(AuditEvent.seq) == 2).values(action="test.forged")
        )
    result = in_process(engine, "checkpoint")
    assert result.exit_code == 1 and result.stdout == ""
    assert "audit_log_broken" in result.stderr


def test_production_without_a_key_exits_two(engine: Engine) -> None:
    production = {"CONCORD_ENV": "production", "CONCORD_SECRET_KEY": "s" * 40}
    result = in_process(engine, "verify", env=production)
    assert result.exit_code == 2
    assert "CONCORD_AUDIT_KEY" in result.stderr and "Traceback" not in result.stderr


def test_new_key_prints_a_usable_key(engine: Engine) -> None:
    made = in_process(engine, "new-key")
    assert made.exit_code == 0
    key = made.stdout.strip()
    assert len(key) >= 32
    append(engine, 1)
    # The events were signed with the development key: the new key alone cannot verify them.
    result = in_process(engine, "verify", env={"CONCORD_AUDIT_KEY": key})
    assert result.exit_code == 1 and "not in the keyring" in result.stderr
