"""The whole negotiation in the browser, on one server, as the people who do it.

The secretariat creates a document with two parties and a working group; a civil-society member
drafts a heading and paragraphs, one in Arabic (rendered right to left); the secretariat and the
member edit the same words of a paragraph at once and the member resolves the conflict in the
three-way view; edits of different words of another paragraph are merged, and the member is told;
a delegate comments on words selected with the mouse (and an internal comment stays within the
delegation); a head approves; an edit makes that approval stale; the head approves again; the
secretariat circulates, adoption is refused while approvals are missing, every party approves,
the secretariat starts silence with a deadline, the silence runs out and the text is adopted; the
clean Word file is downloaded and checked with python-docx. Another party's head keeps the
document page open throughout and sees every change arrive live (new text, presence, comment
counts, approval chips, status) without reloading.

The member drafts with the document page's own controls: "Add heading", "Add paragraph", the
insert control between two paragraphs (the Arabic one goes in there, and the watching head sees it
arrive), "Move up"/"Move down" (the paragraphs are renumbered on both pages), and "Retire
paragraph" with its in-page confirmation.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import docx
from playwright.sync_api import Locator, Page, expect

from tests.e2e.harness import WORKING_GROUP, Contexts, Shoot, World
from tests.e2e.test_margin import axe

TITLE = "Shared Principles on Civic Space"
HEADING = "Principles"
P1 = "All parties shall protect the civic space in which civil society organisations work."
P2_AR = "تلتزم جميع الأطراف بحماية الفضاء المدني الذي تعمل فيه منظمات المجتمع المدني."
P3 = "The secretariat shall report on progress to the next plenary meeting."
# Added, then retired: it must leave the text.
SPARE = "A paragraph the group decides to drop."
# Disjoint edits of P3 from the same base: merged, and the person who saved second is told.
P3_OFFICER = P3.replace("report on progress", "report in writing on progress")
P3_MEMBER = P3.replace("plenary meeting", "plenary session")
P3_MERGED = "The secretariat shall report in writing on progress to the next plenary session."
# The conflict: both change "shall" in P1 from the same base.
P1_OFFICER = P1.replace("shall protect", "must protect")
P1_MEMBER = P1.replace("shall protect", "should protect")
P1_RESOLVED = P1.replace("shall protect", "must protect and promote")
# Silence runs out at the next whole minute; the scheduler polls every second.
ADOPTION_TIMEOUT_MS = 120_000
COMMENT = "Aurelia would prefer “civic and democratic space”."
INTERNAL_COMMENT = "Internal: ask the capital before we accept any wording here."
# The edit after the first approval, which makes it stale.
P1_AMENDED = P1_RESOLVED.replace("All parties", "All States")


def section(page: Page, text: str | re.Pattern[str]) -> Locator:
    """The section (article) of the document page whose text contains `text`."""
    return (
        page.get_by_test_id("document-text")
        .get_by_test_id("section")
        .filter(has=page.get_by_test_id("section-text").filter(has_text=text))
    )


def chip(page: Page, text: str | re.Pattern[str], party: str) -> Locator:
    return section(page, text).get_by_test_id("approval-chips").locator(f'[data-party="{party}"]')


def replace_editor_text(editor: Locator, text: str) -> None:
    """Replace a rich-text editor's whole text (the located element is the editable text
    itself) by typing, as a person would."""
    editor.click()
    editor.press("ControlOrMeta+a")
    editor.press("Delete")
    editor.page.keyboard.insert_text(text)
    expect(editor).to_have_text(text)


def discuss(page: Page, text: str) -> None:
    """From the document page, open the discussion of the paragraph with `text`."""
    section(page, text).get_by_test_id("discuss-link").click()
    expect(page.get_by_test_id("discuss-page")).to_be_visible()
    expect(page.get_by_test_id("discuss-text")).to_contain_text(text)


def approve(page: Page, document_id: int, text: str, *, version: int) -> None:
    """As a head: approve the paragraph with `text` for my delegation, on its current version."""
    page.goto(f"/documents/{document_id}")
    discuss(page, text)
    panel = page.get_by_test_id("position-panel")
    panel.get_by_role("button", name="Approve", exact=True).click()
    mine = panel.get_by_test_id("my-position")
    expect(mine).to_have_attribute("data-state", "current")
    expect(mine).to_have_attribute("data-decision", "approve")
    expect(mine).to_contain_text(f"version {version}")


def select_with_mouse(target: Locator, phrase: str) -> None:
    """Select `phrase` in `target`'s text by dragging the mouse across it, as a person would."""
    target.scroll_into_view_if_needed()
    box = target.evaluate(SPAN_OF_PHRASE, phrase)
    assert box is not None, f"{phrase!r} is not in the text"
    mouse = target.page.mouse
    mouse.move(box["x1"], box["y"])
    mouse.down()
    mouse.move(box["x2"], box["y"], steps=8)
    mouse.up()  # the page takes the selection now (and may move the focus, clearing it)


