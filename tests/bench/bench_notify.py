"""Circulating a revision to 300 recipients: how long the request takes, and how long until the
test SMTP server (aiosmtpd) has accepted the last mail from the app process's worker.

`uv run python -m tests.bench.bench_notify` (PostgreSQL when `CONCORD_BENCH_DB=postgres`).
Goals (issue 14): the request under 200 ms, the last mail under 10 s. The request is timed the
first time the process circulates (cold: statements compiled on first use), then over
`ROUNDS` more circulations of the same text to the same 300 people (reopened by the secretariat
in between, each round's mails awaited), as a running server answers: their median and worst.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

import httpx2 as httpx
from sqlmodel import select

from concord.core.db import transaction
from concord.identity.models import Delegation
from concord.notify.install import install_hooks
from tests import factories
from tests.live_server import serve
from tests.notify import world as w
from tests.notify.smtp import SmtpServer

RECIPIENTS = 300
ROUNDS = 5


def main() -> None:
    os.environ["CONCORD_TEST_DB"] = os.environ.get("CONCORD_BENCH_DB", "sqlite")
    from tests.db import migrated_engine

    install_hooks()
    smtp = SmtpServer()
    smtp.start()
    try:
        with tempfile.TemporaryDirectory() as folder, migrated_engine(Path(folder)) as engine:
            world = w.build(engine)
            with transaction(engine) as session:
                fra = session.exec(select(Delegation).where(Delegation.code == "FRA")).one()
                for _ in range(RECIPIENTS - 3):
                    factories.make_user(session, delegation=fra)
                chair = world.user(session, world.chair)
                token = factories.make_token(session, chair)
                officer = factories.make_token(session, world.user(session, world.secretariat))
            env = {
                "CONCORD_SMTP_HOST": "127.0.0.1",
                "CONCORD_SMTP_PORT": str(smtp.port),
                "CONCORD_NOTIFY_POLL_SECONDS": "5",
            }
            url = engine.url.render_as_string(hide_password=False)
            with serve(url, env=env) as base, httpx.Client(base_url=base, timeout=30) as client:
                headers = {"Authorization": f"Bearer {token}"}
                # Warm the process (imports, caches, connections) with a read of the document.
                client.get(f"/api/v1/documents/{world.document}", headers=headers)
                answers: list[float] = []
                for round_ in range(1 + ROUNDS):
                    if round_:
                        reopened = client.post(
                            f"/api/v1/documents/{world.document}/reopen",
                            json={"reason": "Another round."},
                            headers={"Authorization": f"Bearer {officer}"},
                        )
                        assert reopened.status_code == 200, reopened.text
                    expected = RECIPIENTS * (round_ + 1)
                    started = time.perf_counter()
                    response = client.post(
                        f"/api/v1/documents/{world.document}/circulate",
                        json={},
                        headers=headers,
                    )
                    answers.append(time.perf_counter() - started)
                    assert response.status_code == 200, response.text
                    while (
                        len(smtp.inbox.received) < expected and time.perf_counter() - started < 60
                    ):
                        time.sleep(0.01)
                    if not round_:
                        last = time.perf_counter() - started
            warm = answers[1:]
            print(
                f"bench_notify ({os.environ['CONCORD_TEST_DB']}): circulate to "
                f"{RECIPIENTS} recipients: request first {answers[0] * 1000:.0f} ms, then median "
                f"{statistics.median(warm) * 1000:.0f} ms, worst {max(warm) * 1000:.0f} ms over "
                f"{len(warm)} (goal < 200 ms); last mail of the first accepted after {last:.2f} s "
                f"(goal < 10 s); {len(smtp.inbox.received)} mails in all"
            )
    finally:
        smtp.stop()


if __name__ == "__main__":
    main()
