"""Notifications in the browser: the bell, the list, the settings, and what arrives by mail.

A head of delegation has commented on a paragraph and keeps Concord open: when another
delegation's head replies (through the API, as their browser would), the bell in her header
counts it live, without a reload. The list opens the reply's comment and marks it read. Replies
are mailed in a daily digest by default, so the first reply sends her nothing; she sets replies
to "At once" in her settings, and the next reply reaches the test SMTP server within seconds.
When she reads it in another window, the bell in the first one comes down at once.
Screenshots of the bell, the list and the settings, at desktop and phone width.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import httpx2 as httpx
import pytest
from playwright.sync_api import Browser, expect
from sqlmodel import select

from concord.audit import service as audit
from concord.core.db import make_engine, transaction
from concord.deliberation import comments
from concord.deliberation.schemas import CommentCreate
from concord.drafting import service as drafting
from concord.drafting.models import DocumentKind
from concord.drafting.schemas import DocumentCreate, SectionCreate
from concord.identity import service as identity
from concord.identity.access import viewer_for
from concord.identity.models import User
from tests.e2e.harness import PEOPLE, Contexts, Shoot, World, concord_world
from tests.notify.smtp import SmtpServer

TITLE = "Joint Statement on Water Sharing"
MINE = "Could “equitable” become “equitable and reasonable”?"
REPLY = "Borealia agrees with equitable and reasonable."
SECOND = "Borealia would add a review clause too."
PUSHED_MS = 8_000  # far below the server's heartbeat (`mailing`)


@pytest.fixture(scope="module")
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def mailing(tmp_path_factory: pytest.TempPathFactory, smtp: SmtpServer) -> Iterator[World]:
    """A server of its own that mails to the test SMTP server, its worker polling often."""
    env = {
        "CONCORD_SMTP_HOST": "127.0.0.1",
        "CONCORD_SMTP_PORT": str(smtp.port),
        "CONCORD_NOTIFY_POLL_SECONDS": "0.5",
        # A bell re-reads its count at each heartbeat: a minute here, so what moves it within
        # seconds was pushed.
        "CONCORD_LIVE_HEARTBEAT_SECONDS": "60",
    }
    with concord_world(tmp_path_factory.mktemp("notify-e2e"), env=env) as world:
        yield world


def _seed(world: World) -> tuple[int, int, str, str]:
    """A document of both heads' delegations, Anna's comment on its paragraph, and a token
    for Bo (who replies through the API)."""
    engine = make_engine(world.database_url)
    try:
        with transaction(engine) as session:
            people = {
                key: session.exec(select(User).where(User.email == p.email)).one()
                for key, p in PEOPLE.items()
            }
            officer = viewer_for(session, people["officer"])
            audit.act_as(session, people["officer"].id)
            document = drafting.create_document(
                session,
                officer,
                DocumentCreate(
                    title=TITLE,
                    kind=DocumentKind.statement,
                    parties=[world.delegations["AUR"].id, world.delegations["BOR"].id],
                ),
            )
            section, _ = drafting.create_section(
                session,
                officer,
                document,
                SectionCreate(text="The parties share the river's water equitably."),
                append=True,
            )
            assert section.id is not None and document.id is not None
            audit.act_as(session, people["head_a"].id)
            mine = comments.create_comment(
                session,
                viewer_for(session, people["head_a"]),
                section,
                CommentCreate(body=MINE, version=1),
            )
            _, secret = identity.create_token(session, people["head_b"], "e2e")
            return document.id, section.id, mine.public_id, secret
    finally:
        engine.dispose()


def test_the_bell_rings_live_and_settings_change_what_arrives(
    browser: Browser, mailing: World, smtp: SmtpServer, artifacts: Path, shoot: Shoot
) -> None:
    document_id, section_id, mine, secret = _seed(mailing)
    anna = PEOPLE["head_a"].email
    contexts = Contexts(browser, mailing, "notifications", artifacts)
    failed = True
    try:
        page = contexts.page_as("head_a")
        page.goto("/")
        bell = page.get_by_test_id("bell")
        expect(bell).to_be_visible()
        expect(page.get_by_test_id("unread-count")).to_have_count(0)

        with httpx.Client(
            base_url=f"{mailing.url}/api/v1", headers={"Authorization": f"Bearer {secret}"}
        ) as bo:

            def reply(body: str) -> None:
                made = bo.post(
                    f"/sections/{section_id}/comments", json={"body": body, "parent_id": mine}
                )
                assert made.status_code == 201, made.text

            reply(REPLY)
            # Live: no reload, the stream moves the count.
            expect(page.get_by_test_id("unread-count")).to_have_text("1")
            expect(bell).to_have_attribute("aria-label", "Notifications, 1 unread")
            shoot(page, "notifications-bell", full_page=False)

            bell.click()
            expect(page).to_have_url(f"{mailing.url}/notifications")
            item = page.get_by_test_id("notification").first
            expect(item).to_contain_text("Bo Boreal replied to your comment")
            expect(item).to_contain_text(REPLY)
            shoot(page, "notifications-list")
            item.get_by_role("link").click()
            discuss = f"/documents/{document_id}/sections/{section_id}/discuss"
            expect(page).to_have_url(re.compile(re.escape(discuss) + "#comment-cmt_"))
            expect(page.get_by_text(REPLY)).to_be_visible()
            expect(page.get_by_test_id("unread-count")).to_have_count(0)

            # Replies come in the daily digest by default: nothing was mailed yet.
            time.sleep(2.0)  # four polls of the worker
            assert smtp.inbox.to(anna) == []

            page.goto("/notifications/preferences")
            form = page.get_by_test_id("notification-preferences")
            form.get_by_label("A reply to my comment: At once").check()
            form.get_by_label("Time zone").select_option("Europe/Paris")
            form.get_by_label("Attach the Word files").check()
            shoot(page, "notifications-preferences")
            form.get_by_role("button", name="Save").click()
            expect(page.get_by_test_id("preferences-saved")).to_be_visible()
            page.reload()
            expect(form.get_by_label("A reply to my comment: At once")).to_be_checked()
            expect(form.get_by_label("Time zone")).to_have_value("Europe/Paris")

            reply(SECOND)
            expect(page.get_by_test_id("unread-count")).to_have_text("1")
            deadline = time.monotonic() + 20
            while not smtp.inbox.to(anna) and time.monotonic() < deadline:
                time.sleep(0.2)
            [mail] = smtp.inbox.to(anna)
            assert mail.subject.startswith("Bo Boreal replied to your comment")
            assert SECOND in mail.body()
            assert REPLY not in mail.body()  # the first reply waits for the digest

            # Anna in another window: reading there clears the bell here at once.
            other = contexts.page_as("head_a", "head_a in another window")
            other.goto("/notifications")
            expect(other.get_by_test_id("unread-count")).to_have_text("1")
            other.get_by_role("button", name="Mark all read").click()
            expect(other.get_by_test_id("unread-count")).to_have_count(0)
            expect(page.get_by_test_id("unread-count")).to_have_count(0, timeout=PUSHED_MS)
            expect(bell).to_have_attribute("aria-label", "Notifications")

        mobile = contexts.page_as("head_a", "head_a on a phone")
        mobile.set_viewport_size({"width": 390, "height": 844})
        mobile.goto("/notifications")
        expect(mobile.get_by_test_id("notification").first).to_be_visible()
        shoot(mobile, "notifications-list-phone")
        mobile.goto("/notifications/preferences")
        expect(mobile.get_by_test_id("notification-preferences")).to_be_visible()
        width = mobile.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, width
        shoot(mobile, "notifications-preferences-phone")
        failed = False
    finally:
        contexts.close(failed=failed)
