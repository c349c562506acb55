"""The browser scenario through nginx as deployed (TLS, two app processes on PostgreSQL): sign in
on the sign-in screen, add a paragraph, see it arrive live in a second person's browser, and
download the Word file. Debian's Chromium, trusting nothing but what the test says: the
certificate is the test's own, so its errors are ignored for this origin only."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document as WordDocument
from playwright.sync_api import BrowserContext, expect, sync_playwright

from tests.db import fresh_database_url
from tests.deploy.stack import Stack, deployed_stack
from tests.e2e.harness import (
    ARTIFACTS,
    EXPECT_TIMEOUT_MS,
    PASSWORD,
    PEOPLE,
    SERVER_ENV,
    built_app,
    launch_chromium,
    seed,
)
from tests.e2e.test_negotiation import compose, section
from tests.live_server import migrate

pytestmark = pytest.mark.postgres

TITLE = "Principles negotiated behind the proxy"
PARAGRAPH = "Parties meet behind a reverse proxy, and nobody loses a word."


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Stack, dict[str, int]]]:
    built_app()
    folder = tmp_path_factory.mktemp("browser")
    with fresh_database_url(folder) as database_url:
        migrate(database_url)
        delegations, group_id, _ = seed(database_url)
        ids = {code: d.id for code, d in delegations.items()} | {"group": group_id}
        with deployed_stack(folder / "stack", database_url, env=SERVER_ENV) as deployed:
            yield deployed, ids


def context_for(browser: object, stack: Stack) -> BrowserContext:
    context: BrowserContext = browser.new_context(  # type: ignore[attr-defined]
        base_url=stack.url,
        ignore_https_errors=True,
        viewport={"width": 1400, "height": 1000},
        locale="en-GB",
        timezone_id="UTC",
        accept_downloads=True,
    )
    context.set_default_timeout(EXPECT_TIMEOUT_MS)
    return context


def test_sign_in_edit_live_update_and_word_download_through_nginx(
    stack: tuple[Stack, dict[str, int]], tmp_path: Path
) -> None:
    deployed, ids = stack
    expect.set_options(timeout=EXPECT_TIMEOUT_MS)
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            # The secretariat signs in on the sign-in screen, over https through nginx.
            officer_context = context_for(browser, deployed)
            officer = officer_context.new_page()
            officer.goto("/")
            expect(officer).to_have_url(re.compile(r"/sign-in"))
            assert officer.url.startswith(f"{deployed.url}/")
            officer.get_by_label("Email").fill(PEOPLE["officer"].email)
            officer.get_by_label("Password").fill(PASSWORD)
            officer.get_by_role("button", name="Sign in").click()
            signed_in = officer.get_by_test_id("signed-in-person")
            expect(signed_in).to_contain_text(PEOPLE["officer"].name)
            # The session cookie is Secure: the app knows it is behind https (X-Forwarded-Proto).
            cookies = officer_context.cookies()
            assert cookies and all(c["secure"] for c in cookies), cookies
            created = officer_context.request.post(
                "/api/v1/documents",
                data={
                    "title": TITLE,
                    "working_group_id": ids["group"],
                    "parties": [ids["AUR"], ids["BOR"]],
                },
                headers={"Origin": deployed.url},
            )
            assert created.status == 201, created.text()
            document_id = created.json()["id"]

            # A head of the second party keeps the document open in a second browser context.
            watcher_context = context_for(browser, deployed)
            sign_in(watcher_context, "head_b", deployed)
            watcher = watcher_context.new_page()
            watcher.goto(f"/documents/{document_id}")
            expect(watcher.get_by_test_id("document-title")).to_have_text(TITLE)
            expect(watcher.get_by_test_id("live-status")).to_have_text("Live updates on")
            watcher.evaluate("window.__concordNotReloaded = true")

            # A member of the working group adds a paragraph.
            member_context = context_for(browser, deployed)
            sign_in(member_context, "member", deployed)
            member = member_context.new_page()
            member.goto(f"/documents/{document_id}")
            expect(member.get_by_test_id("document-title")).to_have_text(TITLE)
            member.get_by_role("button", name="Add paragraph").click()
            compose(member, PARAGRAPH)

            # Live, through the proxy's unbuffered stream: the watcher sees it without a reload.
            expect(section(watcher, PARAGRAPH).get_by_test_id("paragraph-number")).to_have_text(
                "1."
            )
            assert watcher.evaluate("window.__concordNotReloaded === true") is True

            # The secretariat downloads the clean Word file through the proxy.
            officer.goto(f"/documents/{document_id}")
            expect(section(officer, PARAGRAPH)).to_have_count(1)
            with officer.expect_download() as download_info:
                officer.get_by_test_id("download-clean").click()
            download = download_info.value
            assert download.suggested_filename.endswith(".docx"), download.suggested_filename
            path = tmp_path / download.suggested_filename
            download.save_as(path)
            text = "\n".join(p.text for p in WordDocument(str(path)).paragraphs)
            assert PARAGRAPH in text
            assert TITLE in text
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            watcher.screenshot(path=str(ARTIFACTS / "deploy-watcher-through-nginx.png"))
        finally:
            browser.close()
    # Both app processes served this browser session (nginx's round robin).
    served = {line.split("upstream=")[1].split()[0] for line in deployed.nginx_log()}
    assert {f"127.0.0.1:{app.port}" for app in deployed.apps} <= served, served


def sign_in(context: BrowserContext, key: str, stack: Stack) -> None:
    response = context.request.post(
        "/api/v1/auth/login",
        data={"email": PEOPLE[key].email, "password": PASSWORD},
        headers={"Origin": stack.url},
    )
    assert response.status == 200, response.text()
