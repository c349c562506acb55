from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

# In-process test apps never adopt on their own: tests that need the scheduler start servers.
os.environ.setdefault("CONCORD_SILENCE_POLL_SECONDS", "0")
os.environ.setdefault("CONCORD_NOTIFY_POLL_SECONDS", "0")
os.environ.setdefault("CONCORD_PUBLICATION_POLL_SECONDS", "0")
os.environ.setdefault("CONCORD_WARM_START", "0")
from fastapi import FastAPI, Request
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlmodel import Session
from starlette.datastructures import State
from starlette.types import ASGIApp

from concord.core.config import get_settings
from concord.core.dependencies import get_session, settle_refusal
from concord.core.errors import ConcordError
from concord.identity.models import User
from concord.main import create_app, request_state
from tests import factories
from tests.db import backend, migrated_engine

# The browser tests' screenshots, traces and figures (tests/e2e/harness.py ARTIFACTS).
BROWSER_ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "e2e"
SLOW_FOLDERS = {"e2e", "deploy"}
DB_FIXTURES = {"engine", "session", "app", "client", "api", "secretariat_api", "committed"}


def pytest_report_header() -> str:
    return f"concord test database: {backend()}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # Tests that touch a database are marked `db`, so the PostgreSQL pass can select just them.
    for item in items:
        if DB_FIXTURES & set(getattr(item, "fixturenames", ())) or item.get_closest_marker(
            "postgres"
        ):
            item.add_marker(pytest.mark.db)
    # The longest files go to the workers first: the whole browser scenarios (20-130 s each on a
    # 2-core machine) and the deployment tests (several processes, a proxy). Left to the end (where
    # xdist puts the files with fewest tests unless `./dev test` passes --no-loadscope-reorder),
    # one worker was still in a scenario while the other had nothing left. Each file's own order
    # is kept (module fixtures).
    items.sort(key=lambda item: item.path.parent.name not in SLOW_FOLDERS)
    # `postgres` tests (several app processes sharing one database…) belong to the PostgreSQL
    # pass, where an unreachable server makes them fail; the SQLite pass cannot run them and
    # deselects them (its summary counts them), it does not skip them.
    if backend() != "postgres":
        elsewhere = [item for item in items if item.get_closest_marker("postgres")]
        if elsewhere:
            config.hook.pytest_deselected(items=elsewhere)
            items[:] = [item for item in items if not item.get_closest_marker("postgres")]


@pytest.fixture(scope="session")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    with migrated_engine(tmp_path_factory.mktemp("db")) as engine:
        yield engine


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    """A session inside a transaction that is rolled back after the test."""
    connection = engine.connect()
    outer = connection.begin()
    session = Session(
        bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
    )
    try:
        yield session
    finally:
        session.close()
        outer.rollback()
        connection.close()


@dataclass
class _Made:
    """An app as `create_app` made it, and what of it a test may change."""

    app: FastAPI
    state: dict[str, Any]
    default: ASGIApp

    def renewed(self) -> FastAPI:
        """The same app with nothing left of an earlier test: its middleware (admission's counts
        and the rest) is built again at the next request, its state is as made, with new
        connection slots and refusal hooks (`request_state`), and it has no dependency
        overrides."""
        app = self.app
        app.middleware_stack = None
        app.state = State({**self.state, **request_state(get_settings())})
        app.router.default = self.default
        app.dependency_overrides.clear()
        return app


@pytest.fixture(scope="session")
def _apps() -> dict[tuple[Engine, str], _Made]:
    return {}


@pytest.fixture
def app(engine: Engine, session: Session, _apps: dict[tuple[Engine, str], _Made]) -> FastAPI:
    """The app, each request's transaction nested inside the test's own.

    One app per engine and settings, renewed for each test: FastAPI builds a router's routes the
    first time a request is matched against it (0.1-1 s of CPU for Concord's), which an app made
    for every test paid again in each of them. A test that needs an app as made, or changes its
    routes, makes its own with `create_app`.
    """
    key = (engine, get_settings().model_dump_json())
    if key not in _apps:
        made = create_app(engine)
        _apps[key] = _Made(made, dict(made.state._state), made.router.default)
    app = _apps[key].renewed()

    def test_session(request: Request) -> Iterator[Session]:
        # A savepoint per request: a refused request rolls back its own writes only.
        work = session.begin_nested()
        try:
            yield session
            work.commit()
        except ConcordError as error:
            work.rollback()
            with session.begin_nested():
                settle_refusal(session, request, error)
            raise
        except BaseException:
            work.rollback()
            raise

    app.dependency_overrides[get_session] = test_session
    return app


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


@pytest.fixture(scope="session")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """LibreOffice listening on a pipe, for the scripts that drive it through its Python bridge
    (tests/export/lo_changes.py, tests/wordin/lo_edit.py): started once for the whole run."""
    folder = tmp_path_factory.mktemp("office")
    pipe = f"concord{uuid.uuid4().hex[:8]}"
    soffice = shutil.which("soffice")
    assert soffice is not None, "soffice is not installed; CI installs it (.ci/run)"
    process = subprocess.Popen(
        [
            soffice,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            f"--accept=pipe,name={pipe};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield pipe
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture
def user(session: Session) -> User:
    """A delegation head who also chairs the working group of documents made by factories."""
    return factories.make_user(session, delegation=factories.make_delegation(session), head=True)


@pytest.fixture
def api(app: FastAPI, session: Session, user: User) -> TestClient:
    """A client that acts as `user`."""
    return factories.client_as(app, session, user)


@pytest.fixture
def secretariat_user(session: Session) -> User:
    return factories.make_secretariat(session)


@pytest.fixture
def secretariat_api(app: FastAPI, session: Session, secretariat_user: User) -> TestClient:
    """A client that acts as a secretariat officer."""
    return factories.client_as(app, session, secretariat_user)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "db: uses a database (selected for the PostgreSQL pass)")
    Path("var").mkdir(exist_ok=True)
    if not hasattr(config, "workerinput"):  # once, in the run's main process (xdist or not)
        # Screenshots, traces and figures of an earlier run would mislead.
        shutil.rmtree(BROWSER_ARTIFACTS, ignore_errors=True)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    figures = BROWSER_ARTIFACTS / "figures.txt"  # tests/e2e/harness.py `report`
    if figures.exists():
        terminalreporter.section("Concord in the browser")
        for line in figures.read_text(encoding="utf-8").splitlines():
            terminalreporter.write_line(line)
        terminalreporter.write_line(f"screenshots and failure traces: {BROWSER_ARTIFACTS}")
