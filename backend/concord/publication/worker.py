"""Publications happen on their own at the embargo time, whether anyone is looking or not.

Every app process polls with a `Poller` (core/background.py); `publish_due` makes that safe:
each publication is published under its row lock, re-checked (`service.publish_if_due`), so
N processes publish it exactly once.
"""

from __future__ import annotations

import logging

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


def install(app: FastAPI) -> None:
    """Publish what is due every `CONCORD_PUBLICATION_POLL_SECONDS` for as long as the app runs
    (idempotent); 0 turns it off."""
    background.poll_with_app(
        app, "publication", lambda: get_settings().publication_poll_seconds, publish_due
    )
