"""Publications happen on their own at the embargo time, whether anyone is looking or not.

Every app process runs one `Publisher` (core/background.py); `publish_due` makes that safe:
each publication is published under its row lock, re-checked (`service.publish_if_due`), so
N processes publish it exactly once.
"""

from __future__ import annotations

import logging
import threading

from fastapi import FastAPI
from sqlalchemy import Engine

from concord.core import background
from concord.core.config import get_settings
from concord.core.db import transaction
from concord.publication import public, service

log = logging.getLogger("concord.publication")


def publish_due(engine: Engine) -> int:
    """Publish every publication whose embargo time has come, then make each one's public PDFs
    (public.make_files; should that fail, a reader's request makes them); how many this call
    published. One transaction each, so that one failure does not hold back the others."""
    with transaction(engine, write=False) as session:
        due = service.due(session)
    published: list[int] = []
    for publication_id in due:
        with transaction(engine) as session:
            if service.publish_if_due(session, publication_id) is not None:
                published.append(publication_id)
    for publication_id in published:
        try:  # its public PDFs, now rather than on a reader's first request
            public.make_files(engine, publication_id)
        except Exception:
            log.exception("making the public files of publication %s failed", publication_id)
    return len(published)


class Publisher:
    """A daemon thread calling `publish_due` every `interval` seconds until stopped."""

    def __init__(self, engine: Engine, interval: float) -> None:
        self.engine = engine
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="concord-publish", daemon=True)

    def start(self) -> None:
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=max(5.0, self.interval))

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                publish_due(self.engine)
            except Exception:
                log.exception("publishing due texts failed; retrying")


def install(app: FastAPI) -> None:
    """Run a publisher for as long as the app runs (idempotent);
    `CONCORD_PUBLICATION_POLL_SECONDS=0` turns it off."""

    def make(engine: Engine) -> Publisher | None:
        interval = get_settings().publication_poll_seconds
        return Publisher(engine, interval) if interval > 0 else None

    background.run_with_app(app, "publication", make)
