"""Silence procedures end on their own: a background thread adopts what is due.

Every app process runs one; `adopt_expired` makes that safe (each adoption happens under the
document's row lock, re-checked, backed by a unique constraint), so N processes adopt once.
"""

from __future__ import annotations

import logging
import threading

from fastapi import FastAPI
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError

from concord.consensus import lifecycle
from concord.core import background
from concord.core.config import get_settings
from concord.core.db import transaction

log = logging.getLogger("concord.silence")


def adopt_expired(engine: Engine) -> int:
    """Adopt every document whose silence deadline has passed unbroken; how many this call did.

    One transaction per document, so one failure does not hold back the others."""
    with transaction(engine, write=False) as session:
        due = lifecycle.due_procedures(session)
    adopted = 0
    for procedure_id in due:
        try:
            with transaction(engine) as session:
                if lifecycle.adopt_if_due(session, procedure_id) is not None:
                    adopted += 1
        except IntegrityError:
            # Another process adopted it between our lock and our insert: the constraint held.
            log.info("silence procedure %s adopted elsewhere", procedure_id)
    return adopted


class SilenceScheduler:
    """A daemon thread calling `adopt_expired` every `interval` seconds until stopped."""

    def __init__(self, engine: Engine, interval: float) -> None:
        self.engine = engine
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="concord-silence", daemon=True)

    def start(self) -> None:
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=max(5.0, self.interval))

    def _run(self) -> None:
        # Wait first: a process that lives for less than one interval (a test) never polls.
        while not self._stop.wait(self.interval):
            try:
                adopt_expired(self.engine)
            except Exception:
                log.exception("adopting expired silence procedures failed; retrying")


def install(app: FastAPI) -> None:
    """Run a silence scheduler for as long as the app runs (idempotent);
    `CONCORD_SILENCE_POLL_SECONDS=0` turns it off."""

    def make(engine: Engine) -> SilenceScheduler | None:
        interval = get_settings().silence_poll_seconds
        return SilenceScheduler(engine, interval) if interval > 0 else None

    background.run_with_app(app, "silence", make)
