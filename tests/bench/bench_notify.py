"""Circulating a revision to 300 recipients: how long the request takes, and how long until the
test SMTP server (aiosmtpd) has accepted the last mail from the app process's worker.

`uv run python -m tests.bench.bench_notify` (PostgreSQL when `CONCORD_BENCH_DB=postgres`).
Goals (issue 14): the request under 200 ms, the last mail under 10 s. The request is timed the
first time a process circulates, after `STARTS` starts warmed (core/warm.py) and as many not,
alternately, against the same database, then over `ROUNDS` more circulations of the same text
to the same 300 people in the last process (reopened by the secretariat in between, each
round's mails awaited), as a running server answers: their median and worst, the baseline that
each first request is compared with.
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
STARTS = 3  # process starts for each way of starting (warmed, and not)


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
            headers = {"Authorization": f"Bearer {token}"}
            document = f"/api/v1/documents/{world.document}"
            circulated = 0

            def circulate(client: httpx.Client) -> tuple[float, float]:
                """The request's time, and the time until its last mail was accepted."""
                nonlocal circulated
                circulated += 1
                started = time.perf_counter()
                response = client.post(f"{document}/circulate", json={}, headers=headers)
                answered = time.perf_counter() - started
                assert response.status_code == 200, response.text
                while (
                    len(smtp.inbox.received) < RECIPIENTS * circulated
                    and time.perf_counter() - started < 60
                ):
                    time.sleep(0.01)
                return answered, time.perf_counter() - started

            def reopen(client: httpx.Client) -> None:
                reopened = client.post(
                    f"{document}/reopen",
                    json={"reason": "Another round."},
                    headers={"Authorization": f"Bearer {officer}"},
                )
                assert reopened.status_code == 200, reopened.text

            first: dict[bool, list[float]] = {False: [], True: []}
            warm: list[float] = []
            last = 0.0
            starts = [False, True] * STARTS
            for index, warmed in enumerate(starts):
                started_env = env | {"CONCORD_WARM_START": "1" if warmed else "0"}
                with (
                    serve(url, env=started_env) as base,
                    httpx.Client(base_url=base, timeout=30) as client,
                ):
                    # As a browser would, the document is read before it is circulated.
                    client.get(document, headers=headers)
                    answered, mailed = circulate(client)
                    first[warmed].append(answered)
                    last = last or mailed
                    if index == len(starts) - 1:
                        for _ in range(ROUNDS):
                            reopen(client)
                            warm.append(circulate(client)[0])
                    reopen(client)  # ready for the next start's first circulation
            median = statistics.median(warm)

            def firsts(warmed: bool) -> str:
                times = ", ".join(f"{t * 1000:.0f}" for t in first[warmed])
                ratio = statistics.median(first[warmed]) / median
                return f"{times} ms ({ratio:.1f}x the median)"

            print(
                f"bench_notify ({os.environ['CONCORD_TEST_DB']}): circulate to "
                f"{RECIPIENTS} recipients (goal < 200 ms): the first request after a start, "
                f"warmed at start (CONCORD_WARM_START=1) {firsts(True)}, not warmed (=0) "
                f"{firsts(False)}; later ones median {median * 1000:.0f} ms, worst "
                f"{max(warm) * 1000:.0f} ms over {len(warm)}; last mail of the first accepted "
                f"after {last:.2f} s (goal < 10 s); {len(smtp.inbox.received)} mails in all"
            )
    finally:
        smtp.stop()


if __name__ == "__main__":
    main()