# Where the phrase's first and last characters are on screen (its first occurrence).
SPAN_OF_PHRASE = """
(root, phrase) => {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(phrase);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    const first = range.getBoundingClientRect();
    range.setStart(node, at + phrase.length - 1);
    range.setEnd(node, at + phrase.length);
    const last = range.getBoundingClientRect();
    return { x1: first.left + 1, x2: last.right - 1, y: first.top + first.height / 2 };
  }
  return null;
}
"""


def compose(
    page: Page, text: str, *, level: str | None = None, save: str = "Save paragraph"
) -> None:
    """In the open composer of the document page: type `text`, (set the heading level), save."""
    composer = page.get_by_test_id("section-composer")
    editor = composer.get_by_test_id("composer-editor")
    expect(editor).to_be_focused()
    page.keyboard.insert_text(text)
    expect(editor).to_have_text(text)
    if level is not None:
        composer.get_by_label("Heading level").select_option(level)
    composer.get_by_role("button", name=save).click()
    expect(composer).to_have_count(0)
    expect(page.get_by_test_id("document-text")).to_contain_text(text)


def open_editor(page: Page, document_id: int, text: str | re.Pattern[str]) -> None:
    """The editor page of a section (its Edit link's address; a click on it edits in place)."""
    page.goto(f"/documents/{document_id}")
    link = section(page, text).get_by_role("link", name=re.compile(r"^Edit "))
    page.goto(str(link.get_attribute("href")))
    expect(page.get_by_test_id("section-editor")).to_be_visible()


