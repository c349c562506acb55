"""The secretariat moves from the embedded database to a server (and back): an archive made on
SQLite restores into PostgreSQL row for row, and the other way round. Run in the PostgreSQL pass,
which has both databases."""

from __future__ import annotations

from pathlib import Path

import pytest

from concord.core.db import make_engine
from concord.core.migrate import upgrade
from tests.archive.helpers import Source, build_world, dump
from tests.cli_runner import run_cli

pytestmark = [pytest.mark.db, pytest.mark.postgres]


def test_a_sqlite_archive_restores_into_postgresql(empty_url: str, tmp_path: Path) -> None:
    sqlite_url = f"sqlite:///{tmp_path / 'embedded.db'}"
    engine = make_engine(sqlite_url)
    upgrade(engine)
    build_world(engine)
    engine.dispose()
    archive = tmp_path / "embedded.json.gz"
    made = run_cli(sqlite_url, "backup", str(archive))
    assert made.exit_code == 0, made.output
    assert empty_url.startswith("postgresql")
    restored = run_cli(empty_url, "restore", str(archive))
    assert restored.exit_code == 0, restored.output
    assert dump(empty_url) == dump(sqlite_url)
    assert run_cli(empty_url, "audit", "verify").exit_code == 0
    # The server's sequences continue after the embedded database's ids.
    added = run_cli(empty_url, "delegation", "create", "NEW", "--name", "Newcomer")
    assert added.exit_code == 0, added.output


def test_a_postgresql_archive_restores_into_sqlite(source: Source, tmp_path: Path) -> None:
    assert source.url.startswith("postgresql")
    sqlite_url = f"sqlite:///{tmp_path / 'embedded.db'}"
    restored = run_cli(sqlite_url, "restore", str(source.archive))
    assert restored.exit_code == 0, restored.output
    assert dump(sqlite_url) == source.rows
    verified = run_cli(sqlite_url, "audit", "verify")
    assert verified.exit_code == 0, verified.output
