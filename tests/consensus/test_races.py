"""Races against real servers: duplicate approvals and the exactly-once silence adoption.

Real processes on a fresh database (SQLite or PostgreSQL by CONCORD_TEST_DB), real threads.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from threading import Barrier

import httpx2 as httpx
import pytest
from sqlalchemy import func
from sqlmodel import select

from concord.audit.models import AuditEvent
from concord.consensus.models import Adoption, Approval, ApprovalEvent, SilenceProcedure
from concord.core.db import make_engine, transaction
from concord.drafting.models import Document
from tests.consensus.support import seed_party
from tests.db import fresh_database_url
from tests.live_server import migrate, serve

pytestmark = pytest.mark.db
APP = "concord.main:create_app"


def counts(database_url: str) -> dict[str, int]:
    engine = make_engine(database_url)
    try:
        with transaction(engine, write=False) as session:

            def n(model: type, *where: object) -> int:
                query = select(func.count()).select_from(model)
                if where:
                    query = query.where(*where)  # type: ignore[arg-type]
                return int(session.exec(query).one())

            return {
                "approvals": n(Approval),
                "approval_events": n(ApprovalEvent),
                "approval_audit": n(AuditEvent, AuditEvent.action == "approval.set"),
                "adoptions": n(Adoption),
                "adoption_audit": n(AuditEvent, AuditEvent.action == "document.adopt"),
                "adopted": n(Document, Document.status == "adopted"),
                "completed": n(SilenceProcedure, SilenceProcedure.status == "completed"),
            }
    finally:
        engine.dispose()


def test_twenty_identical_approvals_at_once_leave_one_row(tmp_path: Path) -> None:
    with fresh_database_url(tmp_path) as database_url:
        migrate(database_url)
        party = seed_party(database_url)
        with serve(database_url, workers=2, app=APP) as url:
            barrier = Barrier(20)

            def put(_: int) -> int:
                with httpx.Client(timeout=60) as client:
                    barrier.wait()
                    response = client.put(
                        f"{url}/api/v1/sections/{party.section_id}/approvals/mine",
                        json={"version": 1, "decision": "approve"},
                        headers={"Authorization": f"Bearer {party.head_token}"},
                    )
                    return response.status_code

            with ThreadPoolExecutor(20) as pool:
                statuses = list(pool.map(put, range(20)))
        assert statuses == [200] * 20
        found = counts(database_url)
        assert (found["approvals"], found["approval_events"], found["approval_audit"]) == (1, 1, 1)


def test_two_processes_adopt_an_expired_silence_exactly_once(tmp_path: Path) -> None:
    env = {"CONCORD_SILENCE_POLL_SECONDS": "0.2", "CONCORD_SILENCE_MINIMUM_HOURS": "0"}
    with fresh_database_url(tmp_path) as database_url:
        migrate(database_url)
        party = seed_party(database_url)
        with (
            serve(database_url, app=APP, env=env) as first,
            serve(database_url, app=APP, env=env) as second,
        ):
            officer = {"Authorization": f"Bearer {party.officer_token}"}
            document = f"{first}/api/v1/documents/{party.document_id}"
            assert httpx.post(f"{document}/circulate", json={}, headers=officer).status_code == 200
            deadline = (datetime.now(UTC) + timedelta(seconds=3)).isoformat()
            started = httpx.post(
                f"{second}/api/v1/documents/{party.document_id}/silence",
                json={"deadline": deadline},
                headers=officer,
            )
            assert started.status_code == 200, started.text
            # Nobody reads the document: the schedulers alone must adopt it.
            give_up = time.monotonic() + 30
            while counts(database_url)["adopted"] == 0 and time.monotonic() < give_up:
                time.sleep(0.2)
            time.sleep(1.5)  # several more polls by both processes
        found = counts(database_url)
        assert found["adopted"] == 1
        assert found["completed"] == 1
        assert (found["adoptions"], found["adoption_audit"]) == (1, 1)
