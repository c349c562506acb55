"""Every API answer is uncacheable and unsniffable; HSTS when Concord is reached over https."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from concord.core import config


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/api/v1/documents", 200),
        ("GET", "/api/v1/documents/999999", 404),
        ("POST", "/api/v1/documents", 422),
        ("GET", "/api/v1/healthz", 200),
        ("GET", "/api/v1/nowhere", 404),
    ],
)
def test_api_answers_are_not_stored_or_sniffed(
    api: TestClient, method: str, path: str, status: int
) -> None:
    response = api.request(method, path, json={} if method == "POST" else None)
    assert response.status_code == status
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "Strict-Transport-Security" not in response.headers  # plain http here


def test_sign_in_answer_is_not_stored(client: TestClient) -> None:
    response = client.post("/api/v1/auth/login", json={"email": "a@b.org", "password": "x" * 12})
    assert response.status_code == 401
    assert response.headers["Cache-Control"] == "no-store"


@pytest.fixture
def https_app(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Iterator[FastAPI]:
    monkeypatch.setenv("CONCORD_PUBLIC_URL", "https://concord.example.org")
    config.get_settings.cache_clear()
    try:
        yield request.getfixturevalue("app")
    finally:
        config.get_settings.cache_clear()


def test_hsts_when_the_public_address_is_https(https_app: FastAPI) -> None:
    client = TestClient(https_app)
    for path in ("/api/v1/healthz", "/"):
        assert client.get(path).headers["Strict-Transport-Security"] == "max-age=31536000"


def test_a_forwarded_proto_from_an_untrusted_peer_is_no_https(client: TestClient) -> None:
    response = client.get("/api/v1/healthz", headers={"X-Forwarded-Proto": "https"})
    assert "Strict-Transport-Security" not in response.headers