def test_negotiation_from_draft_to_adopted_word_file(
    contexts: Contexts, world: World, shoot: Shoot, tmp_path: Path
) -> None:
    aur, bor = world.delegations["AUR"], world.delegations["BOR"]

    # --- the secretariat creates the document with two parties ---------------------------------
    officer = contexts.page_as("officer")
    officer.goto("/")
    officer.get_by_role("navigation", name="Main").get_by_role("link", name="Secretariat").click()
    officer.get_by_role("link", name="New document").click()
    form = officer.locator("form").filter(has=officer.get_by_test_id("new-document-title"))
    officer.get_by_test_id("new-document-title").fill(TITLE)
    form.get_by_label("Kind").select_option(label="Principles")
    officer.get_by_test_id("new-document-group").select_option(label=WORKING_GROUP)
    parties = officer.get_by_test_id("new-document-parties")
    parties.get_by_label(f"{aur.code} — {aur.name}").check()
    parties.get_by_label(f"{bor.code} — {bor.name}").check()
    shoot(officer, "04-new-document")
    form.get_by_role("button", name="Create document").click()
    expect(officer).to_have_url(re.compile(r"/documents/\d+$"))
    document_id = int(officer.url.rsplit("/", 1)[1])
    expect(officer.get_by_test_id("document-title")).to_have_text(TITLE)
    expect(officer.get_by_test_id("parties")).to_contain_text(aur.code)
    expect(officer.get_by_test_id("parties")).to_contain_text(bor.code)

    # A head of the second party keeps the document open from here on: what others do must
    # reach this page live, without a reload.
    watcher = contexts.page_as("head_b", "head_b-watching")
    watcher.goto(f"/documents/{document_id}")
    expect(watcher.get_by_test_id("document-title")).to_have_text(TITLE)
    expect(watcher.get_by_test_id("live-status")).to_have_text("Live updates on")
    watcher.evaluate("window.__concordNotReloaded = true")

    # --- a member drafts a heading and paragraphs, one in Arabic -------------------------------
    member = contexts.page_as("member")
    member.goto(f"/documents/{document_id}")
    text = member.get_by_test_id("document-text")
    numbers = text.get_by_test_id("paragraph-number")
    member.get_by_role("button", name="Add heading").click()
    compose(member, HEADING, level="2", save="Save heading")
    expect(text.get_by_role("heading", name=HEADING)).to_be_visible()
    member.get_by_role("button", name="Add paragraph").click()
    compose(member, P1)
    expect(member.get_by_test_id("arrange-status")).to_have_text("Added para. 1.")
    member.get_by_role("button", name="Add paragraph").click()
    compose(member, P3)
    expect(numbers).to_have_text(["1.", "2."])
    # The Arabic paragraph goes between the two, with the insert control after para. 1; the
    # editor and its live preview read it right to left.
    member.get_by_role("button", name="Insert paragraph after para. 1").click()
    composer = member.get_by_test_id("section-composer")
    editor = composer.get_by_role("textbox", name="Text of the new paragraph")
    editor.click()
    member.keyboard.insert_text(P2_AR)
    expect(editor).to_have_text(P2_AR)
    assert editor.locator("p").first.evaluate("e => getComputedStyle(e).direction") == "rtl"
    shoot(member, "09-composer-arabic", full_page=False)
    composer.get_by_role("button", name="Save paragraph").click()
    expect(composer).to_have_count(0)
    expect(text.locator('[data-testid="section"].section-paragraph')).to_have_count(3)
    expect(numbers).to_have_text(["1.", "2.", "3."])
    expect(section(member, P2_AR).get_by_test_id("paragraph-number")).to_have_text("2.")
    # Live: the watching head's page shows the insertion, numbered, without a reload.
    expect(section(watcher, P2_AR).get_by_test_id("paragraph-number")).to_have_text("2.")
    expect(section(watcher, P3).get_by_test_id("paragraph-number")).to_have_text("3.")

    # Moving renumbers: P3 up to para. 2, then back down to para. 3 (on both pages).
    section(member, P3).get_by_role("button", name="Move up").click()
    expect(section(member, P3).get_by_test_id("paragraph-number")).to_have_text("2.")
    expect(section(member, P2_AR).get_by_test_id("paragraph-number")).to_have_text("3.")
    expect(section(watcher, P3).get_by_test_id("paragraph-number")).to_have_text("2.")
    # The focus stays on the moved paragraph's control: the keyboard moves it back.
    expect(section(member, P3).get_by_role("button", name="Move down")).to_be_enabled()
    section(member, P3).get_by_role("button", name="Move down").click()
    expect(section(member, P3).get_by_test_id("paragraph-number")).to_have_text("3.")
    expect(section(member, P2_AR).get_by_test_id("paragraph-number")).to_have_text("2.")
    expect(section(watcher, P3).get_by_test_id("paragraph-number")).to_have_text("3.")
    # The heading is first: it cannot move up.
    heading = text.get_by_test_id("section").filter(has=member.get_by_role("heading", name=HEADING))
    expect(heading.get_by_role("button", name="Move up")).to_be_disabled()

    # Retiring asks first, in the page; keeping it changes nothing, confirming retires it.
    member.get_by_role("button", name="Add paragraph").click()
    compose(member, SPARE)
    expect(numbers).to_have_text(["1.", "2.", "3.", "4."])
    section(member, SPARE).get_by_role("button", name="Retire paragraph").click()
    dialog = member.get_by_role("dialog", name="Retire para. 4?")
    expect(dialog).to_be_visible()
    dialog.get_by_role("button", name="Keep it").click()
    expect(dialog).to_have_count(0)
    expect(section(member, SPARE)).to_have_count(1)
    section(member, SPARE).get_by_role("button", name="Retire paragraph").click()
    dialog.get_by_role("button", name="Retire paragraph").click()
    expect(section(member, SPARE)).to_have_count(0)
    expect(member.get_by_test_id("arrange-status")).to_have_text("Retired para. 4.")
    expect(section(watcher, SPARE)).to_have_count(0)

    expect(text.locator('[data-testid="section"].section-paragraph')).to_have_count(3)
    expect(numbers).to_have_text(["1.", "2.", "3."])
    arabic = section(member, P2_AR).get_by_test_id("section-text")
    expect(arabic).to_have_attribute("dir", re.compile("^(auto|rtl)$"))
    assert arabic.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert arabic.evaluate("e => e.matches(':dir(rtl)')") is True
    english = section(member, P1).get_by_test_id("section-text")
    assert english.evaluate("e => getComputedStyle(e).direction") == "ltr"
    shoot(member, "10-document-drafted")

    # Live: the watching head sees the paragraphs arrive.
    expect(section(watcher, P2_AR)).to_be_visible()
    expect(section(watcher, P3)).to_be_visible()

    # --- two people edit the same paragraph; the member resolves the conflict ------------------
    open_editor(officer, document_id, P1)
    open_editor(member, document_id, P1)
    expect(member.get_by_test_id("base-version")).to_have_attribute("data-base-version", "1")
    # Live presence: the watcher sees who is editing the paragraph.
    expect(section(watcher, P1).get_by_test_id("section-presence")).to_contain_text(
        "Miriam Levi is editing"
    )
    # Both type; the officer saves first.
    replace_editor_text(member.get_by_test_id("section-editor"), P1_MEMBER)
    replace_editor_text(officer.get_by_test_id("section-editor"), P1_OFFICER)
    officer.get_by_test_id("save-section").click()
    expect(officer.get_by_test_id("save-ok")).to_contain_text("version 2")

    # The member is told at once that the paragraph changed under them, then saves.
    expect(member.get_by_test_id("changed-under-you")).to_contain_text("version 2")
    expect(member.get_by_test_id("base-version")).to_have_attribute("data-base-version", "1")
    member.get_by_test_id("save-section").click()
    conflict = member.get_by_test_id("conflict-view")
    expect(conflict).to_be_visible()
    expect(member.get_by_test_id("conflict-base")).to_have_text(P1)
    expect(member.get_by_test_id("conflict-clashes")).to_contain_text("must")
    expect(member.get_by_test_id("conflict-clashes")).to_contain_text("should")
    # Each side's change over the base, marked on the rendered text.
    expect(member.get_by_test_id("conflict-theirs").locator("ins")).to_have_text("must")
    expect(member.get_by_test_id("conflict-theirs").locator("del")).to_have_text("shall")
    expect(member.get_by_test_id("conflict-mine").locator("ins")).to_have_text("should")
    shoot(member, "11-conflict-three-way")
    violations = axe(member)
    assert not violations, f"the conflict view (edit page): axe found {violations}"
    conflict.get_by_role("button", name="Start from their text").click()
    resolution = member.get_by_test_id("conflict-resolution")
    expect(resolution).to_have_text(P1_OFFICER)
    replace_editor_text(resolution, P1_RESOLVED)
    member.get_by_test_id("save-resolution").click()
    expect(member.get_by_test_id("save-ok")).to_contain_text("version 3")

    member.goto(f"/documents/{document_id}")
    expect(section(member, P1_RESOLVED).get_by_test_id("section-version")).to_have_text("v3")
    # Live: the watcher sees the resolved text.
    expect(section(watcher, P1_RESOLVED)).to_be_visible()

    # --- two people edit different words of one paragraph: merged, and the member is told -----
    open_editor(officer, document_id, P3)
    open_editor(member, document_id, P3)
    replace_editor_text(member.get_by_test_id("section-editor"), P3_MEMBER)
    replace_editor_text(officer.get_by_test_id("section-editor"), P3_OFFICER)
    officer.get_by_test_id("save-section").click()
    expect(officer.get_by_test_id("save-ok")).to_contain_text("version 2")
    expect(member.get_by_test_id("changed-under-you")).to_contain_text("version 2")
    member.get_by_test_id("save-section").click()
    expect(member.get_by_test_id("save-merged")).to_contain_text("merged: version 3")
    expect(member.get_by_test_id("save-result")).to_contain_text(P3_MERGED)
    expect(section(watcher, P3_MERGED).get_by_test_id("section-version")).to_have_text("v3")

    # --- a delegate comments on a phrase selected with the mouse ------------------------------
    delegate = contexts.page_as("delegate_a")
    delegate.goto(f"/documents/{document_id}")
    discuss(delegate, P1_RESOLVED)
    select_with_mouse(delegate.get_by_test_id("discuss-text"), "civic space")
    expect(delegate.get_by_test_id("comment-quote")).to_have_value("civic space")
    delegate.get_by_test_id("comment-body").fill(COMMENT)
    composer = delegate.get_by_test_id("comment-composer")
    composer.get_by_role("button", name="Comment", exact=True).click()
    thread = delegate.get_by_test_id("threads").get_by_test_id("comment-thread")
    expect(thread).to_have_count(1)
    expect(thread.get_by_test_id("thread-quote")).to_contain_text("civic space")
    expect(thread).to_contain_text(COMMENT)
    expect(delegate.get_by_test_id("discuss-text").locator("mark")).to_have_text("civic space")
    shoot(delegate, "14-comment-on-selection")
    # Live: the watcher's page counts the comment.
    expect(section(watcher, P1_RESOLVED).get_by_test_id("comment-count")).to_have_text("1 comment")
    # A delegate does not set the delegation's position: its head does, or a delegate it allows.
    panel = delegate.get_by_test_id("position-panel")
    expect(panel).to_contain_text(
        "Only the head of delegation, or a delegate the head allows, sets its position."
    )
    expect(panel.get_by_role("button", name="Approve", exact=True)).to_have_count(0)

    # An internal comment reaches Aurelia only, not the other party's head.
    delegate.get_by_test_id("comment-body").fill(INTERNAL_COMMENT)
    delegate.get_by_test_id("comment-internal").check()
    composer.get_by_role("button", name="Comment", exact=True).click()
    expect(thread).to_have_count(2)
    expect(
        thread.filter(has_text=INTERNAL_COMMENT).get_by_test_id("internal-badge")
    ).to_be_visible()
    head_b_page = watcher.context.new_page()  # the watching page stays open, untouched
    head_b_page.goto(f"/documents/{document_id}")
    discuss(head_b_page, P1_RESOLVED)
    others = head_b_page.get_by_test_id("threads").get_by_test_id("comment-thread")
    expect(others).to_have_count(1)
    expect(others).to_contain_text(COMMENT)
    expect(head_b_page.get_by_test_id("comments")).not_to_contain_text(INTERNAL_COMMENT)
    expect(section(watcher, P1_RESOLVED).get_by_test_id("comment-count")).to_have_text("1 comment")

    # --- a head approves; an edit makes it stale; the head approves again ---------------------
    head_a = contexts.page_as("head_a")
    head_a.goto(f"/documents/{document_id}")
    expect(chip(head_a, P1_RESOLVED, aur.code)).to_have_attribute("data-state", "none")
    approve(head_a, document_id, P1_RESOLVED, version=3)
    shoot(head_a, "15-position-approved")
    head_a.goto(f"/documents/{document_id}")
    expect(chip(head_a, P1_RESOLVED, aur.code)).to_have_attribute("data-state", "current")
    expect(chip(head_a, P1_RESOLVED, aur.code)).to_have_attribute("data-decision", "approve")
    expect(chip(watcher, P1_RESOLVED, aur.code)).to_have_attribute("data-state", "current")

    open_editor(member, document_id, P1_RESOLVED)
    replace_editor_text(member.get_by_test_id("section-editor"), P1_AMENDED)
    member.get_by_test_id("save-section").click()
    expect(member.get_by_test_id("save-ok")).to_contain_text("version 4")
    # Live, on both open pages: the new text, and the approval shown as stale.
    for page in (head_a, watcher):
        stale = chip(page, P1_AMENDED, aur.code)
        expect(stale).to_have_attribute("data-state", "stale")
        expect(stale).to_contain_text("stale")
    shoot(head_a, "12-approval-stale")

    discuss(head_a, P1_AMENDED)
    expect(head_a.get_by_test_id("my-position")).to_have_attribute("data-state", "stale")
    approve(head_a, document_id, P1_AMENDED, version=4)
    head_a.goto(f"/documents/{document_id}")
    expect(chip(head_a, P1_AMENDED, aur.code)).to_have_attribute("data-state", "current")
    expect(chip(watcher, P1_AMENDED, aur.code)).to_have_attribute("data-state", "current")

    # --- the paragraph's history: four versions, a word diff between the first and the last ---
    head_a.goto(f"/documents/{document_id}")
    section(head_a, P1_AMENDED).get_by_role("link", name="History of para. 1").click()
    expect(head_a.get_by_role("heading", name="History of para. 1")).to_be_visible()
    expect(head_a.get_by_test_id("versions").locator("li")).to_have_count(4)
    head_a.get_by_test_id("diff-from").select_option("1")
    head_a.get_by_test_id("diff-to").select_option("4")
    diff = head_a.get_by_test_id("section-diff")
    # Waited for (the diff of the pair chosen before may still be shown for a moment).
    for word in ("parties", "shall"):
        expect(diff.locator("del", has_text=word)).not_to_have_count(0)
    for word in ("States", "must", "promote"):
        expect(diff.locator("ins", has_text=word)).not_to_have_count(0)
    removed = " ".join(diff.locator("del").all_inner_texts())
    added = " ".join(diff.locator("ins").all_inner_texts())
    assert "parties" in removed and "shall" in removed, removed
    assert "States" in added and "must" in added and "promote" in added, added
    assert "civic space" not in removed + added
    shoot(head_a, "13-section-history")

    # --- the secretariat circulates; adoption is refused while approvals are missing ----------
    officer.goto(f"/documents/{document_id}")
    lifecycle = officer.get_by_test_id("lifecycle")
    lifecycle.get_by_role("button", name="Circulate").click()
    officer.get_by_test_id("lifecycle-dialog").get_by_role("button", name="Circulate Rev.1").click()
    expect(officer.get_by_test_id("document-status")).to_have_text("Circulated")
    expect(lifecycle.get_by_test_id("latest-revision")).to_contain_text("Rev.1")
    expect(watcher.get_by_test_id("document-status")).to_have_text("Circulated")
    # What blocks adoption is said beforehand, in words; the button waits.
    blockers = lifecycle.get_by_test_id("adopt-blockers")
    expect(blockers).to_contain_text("has not approved")
    expect(lifecycle.get_by_role("button", name="Adopt")).to_be_disabled()
    expect(officer.get_by_test_id("document-status")).to_have_text("Circulated")

    # --- every party agrees on every paragraph (the heads, in their own pages) ---------------
    approve(head_a, document_id, P2_AR, version=1)
    approve(head_a, document_id, P3_MERGED, version=3)
    for text_, version in ((P1_AMENDED, 4), (P2_AR, 1), (P3_MERGED, 3)):
        approve(head_b_page, document_id, text_, version=version)
    for text_ in (P1_AMENDED, P2_AR, P3_MERGED):
        for party in (aur.code, bor.code):
            expect(chip(watcher, text_, party)).to_have_attribute("data-state", "current")
            expect(chip(watcher, text_, party)).to_have_attribute("data-decision", "approve")
    expect(watcher.get_by_test_id("document-text")).not_to_contain_text("stale")

    # --- silence with a deadline; it runs out unbroken and the text is adopted ---------------
    # The input takes minutes (the browser's time zone is UTC): the next whole minute at least
    # ten seconds ahead. The server's minimum notice is 0 and its scheduler polls every second
    # here (tests/e2e/harness.py), so the text is adopted within about a minute.
    deadline = (datetime.now(UTC) + timedelta(seconds=70)).replace(second=0, microsecond=0)
    lifecycle.get_by_test_id("silence-deadline").fill(deadline.strftime("%Y-%m-%dT%H:%M"))
    lifecycle.get_by_role("button", name="Start silence").click()
    officer.get_by_test_id("lifecycle-dialog").get_by_role("button", name="Start silence").click()
    expect(officer.get_by_test_id("document-status")).to_have_text("Silence procedure")
    expect(lifecycle.get_by_test_id("silence-countdown")).to_be_visible()
    expect(watcher.get_by_test_id("document-status")).to_have_text("Silence procedure")
    shoot(officer, "20-silence-countdown")
    expect(watcher.get_by_test_id("document-status")).to_have_text(
        "Adopted", timeout=ADOPTION_TIMEOUT_MS
    )
    expect(officer.get_by_test_id("document-status")).to_have_text(
        "Adopted", timeout=ADOPTION_TIMEOUT_MS
    )
    adoption = lifecycle.get_by_test_id("adoption")
    expect(adoption).to_contain_text("by silence procedure")
    expect(adoption).to_contain_text(re.compile(r"Manifest hash [0-9a-f]{64}"))
    found_hash = re.search(r"[0-9a-f]{64}", adoption.inner_text())
    assert found_hash is not None
    manifest_hash = found_hash.group(0)
    shoot(officer, "21-adopted")

    # --- the clean Word file, downloaded ---------------------------------------------------
    with officer.expect_download() as download_info:
        officer.get_by_test_id("download-clean").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".docx"), download.suggested_filename
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    check_clean_word_file(path, manifest_hash)

    # The page that watched all this was never reloaded.
    assert watcher.evaluate("window.__concordNotReloaded === true") is True


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _text(paragraph: Any) -> str:
    return "".join(t.text or "" for t in paragraph._p.iter(f"{{{W}}}t"))


