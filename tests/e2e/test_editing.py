"""Editing a paragraph in place on the document page: the rich-text editor, Escape, the
unsaved-changes guard (in-app links and the browser), and a conflict resolved in place."""

from __future__ import annotations

import re

from playwright.sync_api import Dialog, Page, expect

from tests.e2e.harness import WORKING_GROUP, Contexts, Shoot, World
from tests.e2e.test_margin import axe
from tests.e2e.test_negotiation import compose, replace_editor_text, section

TITLE = "Declaration on Open Negotiation"
EN = "Parties [shall][should] publish their positions on the text."
AR = "تنشر الأطراف [مواقفها] بشأن النص."
EN_MINE = EN.replace("publish", "promptly publish")
EN_THEIRS = EN.replace("publish", "openly publish")
EN_RESOLVED = EN.replace("publish", "promptly and openly publish")

# Types `text` into the focused editor and saves within the same task, by Ctrl+Enter ("keys") or
# by a press on Save that moves no focus ("press", as Safari's buttons): no frame runs between.
SAVE_IN_THE_SAME_TASK = """
async (editor, [text, how]) => {
  document.execCommand("insertText", false, text);
  await Promise.resolve();
  if (how === "keys") {
    editor.dispatchEvent(new KeyboardEvent("keydown",
      { key: "Enter", code: "Enter", ctrlKey: true, bubbles: true, cancelable: true }));
  } else {
    const save = document.querySelector('[data-testid="save-section"]');
    save.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true }));
    await Promise.resolve();  // the press and the click are two events: microtasks run between
    save.click();
  }
}
"""


# Where the caret is, against the screen: [its top, its bottom, the screen's height].
CARET = """() => {
  const caret = getSelection().getRangeAt(0).getBoundingClientRect();
  return [caret.top, caret.bottom, innerHeight];
}"""


def type_at_the_foot_of_the_screen(page: Page, text: str) -> None:
    """Scroll until the caret is on the screen's last line, type `text` (long enough to wrap onto
    lines below the screen: the page must scroll) and require the caret on screen after it."""
    _, bottom, height = page.evaluate(CARET)
    page.mouse.wheel(0, bottom - height + 4)
    page.wait_for_function(f"(({CARET})())[1] > innerHeight - 30")
    scrolled = page.evaluate("scrollY")
    page.keyboard.type(text)
    assert page.evaluate("scrollY") > scrolled, "the words did not wrap below the screen"
    top, bottom, height = page.evaluate(CARET)
    assert top >= 0 and bottom <= height, f"the caret is at {top}-{bottom} px of {height}"


def create_document(page: Page, world: World) -> int:
    aur = world.delegations["AUR"]
    page.goto("/secretariat/documents/new")
    page.get_by_test_id("new-document-title").fill(TITLE)
    page.get_by_test_id("new-document-group").select_option(label=WORKING_GROUP)
    page.get_by_test_id("new-document-parties").get_by_label(f"{aur.code} — {aur.name}").check()
    page.get_by_role("button", name="Create document").click()
    expect(page).to_have_url(re.compile(r"/documents/\d+$"))
    return int(page.url.rsplit("/", 1)[1])


def edit_in_place(page: Page, text: str) -> None:
    """Click a paragraph to edit it, once the page knows it may be edited: the text is marked
    editable only when the reader's rights have loaded (a click before that does not edit)."""
    paragraph = section(page, text).get_by_test_id("section-text")
    expect(paragraph).to_have_attribute("data-edit-in-place", "")
    paragraph.click()


