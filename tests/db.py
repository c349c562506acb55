"""Test databases: a fresh SQLite file or a fresh PostgreSQL database, migrated to head.

`CONCORD_TEST_DB=sqlite|postgres` selects the backend; PostgreSQL is reached through
`CONCORD_TEST_POSTGRES_URL` (default: this machine's trust-auth server, database `test`).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from concord.core.db import make_engine
from concord.core.migrate import upgrade

POSTGRES_URL = os.environ.get(
    "CONCORD_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def backend() -> str:
    name = os.environ.get("CONCORD_TEST_DB", "sqlite")
    if name not in ("sqlite", "postgres"):
        raise RuntimeError(f"CONCORD_TEST_DB must be sqlite or postgres, not {name!r}")
    return name


@contextmanager
def fresh_database_url(folder: Path) -> Iterator[str]:
    """A URL of a new, empty database, dropped afterwards."""
    if backend() == "sqlite":
        yield f"sqlite:///{folder / f'concord-{uuid.uuid4().hex[:8]}.db'}"
        return
    admin_url = make_url(POSTGRES_URL).set(drivername="postgresql+psycopg")
    name = f"concord_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@contextmanager
def migrated_engine(folder: Path) -> Iterator[Engine]:
    with fresh_database_url(folder) as url:
        engine = make_engine(url)
        upgrade(engine)
        try:
            yield engine
        finally:
            engine.dispose()