def check_clean_word_file(path: Path, manifest_hash: str) -> None:
    """Opened with python-docx: the title, every paragraph's final text (the Arabic one marked
    right to left with w:bidi), real Word numbering on the numbered paragraphs, and the adoption's
    manifest hash (as the browser showed it) in the footer."""
    document = docx.Document(str(path))
    footer = " ".join(_text(p) for s in document.sections for p in s.footer.paragraphs)
    assert f"Manifest hash: {manifest_hash}" in footer, footer
    paragraphs = document.paragraphs
    titles = [p for p in paragraphs if p.style is not None and p.style.name == "Title"]
    assert [_text(p) for p in titles] == [TITLE]
    texts = [_text(p) for p in paragraphs]
    assert HEADING in texts
    found = {}
    for wanted in (P1_AMENDED, P2_AR, P3_MERGED):
        matches = [p for p in paragraphs if _text(p) == wanted]
        assert len(matches) == 1, (wanted, texts)
        found[wanted] = matches[0]
    for superseded in (P1, P1_OFFICER, P1_MEMBER, P1_RESOLVED):
        assert superseded not in texts
    for superseded in (P3, P3_OFFICER, P3_MEMBER):
        assert superseded not in texts

    def ppr(paragraph: Any, tag: str) -> Any:
        properties = paragraph._p.find(f"{{{W}}}pPr")
        return None if properties is None else properties.find(f"{{{W}}}{tag}")

    assert ppr(found[P2_AR], "bidi") is not None, "the Arabic paragraph is not right to left"
    assert ppr(found[P1_AMENDED], "bidi") is None
    num_ids = set()
    for wanted in (P1_AMENDED, P2_AR, P3_MERGED):
        numbering = ppr(found[wanted], "numPr")
        assert numbering is not None, f"paragraph not numbered: {wanted}"
        num_id = numbering.find(f"{{{W}}}numId").get(f"{{{W}}}val")
        assert num_id not in (None, "0")
        num_ids.add(num_id)
    assert len(num_ids) == 1, "the paragraphs do not share one numbering"
    numbering_xml = document.part.numbering_part.element
    assert numbering_xml.find(f"{{{W}}}num") is not None
