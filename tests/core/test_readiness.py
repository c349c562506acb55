"""/readyz: whether this process should get traffic (database, migrations, worker, draining)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from concord.core import config, lifecycle
from concord.core.db import make_engine
from concord.main import create_app
from tests.db import fresh_database_url
from tests.live_server import free_port


@pytest.fixture
def scheduler_on(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("CONCORD_SILENCE_POLL_SECONDS", "30")
    monkeypatch.setenv("CONCORD_NOTIFY_POLL_SECONDS", "30")
    monkeypatch.setenv("CONCORD_PUBLICATION_POLL_SECONDS", "30")
    config.get_settings.cache_clear()
    yield
    config.get_settings.cache_clear()


def test_ready_when_the_database_is_at_head_and_the_worker_runs(
    engine: Engine, scheduler_on: None
) -> None:
    with TestClient(create_app(engine)) as client:
        for path in ("/readyz", "/api/v1/readyz"):
            response = client.get(path)
            assert response.status_code == 200, response.text
            assert response.json() == {
                "status": "ready",
                "checks": {
                    "database": "ok",
                    "migrations": "ok",
                    "worker:silence": "ok",
                    "worker:notify": "ok",
                    "worker:publication": "ok",
                },
            }


def test_a_worker_turned_off_is_not_a_reason_to_refuse_traffic(engine: Engine) -> None:
    with TestClient(create_app(engine)) as client:
        response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"]["worker:silence"] == "off"
    assert response.json()["checks"]["worker:notify"] == "off"


def test_a_stopped_worker_is_not_ready(engine: Engine, scheduler_on: None) -> None:
    app = create_app(engine)
    with TestClient(app) as client:
        app.state.workers["silence"] = lambda: False
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["error"]["details"]["checks"]["worker:silence"] == "stopped"


def test_not_ready_before_migrations_and_says_so(tmp_path: Path) -> None:
    with fresh_database_url(tmp_path) as url:
        bare = make_engine(url)
        try:
            with TestClient(create_app(bare)) as client:
                response = client.get("/readyz")
        finally:
            bare.dispose()
    assert response.status_code == 503
    error = response.json()["error"]
    assert error["code"] == "not_ready"
    assert error["details"]["checks"]["migrations"] == "behind: run `concord migrate`"
    assert "concord migrate" in error["message"]
    assert error["request_id"] == response.headers["X-Request-ID"]


def test_not_ready_when_the_database_cannot_be_reached() -> None:
    nowhere = make_engine(f"postgresql+psycopg://nobody@127.0.0.1:{free_port()}/none")
    try:
        with TestClient(create_app(nowhere)) as client:
            response = client.get("/readyz")
            health = client.get("/healthz")
    finally:
        nowhere.dispose()
    assert response.status_code == 503
    assert response.json()["error"]["details"]["checks"]["database"].startswith("unreachable")
    assert health.status_code == 503  # the database error handler: 503, never 500


def test_a_draining_process_is_not_ready(engine: Engine) -> None:
    with TestClient(create_app(engine)) as client:
        assert client.get("/readyz").status_code == 200
        asyncio.run(lifecycle.drain())
        try:
            response = client.get("/readyz")
        finally:
            lifecycle._draining.clear()
    assert response.status_code == 503
    assert response.json()["error"]["details"]["checks"]["process"] == "draining: shutting down"
