"""The secretariat's audit log as a person reads it: in words, with names and links, filtered by
kind and person, sign-ins left out until asked for."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.e2e.harness import PEOPLE, Contexts, Shoot, World
from tests.live_server import ROOT

G7 = ROOT / "tests/corpus/real/g7-hiroshima-2023-leaders-communique.md"


def test_the_audit_log_is_filtered_by_kind_and_person_in_words(
    contexts: Contexts, shoot: Shoot
) -> None:
    officer = PEOPLE["officer"]
    page = contexts.page_as("officer")
    page.goto("/secretariat/audit")
    log = page.get_by_test_id("audit-log")
    expect(log).to_be_visible()
    # In words, with what each event is about as a link; no sign-in until asked for. (The other
    # browser tests write to the same log: nothing here depends on which events come first.)
    rows = log.locator("tbody tr")
    expect(rows.first).to_be_visible()
    said = rows.locator("td:nth-child(3)").all_inner_texts()
    assert said and not any(re.fullmatch(r"[a-z_]+\.[a-z_]+", what) for what in said), said
    numbered = re.compile(r"^para\. \d+$")  # the paragraph's number in its document today
    about = log.locator("tbody tr").filter(has=page.get_by_role("link", name=numbered)).first
    expect(about.get_by_role("link").first).to_have_attribute(
        "href", re.compile(r"^/documents/\d+$")
    )
    expect(about.get_by_role("link", name=numbered)).to_have_attribute(
        "href", re.compile(r"^/documents/\d+#section-\d+$")
    )
    expect(log.locator('tr[data-action="auth.login"]')).to_have_count(0)
    shoot(page, "audit-log")

    page.get_by_label("Show").select_option("sign_ins")
    page.get_by_label("Who").select_option(label=officer.name)
    page.get_by_role("button", name="Filter", exact=True).click()
    expect(rows.first).to_contain_text("Signed in")
    actions = set(rows.evaluate_all("rows => rows.map(r => r.dataset.action)"))
    assert actions <= {"auth.login", "auth.login_failed", "auth.logout"}, actions
    people = rows.locator("td:nth-child(2)").all_inner_texts()
    assert people and set(people) == {officer.name}, people

    # The raw record stays one click away.
    rows.first.get_by_text("Raw record").click()
    expect(rows.first.locator("code.payload")).to_be_visible()
    shoot(page, "audit-log-sign-ins")

    page.set_viewport_size({"width": 390, "height": 844})
    page.get_by_role("button", name="Clear filters").click()
    expect(log.locator('tr[data-action="auth.login"]')).to_have_count(0)
    shoot(page, "audit-log-phone")


def test_an_invitation_link_works_on_the_port_served_and_can_be_replaced(
    contexts: Contexts, world: World, shoot: Shoot
) -> None:
    page = contexts.page_as("officer")
    page.goto("/secretariat/people")
    page.get_by_label("Email").fill("layla.haddad@example.org")
    page.get_by_label("Name", exact=True).fill("Layla Haddad")
    page.get_by_role("button", name="Invite person").click()
    first = page.get_by_test_id("invitation-link").locator("input").input_value()
    # The server runs on a free port, not 8000: the link names the port it is reached at.
    assert first.startswith(f"{world.url}/invitations/"), (first, world.url)
    row = page.locator("tr", has_text="Layla Haddad")
    expect(row.get_by_test_id("sign-in-status")).to_contain_text("Not yet signed in")

    # The first link went astray: a new one replaces it.
    row.get_by_role("button", name="New invitation link for Layla Haddad").click()
    link = page.get_by_test_id("people").get_by_test_id("invitation-link").locator("input")
    expect(link).not_to_have_value(first)
    second = link.input_value()
    shoot(page, "people-invitations")

    invitee = contexts.new("invitee").new_page()
    invitee.goto(first)
    expect(invitee.get_by_role("alert")).to_contain_text("not valid any more")
    invitee.goto(second)
    invitee.get_by_label("New password").fill("a long enough passphrase")
    invitee.get_by_label("Repeat the password").fill("a long enough passphrase")
    invitee.get_by_role("button", name="Set password and sign in").click()
    expect(invitee.get_by_test_id("signed-in-person")).to_contain_text("Layla Haddad")

    page.reload()
    status = page.locator("tr", has_text="Layla Haddad").get_by_test_id("sign-in-status")
    expect(status).to_contain_text("Last signed in")


def test_a_draft_is_imported_after_its_preview(contexts: Contexts, shoot: Shoot) -> None:
    """The real G7 communiqué as a Markdown zero draft, uploaded from the browser (a multipart
    write with the session cookie), previewed, then imported."""
    page = contexts.page_as("officer")
    page.goto("/secretariat/documents/new")
    page.get_by_test_id("import-file").set_input_files(str(G7))
    preview = page.get_by_test_id("import-preview")
    expect(preview).to_contain_text("paragraphs")
    shoot(page, "import-preview")
    confirm = preview.get_by_test_id("import-confirm")
    sections = int(re.sub(r"\D", "", confirm.inner_text()))
    assert sections > 50, sections
    confirm.click()
    expect(page).to_have_url(re.compile(r"/documents/\d+$"))
    text = page.get_by_test_id("document-text")
    expect(text.locator('[data-testid="section"]')).to_have_count(sections)
    shoot(page, "import-imported", full_page=False)