def test_edit_in_place_with_guard_and_conflict(
    contexts: Contexts, world: World, shoot: Shoot
) -> None:
    officer = contexts.page_as("officer")
    document_id = create_document(officer, world)
    officer.get_by_role("button", name="Add paragraph").click()
    compose(officer, EN)
    officer.get_by_role("button", name="Add paragraph").click()
    compose(officer, AR)

    # A click on the paragraph edits it where it stands; brackets look as they read; Escape leaves.
    edit_in_place(officer, EN)
    box = officer.get_by_test_id("in-place-editor")
    editor = box.get_by_test_id("section-editor")
    expect(editor).to_be_focused()
    expect(editor).to_have_text(EN)
    expect(editor.locator(".bracket")).to_have_text(["[shall]", "[should]"])
    shoot(officer, "20-edit-in-place-desktop", full_page=False)
    officer.keyboard.press("Escape")
    expect(box).to_have_count(0)
    expect(section(officer, EN).get_by_test_id("section-text")).to_be_focused()

    # Enter on the focused paragraph edits it too; bold and a link from the toolbar (the address
    # asked in the page, its field focused); Save.
    officer.keyboard.press("Enter")
    expect(editor).to_be_focused()
    expect(box.get_by_test_id("tool-link")).to_be_disabled()  # nothing selected to link
    editor.locator("p").first.dblclick(position={"x": 5, "y": 5})
    box.get_by_test_id("tool-strong").click()
    box.get_by_test_id("tool-link").click()
    link = officer.get_by_test_id("link-dialog")
    address = link.get_by_role("textbox", name="Address")
    expect(address).to_be_focused()
    shoot(officer, "20-link-dialog", full_page=False)
    violations = axe(officer)
    assert not violations, f"the link dialog: axe found {violations}"
    address.fill("https://unfccc.int/")
    address.press("Enter")
    expect(link).to_have_count(0)
    expect(editor.locator("a")).to_have_text("Parties")
    box.get_by_test_id("save-section").click()
    expect(box).to_have_count(0)
    expect(section(officer, EN).get_by_test_id("section-version")).to_have_text("v2")
    expect(section(officer, EN).locator("strong")).to_have_text("Parties")
    expect(
        section(officer, EN).get_by_test_id("section-text").get_by_role("link")
    ).to_have_attribute("href", "https://unfccc.int/")

    # The raw Markdown stays available.
    edit_in_place(officer, EN)
    box.get_by_test_id("tool-markdown").check()
    expect(box.get_by_test_id("section-editor-markdown")).to_have_value(
        f"[**Parties**](https://unfccc.int/){EN[7:]}"
    )
    box.get_by_test_id("tool-markdown").uncheck()
    box.get_by_test_id("close-editor").click()
    expect(box).to_have_count(0)

    # Unsaved changes: an in-app link asks first, and so does Escape; keep editing keeps them.
    # Typed at the foot of a short screen, the words wrap below it: the caret stays in view.
    officer.set_viewport_size({"width": 1400, "height": 480})
    edit_in_place(officer, EN)
    officer.keyboard.press("End")
    type_at_the_foot_of_the_screen(officer, " Parties report every year," * 4 + " Soon.")
    officer.set_viewport_size({"width": 1400, "height": 1000})
    officer.get_by_role("link", name="Compare revisions").click()
    dialog = officer.get_by_test_id("unsaved-dialog")
    expect(dialog).to_be_visible()
    shoot(officer, "21-unsaved-guard", full_page=False)
    dialog.get_by_role("button", name="Keep editing").click()
    expect(officer).to_have_url(re.compile(rf"/documents/{document_id}$"))
    expect(editor).to_contain_text("Soon.")
    editor.press("Escape")
    expect(dialog).to_be_visible()
    dialog.get_by_role("button", name="Leave without saving").click()
    expect(box).to_have_count(0)
    expect(section(officer, EN).get_by_test_id("section-version")).to_have_text("v2")

    # The browser asks too (reload, close) while there are changes.
    edit_in_place(officer, EN)
    officer.keyboard.press("End")
    officer.keyboard.type(" Later.")
    asked: list[str] = []

    def dismiss(d: Dialog) -> None:
        asked.append(d.type)
        d.dismiss()

    officer.on("dialog", dismiss)
    officer.close(run_before_unload=True)
    expect(editor).to_contain_text("Later.")
    assert asked == ["beforeunload"]
    officer.remove_listener("dialog", dismiss)
    box.get_by_test_id("close-editor").click()
    unsaved = officer.get_by_test_id("unsaved-dialog")
    leave = unsaved.get_by_role("button", name="Leave without saving")
    leave.click()

    # Conflict in place: the member saves the same words while the officer edits.
    edit_in_place(officer, EN)
    replace_editor_text(editor, EN_MINE)
    member = contexts.page_as("member")
    member.goto(f"/documents/{document_id}")
    edit_in_place(member, EN)
    replace_editor_text(member.get_by_test_id("section-editor"), EN_THEIRS)
    member.get_by_test_id("save-section").click()
    expect(section(member, EN_THEIRS).get_by_test_id("section-version")).to_have_text("v3")
    box.get_by_test_id("save-section").click()
    conflict = box.get_by_test_id("conflict-view")
    expect(conflict).to_be_visible()
    # Over the rendered text, never Markdown: the base's bold word is bold, and each side's
    # change over the base is underlined (the bold went too, on both sides).
    expect(box.get_by_test_id("conflict-base").locator("strong")).to_have_text("Parties")
    expect(box.get_by_test_id("conflict-theirs").locator("ins", has_text="openly")).to_have_count(1)
    expect(box.get_by_test_id("conflict-mine").locator("ins", has_text="promptly")).to_have_count(1)
    expect(box.get_by_test_id("conflict-theirs").locator("del strong")).to_have_text("Parties")
    expect(conflict).not_to_contain_text("**")
    conflict.scroll_into_view_if_needed()
    shoot(officer, "22-conflict-in-place", full_page=False)
    violations = axe(officer)
    assert not violations, f"the conflict view: axe found {violations}"
    # On a phone the three texts stand one under another, within the screen.
    officer.set_viewport_size({"width": 390, "height": 844})
    conflict.scroll_into_view_if_needed()
    shoot(officer, "22-conflict-in-place-phone", full_page=False)
    for part in (
        conflict,
        box.get_by_test_id("conflict-theirs"),
        box.get_by_test_id("conflict-resolution"),
    ):
        right = part.evaluate("e => e.getBoundingClientRect().right")
        assert right <= 390, f"the conflict view is wider than a phone: {right}px"
    officer.set_viewport_size({"width": 1400, "height": 1000})
    # The text to save opens in the rich-text editor.
    conflict.get_by_role("button", name="Start from their text").click()
    resolution = box.get_by_test_id("conflict-resolution")
    expect(resolution).to_have_text(EN_THEIRS)
    replace_editor_text(resolution, EN_RESOLVED)
    box.get_by_test_id("save-resolution").click()
    expect(box).to_have_count(0)
    expect(section(officer, EN_RESOLVED).get_by_test_id("section-version")).to_have_text("v4")

    # A save at once after the last change saves that change too: the page hears of typing after
    # the frame that shows it (of the first change at once), and at once before a save, by
    # Ctrl+Enter or by a press on Save.
    saved = section(officer, EN_RESOLVED)
    for version, (words, how) in enumerate(((" Now", "keys"), (" Then", "press")), start=5):
        edit_in_place(officer, EN_RESOLVED)
        expect(editor).to_be_focused()
        officer.keyboard.press("Control+End")
        officer.keyboard.type(words)
        editor.evaluate(SAVE_IN_THE_SAME_TASK, [".", how])
        expect(box).to_have_count(0)
        expect(saved.get_by_test_id("section-version")).to_have_text(f"v{version}")
    expect(saved.get_by_test_id("section-text")).to_have_text(f"{EN_RESOLVED} Now. Then.")

    # Arabic reads right to left in the editor; on a phone the editor fits the screen (the page
    # around it is the phone layout's business).
    edit_in_place(officer, AR)
    expect(editor).to_have_text(AR)
    assert editor.locator("p").first.evaluate("e => getComputedStyle(e).direction") == "rtl"
    # ... while the editor's own words (toolbar, buttons) keep the interface's direction.
    assert box.evaluate("e => getComputedStyle(e).direction") == "ltr"
    shoot(officer, "23-edit-in-place-arabic", full_page=False)
    officer.set_viewport_size({"width": 390, "height": 844})
    editor.scroll_into_view_if_needed()
    shoot(officer, "24-edit-in-place-phone", full_page=False)
    for part in (box, box.get_by_role("toolbar"), editor):
        right = part.evaluate("e => e.getBoundingClientRect().right")
        assert right <= 390, f"the editor is wider than a phone: {right}px"
