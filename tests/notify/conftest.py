from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from concord.core.config import Settings, get_settings
from concord.notify.install import install_hooks
from tests.db import migrated_engine
from tests.notify.smtp import Inbox, SmtpServer


@pytest.fixture(autouse=True)
def notifications_installed() -> None:
    """Services called without an app notify too (create_app installs the same hooks)."""
    install_hooks()


@pytest.fixture(scope="session")
def smtp_server() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def inbox(smtp_server: SmtpServer) -> Iterator[Inbox]:
    smtp_server.inbox.clear()
    smtp_server.inbox.refuse_with = None
    yield smtp_server.inbox
    smtp_server.inbox.refuse_with = None


@pytest.fixture
def mail_settings(smtp_server: SmtpServer) -> Settings:
    return get_settings().model_copy(
        update={
            "smtp_host": "127.0.0.1",
            "smtp_port": smtp_server.port,
            "smtp_timeout": 5.0,
            "notify_retry_seconds": 0.0,
        }
    )


@pytest.fixture
def committed(tmp_path: Path) -> Iterator[Engine]:
    """A database of its own whose transactions commit (the worker reads what is committed)."""
    install_hooks()
    with migrated_engine(tmp_path) as engine:
        yield engine
