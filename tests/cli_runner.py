"""The `concord` command run in this process (much faster than a new process per call)."""

from __future__ import annotations

import os

from typer.testing import CliRunner, Result

from concord.cli import app as concord_app
from concord.core import config, db


def run_cli(url: str, *args: str, env: dict[str, str] | None = None) -> Result:
    """`concord ARGS` on the database at `url` (as CONCORD_DATABASE_URL), with `env` set too;
    the settings and the engine are read afresh for the call, and again after it."""
    changed = {"CONCORD_DATABASE_URL": url, **(env or {})}
    saved = {name: os.environ.get(name) for name in changed}
    os.environ.update(changed)
    config.get_settings.cache_clear()
    db.get_engine.cache_clear()
    try:
        return CliRunner().invoke(concord_app, list(args))
    finally:
        db.get_engine().dispose()
        db.get_engine.cache_clear()
        for name, value in saved.items():
            if value is None:
                del os.environ[name]
            else:
                os.environ[name] = value
        config.get_settings.cache_clear()
