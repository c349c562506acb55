"""Backup and restore on real databases: a source database holding the access world (every kind
of object), its archive, and fresh empty databases to restore into."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.archive.helpers import Source, build_world, dump
from tests.cli_runner import run_cli
from tests.db import fresh_database_url, migrated_engine


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Source]:
    """A database with the access world, and its archive (made once per module)."""
    folder = tmp_path_factory.mktemp("source")
    with migrated_engine(folder) as engine:
        world = build_world(engine)
        url = engine.url.render_as_string(hide_password=False)
        archive = folder / "world.json"
        made = run_cli(url, "backup", str(archive))
        assert made.exit_code == 0, made.output
        yield Source(url, world, archive, dump(url))


@pytest.fixture
def empty_url(tmp_path: Path) -> Iterator[str]:
    """A new database that does not even have tables yet (restore migrates it)."""
    with fresh_database_url(tmp_path) as url:
        yield url
