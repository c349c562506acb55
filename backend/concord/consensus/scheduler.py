"""Silence procedures end on their own: a background thread adopts what is due.

Every app process runs one; `adopt_expired` makes that safe (each adoption happens under the
document's row lock, re-checked, backed by a unique constraint), so N processes adopt once.
"""

from __future__ import annotations

import logging

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


def install(app: FastAPI) -> None:
    """Adopt what is due every `CONCORD_SILENCE_POLL_SECONDS` for as long as the app runs
    (idempotent); 0 turns it off."""
    background.poll_with_app(
        app, "silence", lambda: get_settings().silence_poll_seconds, adopt_expired
    )
