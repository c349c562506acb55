"""Exactly once with two app processes on one PostgreSQL database: both workers poll the same
outbox at the same moment, each (event, recipient) reaches the SMTP server once."""

from __future__ import annotations

import time
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import Engine, update
from sqlmodel import func, select

from concord.core.clock import now
from concord.core.db import transaction
from concord.identity.models import Delegation
from concord.notify.models import MailState, Notification
from tests import factories
from tests.live_server import serve_processes
from tests.notify import world as w
from tests.notify.smtp import SmtpServer

pytestmark = pytest.mark.postgres


def test_two_processes_send_each_mail_exactly_once(
    committed: Engine, smtp_server: SmtpServer
) -> None:
    smtp_server.inbox.clear()
    world = w.build(committed)
    with transaction(committed) as session:
        fra = session.exec(select(Delegation).where(Delegation.code == "FRA")).one()
        for _ in range(60):
            factories.make_user(session, delegation=fra)
    w.circulate(committed, world)
    with transaction(committed) as session:
        # Due in a few seconds: both servers are up and polling by then.
        session.exec(update(Notification).values(next_attempt_at=now() + timedelta(seconds=4)))
        expected = session.exec(select(func.count()).select_from(Notification)).one()
    assert expected >= 60
    env = {
        "CONCORD_SMTP_HOST": "127.0.0.1",
        "CONCORD_SMTP_PORT": str(smtp_server.port),
        "CONCORD_NOTIFY_POLL_SECONDS": "0.05",
        "CONCORD_NOTIFY_BATCH": "3",
    }
    url = committed.url.render_as_string(hide_password=False)
    with serve_processes(url, 2, env=env):
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with transaction(committed, write=False) as session:
                pending = session.exec(
                    select(func.count())
                    .select_from(Notification)
                    .where(Notification.mail_state == MailState.pending)
                ).one()
            if pending == 0:
                break
            time.sleep(0.2)
        time.sleep(0.5)  # anything sent twice would have arrived by now
    received = Counter((tuple(r.recipients), r.subject) for r in smtp_server.inbox.received)
    assert sum(received.values()) == expected
    assert set(received.values()) == {1}
    peers = {r.peer for r in smtp_server.inbox.received}
    assert len(peers) > 2  # many batches, over connections of their own
