"""A real Concord, the people a secretariat starts with, and Debian's Chromium: for the browser
tests (tests/e2e) and the browser benchmark (tests/bench/bench_browser.py).

    with concord_world(folder) as world, sync_playwright() as p:
        browser = launch_chromium(p)
        ...

`concord_world` makes a fresh database (tests/db.py), migrates it, seeds through Concord's own
services the secretariat (delegation and officer), two government delegations with their heads
(and a delegate of the first), a civil-society member, a working group, and the 150-paragraph
benchmark communiqué (tests/bench/corpus.py), every person with the same password; then runs
`concord serve` (one process) on the real app, which serves the built web app (frontend/dist)
at `/`.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Error,
    Page,
    Playwright,
    Request,
    Response,
)

from concord.core.db import make_engine, transaction
from concord.core.spa import dist_dir
from concord.identity import auth
from concord.identity import service as identity
from concord.identity.access import viewer_for
from concord.identity.models import DelegationKind, User, WorkingGroupRole
from tests.bench import corpus
from tests.db import fresh_database_url
from tests.live_server import ROOT, migrate, serve_cli

CHROMIUM = "/usr/bin/chromium"
# STACK.md: the flags that work as root on this kind of machine; never a downloaded browser.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = ROOT / "test-artifacts" / "e2e"
PASSWORD = "e2e-correct-horse-battery-staple"  # a throwaway test database
BENCH_PARAGRAPHS = corpus.PARAGRAPHS
BENCH_TITLE = "G7 Leaders' Communiqué (benchmark)"


@dataclass(frozen=True)
class Person:
    key: str
    email: str
    name: str
    delegation: str  # the delegation's code


@dataclass(frozen=True)
class Delegation:
    id: int
    code: str
    name: str


# Who a secretariat starts with. Fictional states, so that no real name is in a fixture.
PEOPLE = {
    "officer": Person("officer", "officer@secretariat.test", "Samira Haddad", "SEC"),
    "head_a": Person("head_a", "head@aurelia.test", "Anna Aurel", "AUR"),
    "delegate_a": Person("delegate_a", "delegate@aurelia.test", "Amir Aurel", "AUR"),
    "head_b": Person("head_b", "head@borealia.test", "Bo Boreal", "BOR"),
    "member": Person("member", "member@peaceforum.test", "Miriam Levi", "PFO"),
}
HEADS = {"head_a", "head_b"}
DELEGATIONS = {
    "SEC": ("Consortium Secretariat", DelegationKind.secretariat),
    "AUR": ("Republic of Aurelia", DelegationKind.government),
    "BOR": ("Kingdom of Borealia", DelegationKind.government),
    "PFO": ("Peace Forum (civil society)", DelegationKind.civil_society),
}
WORKING_GROUP = "Drafting Group on Shared Principles"


@dataclass(frozen=True)
class World:
    url: str
    database_url: str
    delegations: dict[str, Delegation]
    working_group_id: int
    benchmark_document_id: int

    def person(self, key: str) -> Person:
        return PEOPLE[key]


def built_app() -> Path:
    """The built web app's folder; a clear error when it has not been built (never a skip)."""
    dist = dist_dir()
    if not (dist / "index.html").is_file():
        raise RuntimeError(
            f"The web app is not built: {dist / 'index.html'} is missing. The browser tests run "
            "against the built app; build it first: `./dev web` (or `npm ci && npm run build` "
            "in frontend/). `./dev test` builds it before running pytest."
        )
    return dist


def seed(database_url: str) -> tuple[dict[str, Delegation], int, int]:
    """The secretariat's starting world and the benchmark communiqué, committed."""
    engine = make_engine(database_url)
    try:
        with transaction(engine) as session:
            password_hash = auth.hash_password(PASSWORD)
            delegations = {
                code: identity.create_delegation(session, code=code, name=name, kind=kind)
                for code, (name, kind) in DELEGATIONS.items()
            }
            users: dict[str, User] = {}
            for key, person in PEOPLE.items():
                user = identity.create_user(
                    session,
                    email=person.email,
                    name=person.name,
                    delegation=delegations[person.delegation],
                    is_head=key in HEADS,
                    is_secretariat=person.delegation == "SEC",
                )
                user.password_hash = password_hash
                session.add(user)
                users[key] = user
            session.flush()
            group = identity.create_working_group(
                session,
                users["officer"],
                name=WORKING_GROUP,
                description="Civil-society drafters of the shared principles.",
            )
            identity.set_working_group_member(
                session, group, users["member"], WorkingGroupRole.member
            )
            officer = viewer_for(session, users["officer"])
            bench = corpus.load(session, officer, revise=False, title=BENCH_TITLE)
            assert group.id is not None
            result = {
                code: Delegation(id=d.id, code=code, name=d.name)
                for code, d in delegations.items()
                if d.id is not None
            }
            return result, group.id, bench.document_id
    finally:
        engine.dispose()


