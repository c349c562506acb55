"""The built web app is served at / with deep links, and never hides the API's own answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from concord.core.spa import SinglePageApp
from concord.main import create_app

INDEX = '<!doctype html><div id="root"></div><script type="module" src="/assets/app-abc.js">'


@pytest.fixture
def dist(tmp_path: Path) -> Path:
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text(INDEX)
    (tmp_path / "assets" / "app-abc.js").write_text("console.log('concord')")
    (tmp_path / "favicon.svg").write_text("<svg/>")
    return tmp_path


@pytest.fixture
def web(dist: Path, engine: Engine) -> TestClient:
    app = create_app(engine)
    app.router.default = SinglePageApp(dist)
    return TestClient(app)


def test_root_serves_the_app_without_caching(web: TestClient) -> None:
    response = web.get("/")
    assert response.status_code == 200
    assert 'id="root"' in response.text
    assert response.headers["cache-control"] == "no-cache"
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"


def test_deep_link_reloads_into_the_app(web: TestClient) -> None:
    response = web.get("/documents/3/sections/7/history")
    assert response.status_code == 200
    assert '<div id="root">' in response.text


def test_the_policy_allows_no_inline_script_or_style_element(web: TestClient) -> None:
    policy = web.get("/documents/1").headers["content-security-policy"]
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"


def test_index_html_by_name_is_the_app(web: TestClient) -> None:
    response = web.get("/index.html")
    assert response.status_code == 200
    assert response.text == INDEX


def test_hashed_assets_are_cached_for_long(web: TestClient) -> None:
    response = web.get("/assets/app-abc.js")
    assert response.status_code == 200
    assert "immutable" in response.headers["cache-control"]
    assert "javascript" in response.headers["content-type"]


def test_missing_asset_is_404_not_the_app(web: TestClient) -> None:
    assert web.get("/assets/app-old.js").status_code == 404
    assert web.get("/robots.txt").status_code == 404


def test_unknown_api_path_is_still_a_json_404(web: TestClient) -> None:
    response = web.get("/api/v1/no-such-thing")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_wrong_method_on_api_route_is_still_405(web: TestClient) -> None:
    assert web.delete("/api/v1/healthz").status_code == 405


def test_files_outside_the_build_are_not_served(web: TestClient, dist: Path) -> None:
    (dist.parent / "secret.txt").write_text("top secret")
    (dist.parent / "secret").write_text("top secret")
    assert "top secret" not in web.get("/%2e%2e/secret.txt").text
    assert web.get("/%2e%2e/secret.txt").status_code == 404
    # Without a file extension the path falls back to the app, never to the file.
    assert "top secret" not in web.get("/%2e%2e/secret").text


def test_writes_to_app_paths_are_404(web: TestClient) -> None:
    assert web.post("/documents/3", json={}).status_code == 404


def test_unbuilt_app_explains_how_to_build(engine: Engine, tmp_path: Path) -> None:
    app = create_app(engine)
    app.router.default = SinglePageApp(tmp_path / "missing")
    response = TestClient(app).get("/")
    assert response.status_code == 503
    assert "./dev serve" in response.text
