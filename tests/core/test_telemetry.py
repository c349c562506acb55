"""Request ids, the JSON request log and Prometheus metrics (core/telemetry.py, core/routes.py)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import httpx2 as httpx
import pytest
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families

from concord.core import config
from concord.core.telemetry import JsonFormatter
from concord.identity.models import User
from tests.db import fresh_database_url
from tests.live_server import serve_cli

TOKEN = "metrics-token-for-the-tests-0123456789"


@pytest.fixture
def metrics_token(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("CONCORD_METRICS_TOKEN", TOKEN)
    config.get_settings.cache_clear()
    yield TOKEN
    monkeypatch.delenv("CONCORD_METRICS_TOKEN")
    config.get_settings.cache_clear()


def scrape(client: TestClient) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    response = client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/plain")
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
    }


def test_every_answer_names_its_request_and_an_error_body_the_same(api: TestClient) -> None:
    ok = api.get("/api/v1/documents")
    missing = api.get("/api/v1/documents/999999")
    assert ok.status_code == 200 and missing.status_code == 404
    assert len(ok.headers["X-Request-ID"]) == 32
    assert missing.json()["error"]["request_id"] == missing.headers["X-Request-ID"]
    assert missing.headers["X-Request-ID"] != ok.headers["X-Request-ID"]


def test_a_proxys_request_id_is_kept_and_a_malformed_one_replaced(api: TestClient) -> None:
    nginx_id = "0123456789abcdef0123456789abcdef"
    kept = api.get("/api/v1/documents/999999", headers={"X-Request-ID": nginx_id})
    assert kept.headers["X-Request-ID"] == nginx_id
    assert kept.json()["error"]["request_id"] == nginx_id
    forged = api.get("/api/v1/documents", headers={"X-Request-ID": "a\tb; <script>"})
    assert forged.headers["X-Request-ID"] != "a\tb; <script>"
    assert len(forged.headers["X-Request-ID"]) == 32


def test_validation_errors_and_refusals_carry_the_request_id(api: TestClient) -> None:
    invalid = api.post("/api/v1/documents", json={"title": "   "})
    assert invalid.status_code == 422
    assert invalid.json()["error"]["request_id"] == invalid.headers["X-Request-ID"]
    no_route = api.get("/api/v1/nowhere")
    assert no_route.status_code == 404
    assert no_route.json()["error"]["request_id"] == no_route.headers["X-Request-ID"]


def test_metrics_are_off_without_a_token_and_refused_with_a_wrong_one(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert client.get("/metrics").status_code == 404
    monkeypatch.setenv("CONCORD_METRICS_TOKEN", TOKEN)
    config.get_settings.cache_clear()
    try:
        assert client.get("/metrics").status_code == 401
        wrong = client.get("/metrics", headers={"Authorization": "Bearer not-the-token"})
        assert wrong.status_code == 401
        assert wrong.json()["error"]["code"] == "unauthenticated"
        assert "concord_http_requests_total" not in wrong.text
    finally:
        monkeypatch.delenv("CONCORD_METRICS_TOKEN")
        config.get_settings.cache_clear()


def test_request_counters_and_latency_move_with_requests(
    api: TestClient, metrics_token: str
) -> None:
    route = "/api/v1/documents/{document_id}"
    counted = (
        "concord_http_requests_total",
        (("method", "GET"), ("route", route), ("status", "404")),
    )
    timed = (
        "concord_http_request_duration_seconds_count",
        (("method", "GET"), ("route", route)),
    )
    before = scrape(api)
    for _ in range(3):
        assert api.get("/api/v1/documents/999999").status_code == 404
    after = scrape(api)
    assert after[counted] - before.get(counted, 0) == 3
    assert after[timed] - before.get(timed, 0) == 3
    # Pool use and the other families are there from the first scrape.
    names = {name for name, _ in after}
    assert {
        "concord_db_pool_connections",
        "concord_live_streams_open",
        "concord_live_events_fanned_out_total",
        "concord_db_slot_wait_seconds_count",
        "concord_notify_outbox_backlog",
    } <= names


def test_exports_are_timed_by_format_and_variant(
    secretariat_api: TestClient, metrics_token: str
) -> None:
    api = secretariat_api
    document = api.post("/api/v1/documents", json={"title": "Timed"}).json()
    key = ("concord_export_seconds_count", (("format", "md"), ("variant", "clean")))
    before = scrape(api).get(key, 0)
    assert api.get(f"/api/v1/documents/{document['id']}/export.md").status_code == 200
    assert scrape(api)[key] - before == 1


def test_the_json_log_has_a_line_per_request_matching_the_error_body(tmp_path: Path) -> None:
    """`concord serve` as deployed (CONCORD_LOG_FORMAT=json): every line of its output is a JSON
    object; an error body's request id finds its line, with route, status, time and person."""
    log = tmp_path / "server.log"
    env = {"CONCORD_LOG_FORMAT": "json", "CONCORD_SILENCE_POLL_SECONDS": "0"}
    with (
        fresh_database_url(tmp_path) as database_url,
        serve_cli(database_url, env=env, log=log) as url,
        httpx.Client(base_url=url) as web,
    ):
        refused = web.get("/api/v1/documents/12345")
        assert refused.status_code == 401
        request_id = refused.json()["error"]["request_id"]
        healthy = web.get("/healthz")
        assert healthy.status_code == 200
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.strip()]
    assert all(isinstance(line, dict) and "level" in line for line in lines)
    mine = [line for line in lines if line.get("request_id") == request_id]
    assert len(mine) == 1, lines
    assert mine[0] | {"duration_ms": 0, "client": None} == {
        "time": mine[0]["time"],
        "level": "info",
        "logger": "concord.access",
        "message": "GET /api/v1/documents/{document_id} 401",
        "request_id": request_id,
        "method": "GET",
        "route": "/api/v1/documents/{document_id}",
        "path": "/api/v1/documents/12345",
        "status": 401,
        "duration_ms": 0,
        "person_id": None,
        "client": None,
    }
    assert mine[0]["duration_ms"] > 0
    health = [line for line in lines if line.get("route") == "/healthz"]
    assert healthy.headers["X-Request-ID"] in [line["request_id"] for line in health]


def test_the_log_line_names_the_person_never_their_text(
    api: TestClient, user: User, caplog: pytest.LogCaptureFixture
) -> None:
    secret_title = "A title that must stay out of the logs"
    with caplog.at_level(logging.INFO, logger="concord.access"):
        created = api.post("/api/v1/documents", json={"title": secret_title})
    assert created.status_code in (201, 403), created.text
    lines = [JsonFormatter().format(r) for r in caplog.records if r.name == "concord.access"]
    assert len(lines) == 1
    line = json.loads(lines[0])
    assert line["person_id"] == user.id
    assert line["request_id"] == created.headers["X-Request-ID"]
    assert line["route"] == "/api/v1/documents" and line["method"] == "POST"
    assert line["status"] == created.status_code
    assert secret_title not in lines[0]
    assert "authorization" not in lines[0].lower()
