"""`concord audit verify` as an operator runs it: a real process on a fresh, migrated database."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete, update
from sqlmodel import col

from concord.audit import service as audit
from concord.audit.models import AuditEvent
from concord.core.db import transaction
from tests.db import migrated_engine

pytestmark = pytest.mark.db


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    with migrated_engine(tmp_path) as engine:
        yield engine


def verify(engine: Engine) -> subprocess.CompletedProcess[str]:
    url = engine.url.render_as_string(hide_password=False)
    return subprocess.run(
        [sys.executable, "-m", "concord.audit.cli", "verify"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "CONCORD_DATABASE_URL": url},
        check=False,
    )


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
