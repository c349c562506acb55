"""Presence is not stored: saying "I am here" neither waits for the writers' lock nor writes."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx2 as httpx
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from concord.core.db import make_engine
from tests.live.support import LiveWorld

pytestmark = pytest.mark.db


@contextmanager
def writers_locked_out(database_url: str) -> Iterator[None]:
    """Hold what every writer waits for: SQLite's write lock, PostgreSQL's audit head row."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        lite = sqlite3.connect(str(url.database), isolation_level=None)
        try:
            lite.execute("BEGIN IMMEDIATE")
            yield
        finally:
            lite.execute("ROLLBACK")
            lite.close()
        return
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT seq FROM audithead FOR UPDATE")).all()
            yield
            connection.rollback()
    finally:
        engine.dispose()


def test_presence_is_told_while_writers_hold_the_lock(live: LiveWorld) -> None:
    stream = live.stream("chair")
    with live.api("member") as member:
        current = member.get(f"/sections/{live.section_id}").json()["current"]["number"]
    try:
        with writers_locked_out(live.database_url), live.api("member") as member:
            started = time.monotonic()
            told = member.post(
                f"/documents/{live.document_id}/presence",
                json={"section_id": live.section_id, "state": "editing"},
            )
            took = time.monotonic() - started
            # The lock is real: a write waits for it (this one gives up after 1 s). Presence
            # answered meanwhile, so it neither took the lock nor appended to the audit log.
            with pytest.raises(httpx.TimeoutException):
                member.post(
                    f"/sections/{live.section_id}/versions",
                    json={"text": "Saved once the lock is free.", "base_version": current},
                    timeout=1.0,
                )
        assert told.status_code == 204
        assert took < 1.0
        here = stream.wait_for(lambda e: e.name == "presence" and bool(e.data["people"]))
        assert here.data["people"][0]["state"] == "editing"
    finally:
        stream.close()
