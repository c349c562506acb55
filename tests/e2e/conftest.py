"""Browser tests: one real Concord server for the whole run, one Chromium, fresh contexts per test.

The server (tests/e2e/harness.py) runs the real app with one uvicorn worker on a fresh SQLite
database (these tests are not marked `db`, so the PostgreSQL pass does not rerun them), and
serves the built web app: build it first (`./dev test` does; else `./dev web`). Screenshots of
the main screens go to test-artifacts/e2e/; on a failure, every open page's screenshot and a
Playwright trace (`playwright show-trace <zip>`) go there too.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Playwright, expect, sync_playwright

from tests.e2e.harness import (
    ARTIFACTS,
    EXPECT_TIMEOUT_MS,
    Contexts,
    Shoot,
    World,
    concord_world,
    launch_chromium,
    slug,
)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "e2e: drives the web app in a real browser")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the browser tests (tests/conftest.py runs them first)."""
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.e2e)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    if report.when == "call":
        item.stash[CALL_FAILED] = report.failed
        made = getattr(item, "funcargs", {}).get("contexts")
        troubles = made.troubles() if report.failed and isinstance(made, Contexts) else []
        if troubles:
            report.sections.append(("what went wrong in the browser", "\n".join(troubles)))
    return report


CALL_FAILED = pytest.StashKey[bool]()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    with concord_world(tmp_path_factory.mktemp("e2e")) as world:
        yield world


# Module scope: Playwright's sync API keeps an event loop running on the main thread while it is
# open, which breaks any later test that runs its own (asyncio.run refuses to nest).
@pytest.fixture(scope="module")
def playwright_session() -> Iterator[Playwright]:
    with sync_playwright() as p:
        expect.set_options(timeout=EXPECT_TIMEOUT_MS)
        yield p


@pytest.fixture(scope="module")
def browser(playwright_session: Playwright) -> Iterator[Browser]:
    browser = launch_chromium(playwright_session)
    try:
        yield browser
    finally:
        browser.close()


@pytest.fixture
def contexts(
    request: pytest.FixtureRequest, browser: Browser, world: World, artifacts: Path
) -> Iterator[Contexts]:
    made = Contexts(browser, world, request.node.name, artifacts)
    try:
        yield made
    finally:
        made.close(failed=request.node.stash.get(CALL_FAILED, True))


@pytest.fixture
def shoot(artifacts: Path) -> Shoot:
    """Save a screenshot of a main screen as a test artifact (the whole page unless `full_page`
    is False: the 150-paragraph communiqué would be a 13 MB picture)."""

    def take(page: Page, name: str, *, full_page: bool = True) -> Path:
        path = artifacts / f"{slug(name)}.png"
        page.screenshot(path=path, full_page=full_page)
        return path

    return take
