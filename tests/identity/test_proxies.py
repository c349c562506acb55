"""Who the client is behind a reverse proxy: X-Forwarded-For counts only from the proxies named
in CONCORD_TRUSTED_PROXIES (none by default), on the real `concord serve`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx2 as httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session

from concord.core import config
from concord.core.db import make_engine, transaction
from concord.identity import auth
from concord.identity.models import LoginAttempt, User
from tests import factories
from tests.db import fresh_database_url
from tests.live_server import migrate, serve_cli

PASSWORD = "correct horse battery staple"


def guess(client: httpx.Client | TestClient, email: str, forwarded: str) -> int:
    response = client.post(
        "/api/v1/auth/login",
        json={"email": email, "password": "wrong password!!"},
        headers={"X-Forwarded-For": forwarded},
    )
    return response.status_code


def failures_from(session: Session, address: str, count: int) -> None:
    """Earlier failed sign-ins from `address` (each real one costs an Argon2 verification)."""
    for i in range(count):
        session.add(LoginAttempt(email=f"earlier{i}@x.org", address=address))
    session.flush()


@pytest.mark.db
def test_a_local_client_cannot_forge_its_address_on_concord_serve(tmp_path: Path) -> None:
    """Any loopback client could set X-Forwarded-For and escape the per-address limit."""
    with fresh_database_url(tmp_path) as database_url:
        migrate(database_url)
        engine = make_engine(database_url)
        try:
            with transaction(engine) as session:
                failures_from(session, "127.0.0.1", auth.MAX_FAILURES_PER_ADDRESS - 1)
        finally:
            engine.dispose()
        with serve_cli(database_url) as url, httpx.Client(base_url=url, timeout=30) as client:
            last = guess(client, "last@x.org", "192.0.2.1")
            forged = guess(client, "new@x.org", "192.0.2.2")
    assert (last, forged) == (401, 429)


@pytest.fixture
def proxied(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Iterator[FastAPI]:
    """The app behind a trusted proxy at 127.0.0.1."""
    monkeypatch.setenv("CONCORD_TRUSTED_PROXIES", "127.0.0.1, 10.0.0.0/8")
    config.get_settings.cache_clear()
    try:
        yield request.getfixturevalue("app")
    finally:
        config.get_settings.cache_clear()


def test_a_trusted_proxy_names_the_client(proxied: FastAPI, session: Session) -> None:
    person: User = factories.make_user(session)
    person.password_hash = auth.hash_password(PASSWORD)
    session.add(person)
    session.flush()
    proxy = TestClient(proxied, client=("127.0.0.1", 40000))
    for _ in range(auth.FREE_FAILURES_PER_PAIR):
        assert guess(proxy, person.email, "203.0.113.9") == 401
    assert guess(proxy, person.email, "203.0.113.9") == 429  # that address waits…
    owner = proxy.post(  # …the owner behind the same proxy does not
        "/api/v1/auth/login",
        json={"email": person.email, "password": PASSWORD},
        headers={"X-Forwarded-For": "198.51.100.4", "X-Forwarded-Proto": "https"},
    )
    assert owner.status_code == 200
    assert owner.headers["Strict-Transport-Security"].startswith("max-age=")
    assert "secure" in owner.headers["set-cookie"].lower()
    # A peer that is not a trusted proxy is its own address, whatever it says.
    failures_from(session, "192.0.2.50", auth.MAX_FAILURES_PER_ADDRESS)
    stranger = TestClient(proxied, client=("192.0.2.50", 40000))
    assert guess(stranger, "new@x.org", "203.0.113.99") == 429
