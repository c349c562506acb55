"""Warming at start (core/warm.py): the routes FastAPI would build at the first request each
router matches are built before the app answers, and the start's objects are frozen out of
the garbage collector. (What it saves is measured by tests/bench/bench_notify.py.)"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from starlette.routing import BaseRoute

from concord.core import config
from concord.main import create_app


def unbuilt(routes: list[BaseRoute]) -> list[BaseRoute]:
    """The included routers (FastAPI's `_IncludedRouter`) whose routes are not built yet."""
    found = [r for r in routes if getattr(r, "_effective_candidates_version", 0) is None]
    for route in routes:
        if hasattr(route, "effective_candidates") and route not in found:
            found += unbuilt(route.effective_candidates())
    return found


@pytest.fixture
def warm_app(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Iterator[FastAPI]:
    monkeypatch.setenv("CONCORD_WARM_START", "1")
    config.get_settings.cache_clear()
    try:
        yield create_app(engine)
    finally:
        monkeypatch.delenv("CONCORD_WARM_START")
        config.get_settings.cache_clear()
        gc.unfreeze()


def test_routers_are_built_lazily_without_warming(engine: Engine) -> None:
    # What the warming is for: were FastAPI to build them when the app is made, drop core/warm.py.
    assert unbuilt(create_app(engine).router.routes)


def test_the_start_builds_every_router_and_freezes_its_objects(warm_app: FastAPI) -> None:
    gc.unfreeze()
    assert unbuilt(warm_app.router.routes)
    with TestClient(warm_app) as client:
        assert not unbuilt(warm_app.router.routes)
        assert gc.get_freeze_count() > 0
        assert client.get("/healthz").status_code == 200
