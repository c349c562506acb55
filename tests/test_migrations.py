"""The migrations create exactly the tables the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, MetaData, Table, insert, inspect, text

import concord.models  # noqa: F401
from concord.core import public_ids
from concord.core.db import make_engine, metadata
from concord.core.migrate import alembic_config, upgrade
from tests.db import fresh_database_url


def test_autogenerate_finds_nothing_to_add(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "target_metadata": metadata}
        )
        assert compare_metadata(context, metadata) == []


def test_every_model_table_exists_after_migrating(engine: Engine) -> None:
    tables = set(inspect(engine).get_table_names())
    assert set(metadata.tables) <= tables


def test_migrations_have_one_head() -> None:
    assert len(ScriptDirectory.from_config(alembic_config()).get_heads()) == 1


def _row_of(table: Table) -> dict[str, Any]:
    """A row with a plain value in every required column; foreign keys point at row 1."""
    plain: dict[type[Any], Any] = {
        bool: False,
        int: 1,
        datetime: datetime(2026, 12, 1, tzinfo=UTC),
        bytes: b"x",
    }
    values: dict[str, Any] = {}
    for column in table.columns:
        if column.nullable or column.server_default is not None:
            continue
        try:
            kind: type[Any] = column.type.python_type
        except NotImplementedError:
            kind = str
        values[column.name] = 1 if column.primary_key else plain.get(kind, "x")
    return values


@pytest.mark.db
def test_public_ids_are_given_to_existing_comments_and_amendments(tmp_path: Path) -> None:
    """Rows written before 0007 get random public ids of their kind, all different."""
    with fresh_database_url(tmp_path) as url:
        engine = make_engine(url)
        try:
            upgrade(engine, "0006_audit_keys")
            old = MetaData()
            old.reflect(engine)
            needed = ("user", "delegation", "workinggroup", "document", "section")
            with engine.begin() as connection:
                if engine.dialect.name == "sqlite":
                    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
                for name in needed:
                    connection.execute(insert(old.tables[name]).values(_row_of(old.tables[name])))
                for name in ("comment", "amendment"):
                    for n in range(1, 4):
                        row = _row_of(old.tables[name]) | {"id": n}
                        connection.execute(insert(old.tables[name]).values(row))
            upgrade(engine)
            with engine.connect() as connection:
                comments = connection.execute(text("SELECT public_id FROM comment")).scalars()
                amendments = connection.execute(text("SELECT public_id FROM amendment")).scalars()
                found = {"cmt": list(comments), "amd": list(amendments)}
        finally:
            engine.dispose()
    for prefix, ids in found.items():
        assert len(ids) == 3 and len(set(ids)) == 3
        assert all(public_ids.is_valid(public_ids.Kind(prefix), i) for i in ids), ids
