"""Whether the database can serve this code: reachable, and its migrations at head."""

from __future__ import annotations

from functools import lru_cache

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from concord.core.migrate import alembic_config


@lru_cache
def migration_heads() -> frozenset[str]:
    return frozenset(ScriptDirectory.from_config(alembic_config()).get_heads())


def database_state(engine: Engine) -> dict[str, str]:
    try:
        with engine.connect() as connection:
            current = frozenset(MigrationContext.configure(connection).get_current_heads())
    except Exception as exc:  # failing to reach it is the answer, not a crash
        return {"database": f"unreachable ({type(exc).__name__})", "migrations": "unknown"}
    at_head = current == migration_heads()
    return {"database": "ok", "migrations": "ok" if at_head else "behind: run `concord migrate`"}