# The silence procedure's minimum notice and the scheduler's poll, shortened so that a silence
# started in the browser runs out within the test (the defaults are 72 hours and 30 seconds).
SERVER_ENV = {
    "CONCORD_SILENCE_MINIMUM_HOURS": "0",
    "CONCORD_SILENCE_POLL_SECONDS": "1",
    "CONCORD_PUBLICATION_POLL_SECONDS": "1",
}


@contextmanager
def serve_world(database_url: str, *, env: dict[str, str] | None = None) -> Iterator[World]:
    """Seed a migrated, empty database; serve app and web app on it with `concord serve` (one
    process, on a free port: the links it hands out must name that port)."""
    built_app()
    delegations, group_id, bench_id = seed(database_url)
    with serve_cli(database_url, env={**SERVER_ENV, **(env or {})}) as url:
        yield World(
            url=url,
            database_url=database_url,
            delegations=delegations,
            working_group_id=group_id,
            benchmark_document_id=bench_id,
        )


@contextmanager
def concord_world(folder: Path, *, env: dict[str, str] | None = None) -> Iterator[World]:
    """A fresh database (tests/db.py), migrated and seeded, and a server on it."""
    built_app()
    with fresh_database_url(folder) as database_url:
        migrate(database_url)
        with serve_world(database_url, env=env) as world:
            yield world


def launch_chromium(playwright: Playwright, *, extra_args: tuple[str, ...] = ()) -> Browser:
    if not Path(CHROMIUM).exists():
        raise RuntimeError(f"{CHROMIUM} is missing: apt-get install chromium (Debian's Chromium)")
    headless = os.environ.get("CONCORD_E2E_HEADED", "") != "1"
    return playwright.chromium.launch(
        executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, *extra_args], headless=headless
    )


# Every page records what the Content-Security-Policy blocked (core/spa.py allows no inline
# script or style element): a blocked style would leave a screen unstyled without any error.
CSP_WATCH = """
window.__cspBlocked = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspBlocked.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`);
});
"""


def csp_blocked(page: Page) -> list[str]:
    """What the page's Content-Security-Policy blocked since it loaded."""
    return list(page.evaluate("window.__cspBlocked || []"))


def new_context(browser: Browser, world: World) -> BrowserContext:
    context = browser.new_context(
        base_url=world.url,
        viewport={"width": 1400, "height": 1000},
        locale="en-GB",
        timezone_id="UTC",
        accept_downloads=True,
    )
    context.add_init_script(CSP_WATCH)
    return context


def call_api(
    context: BrowserContext, world: World, method: str, path: str, data: Any = None
) -> Any:
    """A JSON request to the API as the context's signed-in person (naming our origin, as the
    browser does), which must succeed: for setting up what a test does not walk through."""
    response = context.request.fetch(
        f"/api/v1{path}", method=method, data=data, headers={"Origin": world.url}
    )
    assert response.ok, (path, response.status, response.text())
    return response.json()


def sign_in_quickly(context: BrowserContext, person: Person) -> None:
    """Sign in through the API (the session cookie lands in the context's cookie jar); the
    sign-in screen itself is tested once, in the browser."""
    response = context.request.post(
        "/api/v1/auth/login", data={"email": person.email, "password": PASSWORD}
    )
    if response.status != 200:
        raise AssertionError(
            f"sign-in of {person.email} failed: {response.status} {response.text()}"
        )


# Figures measured during the run, printed in pytest's terminal summary (tests/conftest.py) so
# that they show without `-s`. A file, not a list: with pytest-xdist the tests run in worker
# processes and the summary is printed by the controller.
REPORT = ARTIFACTS / "figures.txt"


