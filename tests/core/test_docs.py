"""The API docs come from this origin only, under the app's Content-Security-Policy, and are off
in production unless asked for."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from concord.core import config


def test_docs_page_loads_nothing_from_elsewhere(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    policy = page.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    html = page.text
    assert re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html) is None, "inline script"
    urls = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert urls, html
    for url in urls:
        assert url.startswith("/") and not url.startswith("//"), url
        asset = client.get(url)
        assert asset.status_code == 200, url
        assert int(asset.headers["content-length"]) > 0
    bundle = client.get("/docs/swagger-ui-bundle.js")
    assert bundle.headers["content-type"].startswith("text/javascript")
    assert "SwaggerUIBundle" in bundle.text
    assert client.get("/openapi.json").json()["info"]["title"] == "Concord"
    assert client.get("/docs/swagger-editor-bundle.js").status_code == 404


def test_no_redoc_from_a_cdn(client: TestClient) -> None:
    assert "cdn" not in client.get("/redoc").text.lower()


@pytest.fixture
def production(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    monkeypatch.setenv("CONCORD_ENV", "production")
    config.get_settings.cache_clear()
    try:
        yield monkeypatch
    finally:
        config.get_settings.cache_clear()


def _docs_served(request: pytest.FixtureRequest) -> bool:
    client = TestClient(request.getfixturevalue("app"))
    openapi = client.get("/openapi.json")
    page = client.get("/docs")
    assert openapi.status_code in (200, 404)
    return openapi.status_code == 200 or "swagger" in page.text.lower()


def test_docs_are_off_in_production(
    production: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    assert not _docs_served(request)


def test_a_setting_turns_them_on_in_production(
    production: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    production.setenv("CONCORD_API_DOCS", "true")
    config.get_settings.cache_clear()
    assert _docs_served(request)