def report(line: str) -> None:
    """Add a line to the figures printed at the end of the run."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with REPORT.open("a", encoding="utf-8") as out:
        out.write(line + "\n")


class Shoot(Protocol):
    def __call__(self, page: Page, name: str, *, full_page: bool = True) -> Path: ...


# Generous but bounded: a shared 2-core machine, a cold browser, a server under other tests.
ACTION_TIMEOUT_MS = 20_000
EXPECT_TIMEOUT_MS = 20_000


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-")[:120]


class Contexts:
    """Makes browser contexts for one test (one per person), traced; closes them afterwards.

    What went wrong in them on the way is kept (`troubles()`): API answers of 400 or more, requests
    that never got one, and the console's errors, for a failed test's report (conftest.py), where
    a trace in a CI machine's artifacts folder cannot be opened."""

    def __init__(self, browser: Browser, world: World, test_name: str, artifacts: Path) -> None:
        self.browser = browser
        self.world = world
        self.test_name = slug(test_name)
        self.artifacts = artifacts
        self.opened: list[tuple[str, BrowserContext]] = []
        self._noted: list[str] = []
        self._refused: dict[Request, int] = {}  # refusals whose bodies are still coming
        self._bodies: dict[int, Request] = {}  # where in `_noted`: the refusal, body whole

    def new(self, label: str) -> BrowserContext:
        context = new_context(self.browser, self.world)
        context.set_default_timeout(ACTION_TIMEOUT_MS)
        context.tracing.start(screenshots=True, snapshots=True, sources=False, title=label)
        self._watch(label, context)
        self.opened.append((label, context))
        return context

    def _watch(self, label: str, context: BrowserContext) -> None:
        def note(line: str) -> None:
            self._noted.append(f"{time.strftime('%H:%M:%S')} [{label}] {line}")

        def answered(response: Response) -> None:
            if response.status >= 400 and "/api/" in response.url:
                note(f"{response.request.method} {response.url} → {response.status}")
                self._refused[response.request] = len(self._noted) - 1

        def finished(request: Request) -> None:
            # Its body is whole now: read when the report asks (`troubles`). Read here, it would
            # hold up the run's later events; read before it is whole, it would never come.
            if request in self._refused:
                self._bodies[self._refused.pop(request)] = request

        def unanswered(request: Request) -> None:
            if "/api/" in request.url:
                note(f"{request.method} {request.url} → no answer: {request.failure}")

        def console(message: ConsoleMessage) -> None:
            # An API refusal is noted above, with its body: not again as "Failed to load".
            if message.type == "error" and "/api/" not in message.location.get("url", ""):
                note(f"console: {message.text}")

        context.on("response", answered)
        context.on("requestfinished", finished)
        context.on("requestfailed", unanswered)
        context.on("console", console)

    def troubles(self) -> list[str]:
        """What went wrong in this test's browsers so far, with the refusals' bodies."""
        lines = list(self._noted)
        for at, request in self._bodies.items():
            response = request.response()
            lines[at] += f" {_body(response)}" if response else ""
        return lines

    def page_as(self, person_key: str, label: str | None = None) -> Page:
        """A new context signed in as one of the seeded people, and a page in it."""
        context = self.new(label or person_key)
        sign_in_quickly(context, PEOPLE[person_key])
        return context.new_page()

    def close(self, *, failed: bool) -> None:
        for label, context in self.opened:
            stem = f"{self.test_name}--{slug(label)}"
            try:
                if failed:
                    for i, page in enumerate(context.pages):
                        if not page.is_closed():
                            page.screenshot(
                                path=self.artifacts / f"FAILED-{stem}-{i}.png", full_page=True
                            )
                    context.tracing.stop(path=self.artifacts / f"FAILED-{stem}-trace.zip")
                else:
                    context.tracing.stop()
            finally:
                context.close()


def _body(response: Response) -> str:
    try:
        return response.text()[:300]
    except Error:  # an event stream, or a body already gone with its page
        return ""


READABLE_JS = """
(expected) => {
  const paragraphs = document.querySelectorAll('[data-testid="document-text"] '
    + '[data-testid="section"].section-paragraph [data-testid="section-text"]');
  if (paragraphs.length < expected) return false;
  for (const p of paragraphs) if (!p.textContent || !p.textContent.trim()) return false;
  return performance.now();
}
"""


def time_to_readable(
    page: Page, path: str, paragraphs: int, *, timeout_ms: float = 60_000
) -> float:
    """Navigate to `path` and return the milliseconds from the navigation's start (the page's
    time origin) to the first animation frame in which all `paragraphs` paragraphs show text."""
    page.goto(path, wait_until="commit")
    handle = page.wait_for_function(READABLE_JS, arg=paragraphs, polling="raf", timeout=timeout_ms)
    return float(handle.json_value())
