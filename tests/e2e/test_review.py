"""Suggestions in place and "what changed", in the browser.

The secretariat sets up a statement (one paragraph in Arabic), circulates nothing yet but makes
Rev.1, then edits a paragraph. A delegate of Aurelia turns on Suggesting mode and proposes a
change to a paragraph inline; the secretariat (who holds the pen), with the page already open in
a second browser context, sees the suggestion arrive live as tracked changes with AUR beside it
and accepts it in place; the delegate's page shows the new text. A suggestion on the Arabic
paragraph reads right to left. Then "what changed since Rev.1" marks both changed paragraphs with
a count and next / previous navigation; after Aurelia's head approves para. 3 and the text moves
on, the delegate sees what changed since the delegation's last approval (Compare opens on the
same question by default); once para. 3 is moved
first, it is counted as moved and says where it came from. Screenshots at 1280 and 390 px wide,
and of the Arabic paragraph, go to test-artifacts/e2e/.
"""

from __future__ import annotations

from typing import Any

from playwright.sync_api import APIRequestContext, Locator, Page, expect

from tests.e2e.harness import Contexts, Shoot, World
from tests.e2e.test_margin import axe

TITLE = "Statement on Civic Space (review)"
P1 = "All parties shall protect the civic space in which civil society works."
P1_SUGGESTED = "All parties shall protect and promote the civic space in which civil society works."
P2_AR = "تلتزم جميع الأطراف بحماية الفضاء المدني الذي تعمل فيه منظمات المجتمع المدني."
P2_AR_SUGGESTED = P2_AR.replace("بحماية", "بحماية وتعزيز")
P3 = "The secretariat shall report on progress to the next plenary."
P3_EDITED = "The secretariat shall report **in writing** on progress to the next plenary."


WIDER_THAN_SCREEN = """
() => Array.from(document.querySelectorAll(
  '[data-testid="review-bar"], [data-testid="suggestions"], [data-testid="tracked-change"], '
  + '[data-testid="suggest-form"]'))
  .filter((e) => {
    const box = e.closest('[data-testid="document-text"]').getBoundingClientRect();
    const own = e.getBoundingClientRect();
    return own.right > box.right + 0.5 || own.left < box.left - 0.5
      || e.scrollWidth > e.clientWidth + 1;
  })
  .map((e) => e.dataset.testid)
"""


def post(request: APIRequestContext, world: World, path: str, data: dict[str, Any]) -> Any:
    response = request.post(f"/api/v1{path}", data=data, headers={"Origin": world.url})
    assert response.ok, f"{path}: {response.status} {response.text()}"
    return response.json()


def set_up(officer: Page, world: World) -> tuple[int, dict[str, int]]:
    """A statement with parties AUR and BOR; Rev.1; then para. 3 edited after it."""
    request = officer.context.request
    parties = [world.delegations["AUR"].id, world.delegations["BOR"].id]
    document = post(
        request,
        world,
        "/documents",
        {
            "title": TITLE,
            "kind": "statement",
            "working_group_id": world.working_group_id,
            "parties": parties,
        },
    )
    ids = {}
    for key, text in (("p1", P1), ("p2", P2_AR), ("p3", P3)):
        ids[key] = post(request, world, f"/documents/{document['id']}/sections", {"text": text})[
            "id"
        ]
    post(request, world, f"/documents/{document['id']}/revisions", {})
    post(request, world, f"/sections/{ids['p3']}/versions", {"text": P3_EDITED, "base_version": 1})
    return document["id"], ids


def paragraph(page: Page, section_id: int) -> Locator:
    return page.locator(f"#section-{section_id}")


# Puts the browser's selection on `needle` in the editor's own text (not in a deleted word it
# shows), or just after it when `collapse`; the editor takes the selection as a click would.
SELECT_JS = """
(e, [needle, collapse]) => {
  const walk = document.createTreeWalker(e, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => n.parentElement.closest('del')
      ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const at = n.data.indexOf(needle);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, collapse ? at + needle.length : at);
    range.setEnd(n, at + needle.length);
    e.focus();
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return true;
  }
  return false;
}
"""


def select_in(editor: Locator, needle: str, *, collapse: bool = False) -> None:
    assert editor.evaluate(SELECT_JS, [needle, collapse]), f"{needle!r} is not in the editor"
    # The editor reads the selection on the browser's selectionchange event: let it arrive.
    editor.page.wait_for_timeout(50)


def test_suggest_in_place_accept_live_and_what_changed(
    contexts: Contexts, world: World, shoot: Shoot
) -> None:
    officer = contexts.page_as("officer")
    officer.set_viewport_size({"width": 1280, "height": 900})
    document_id, ids = set_up(officer, world)
    officer.goto(f"/documents/{document_id}")
    expect(officer.get_by_test_id("document-title")).to_have_text(TITLE)
    expect(officer.get_by_test_id("live-status")).to_have_text("Live updates on")

    # --- a delegate suggests a change inline ------------------------------------------------
    delegate = contexts.page_as("delegate_a")
    delegate.set_viewport_size({"width": 1280, "height": 900})
    delegate.goto(f"/documents/{document_id}")
    expect(delegate.get_by_test_id("live-status")).to_have_text("Live updates on")
    delegate.get_by_test_id("suggesting-mode").click()
    expect(delegate.get_by_test_id("suggesting-mode")).to_have_attribute("aria-pressed", "true")
    paragraph(delegate, ids["p1"]).get_by_role("button", name="Suggest a change to para. 1").click()
    # The rich-text editor, the delegate's own changes tracked as they type.
    editor = delegate.get_by_role("textbox", name="Your suggested text for para. 1")
    expect(editor).to_have_text(P1)
    expect(editor).to_be_focused()
    select_in(editor, "protect ", collapse=True)
    delegate.keyboard.type("and promote ")
    expect(editor.locator("ins")).to_have_text("and promote ")
    assert editor.locator("ins").evaluate("e => getComputedStyle(e).textDecorationLine") == (
        "underline"
    )
    colour = editor.locator("ins").evaluate("e => getComputedStyle(e).color")
    # A deleted word stays in sight, struck through, until undone.
    select_in(editor, "civil ")
    delegate.keyboard.press("Backspace")
    expect(editor.locator("del")).to_have_text("civil ")
    assert editor.locator("del").evaluate("e => getComputedStyle(e).textDecorationLine") == (
        "line-through"
    )
    delegate.keyboard.press("ControlOrMeta+z")
    expect(editor.locator("del")).to_have_count(0)
    expect(editor.locator("ins")).to_have_text("and promote ")
    delegate.get_by_label("Why (optional)").fill("Promotion, not only protection.")
    shoot(delegate, "review-01-suggesting-desktop", full_page=False)
    violations = axe(delegate)
    assert not violations, f"Suggesting: axe found {violations}"
    delegate.get_by_role("button", name="Propose", exact=True).click()
    mine = paragraph(delegate, ids["p1"]).get_by_test_id("suggestion")
    expect(mine.locator("ins")).to_have_text("and promote ")
    expect(mine.get_by_test_id("suggestion-code")).to_have_text("AUR")
    # The delegate's own changes were marked in the colour their delegation's suggestion has.
    assert mine.locator("ins").evaluate("e => getComputedStyle(e).color") == colour
    # The delegate may not accept: only the pen holder sees the buttons.
    expect(mine.get_by_test_id("suggestion-accept")).to_have_count(0)

    # --- the secretariat sees it arrive live, over the rendered text, and accepts ----------
    theirs = paragraph(officer, ids["p1"]).get_by_test_id("suggestion")
    expect(theirs.locator("ins")).to_have_text("and promote ")
    expect(theirs.get_by_test_id("suggestion-code")).to_have_text("AUR")
    expect(theirs).to_contain_text("Why: Promotion, not only protection.")
    assert theirs.locator("ins").evaluate("e => getComputedStyle(e).textDecorationLine") == (
        "underline"
    )
    shoot(officer, "review-02-suggestion-live-desktop", full_page=False)
    theirs.get_by_role("button", name="Accept the suggestion of AUR on para. 1").click()
    expect(paragraph(officer, ids["p1"]).get_by_test_id("section-text")).to_have_text(P1_SUGGESTED)
    expect(paragraph(officer, ids["p1"]).get_by_test_id("suggestion")).to_have_count(0)
    # ... and the delegate's page follows, live.
    expect(paragraph(delegate, ids["p1"]).get_by_test_id("suggestion")).to_have_count(0)
    expect(paragraph(delegate, ids["p1"]).get_by_test_id("section-text")).to_have_text(P1_SUGGESTED)

    # --- a suggestion on the Arabic paragraph reads right to left ---------------------------
    paragraph(delegate, ids["p2"]).get_by_role("button", name="Suggest a change to para. 2").click()
    arabic_editor = delegate.get_by_role("textbox", name="Your suggested text for para. 2")
    expect(arabic_editor).to_have_text(P2_AR)
    assert arabic_editor.evaluate("e => getComputedStyle(e).direction") == "rtl"
    form = paragraph(delegate, ids["p2"]).get_by_test_id("suggest-form")
    assert form.evaluate("e => getComputedStyle(e).direction") == "ltr"
    select_in(arabic_editor, "بحماية", collapse=True)
    delegate.keyboard.type(" وتعزيز")
    expect(arabic_editor.locator("ins")).to_contain_text("وتعزيز")
    paragraph(delegate, ids["p2"]).scroll_into_view_if_needed()
    shoot(delegate, "review-07-suggesting-arabic-desktop", full_page=False)
    delegate.set_viewport_size({"width": 390, "height": 844})
    arabic_editor.scroll_into_view_if_needed()
    shoot(delegate, "review-08-suggesting-arabic-phone", full_page=False)
    wider = delegate.evaluate(WIDER_THAN_SCREEN)
    assert wider == [], f"the suggestion editor is wider than the text's column at 390px: {wider}"
    violations = axe(delegate)
    assert not violations, f"Suggesting on a phone: axe found {violations}"
    delegate.set_viewport_size({"width": 1280, "height": 900})
    delegate.get_by_role("button", name="Propose", exact=True).click()
    arabic = paragraph(officer, ids["p2"]).get_by_test_id("suggestion")
    expect(arabic.locator("ins")).to_contain_text("وتعزيز")
    text = arabic.get_by_test_id("suggestion-text")
    assert text.evaluate("e => getComputedStyle(e).direction") == "rtl"
    # Borealia's head suggests on the same paragraph: two options, one at a time or side by side.
    borealia = contexts.page_as("head_b")
    post(
        borealia.context.request,
        world,
        f"/sections/{ids['p2']}/amendments",
        {"text": P2_AR.replace("جميع الأطراف", "الدول"), "base_version": 1},
    )
    on_p2 = paragraph(officer, ids["p2"])
    expect(on_p2.get_by_test_id("suggestion-position")).to_have_text("Suggestion 1 of 2")
    expect(on_p2.get_by_test_id("suggestion")).to_have_count(1)
    on_p2.get_by_role("button", name="Next suggestion").click()
    expect(on_p2.get_by_test_id("suggestion-code")).to_have_text("BOR")
    officer.get_by_test_id("layout-side").click()
    expect(on_p2.get_by_test_id("suggestion-code")).to_have_text(["AUR", "BOR"])
    on_p2.scroll_into_view_if_needed()
    shoot(officer, "review-03-arabic-side-by-side-desktop", full_page=False)
    officer.get_by_test_id("layout-one").click()

    # --- what changed since Rev.1 ------------------------------------------------------------
    officer.get_by_test_id("changes-since").select_option("Rev.1")
    expect(officer.get_by_test_id("changes-count")).to_have_text("2 paragraphs changed.")
    tracked = officer.get_by_test_id("document-text").get_by_test_id("tracked-change")
    expect(tracked).to_have_count(2)
    expect(paragraph(officer, ids["p1"]).locator(".tracked ins")).to_have_text("and promote ")
    # Rendered, never Markdown: the bold words are bold, no asterisks anywhere.
    expect(paragraph(officer, ids["p3"]).locator("ins strong")).to_have_text("in writing")
    expect(paragraph(officer, ids["p3"])).not_to_contain_text("**")
    expect(officer.get_by_test_id("change-position")).to_have_text("Change 1 of 2")
    officer.get_by_test_id("next-change").click()
    expect(officer.get_by_test_id("change-position")).to_have_text("Change 2 of 2")
    expect(paragraph(officer, ids["p3"]).locator(".tracked-change.current")).to_have_count(1)
    officer.get_by_test_id("previous-change").click()
    expect(officer.get_by_test_id("change-position")).to_have_text("Change 1 of 2")
    officer.evaluate("window.scrollTo(0, 0)")
    shoot(officer, "review-04-what-changed-desktop", full_page=False)

    # --- what changed since my delegation's last approval --------------------------------------
    head = contexts.page_as("head_a")
    approved = head.context.request.put(
        f"/api/v1/sections/{ids['p3']}/approvals/mine",
        data={"version": 2, "decision": "approve"},
        headers={"Origin": world.url},
    )
    assert approved.ok, approved.text()
    post(
        officer.context.request,
        world,
        f"/sections/{ids['p3']}/versions",
        {"text": P3_EDITED.replace("next plenary", "next plenary session"), "base_version": 2},
    )
    delegate.get_by_test_id("changes-since").select_option("approval")
    expect(delegate.get_by_test_id("changes-count")).to_have_text("1 paragraph changed.")
    expect(paragraph(delegate, ids["p3"]).locator(".tracked ins")).to_have_text(" session")
    # Compare opens on the same question: my delegation's approval against the current text.
    compare = delegate.context.new_page()
    compare.goto(f"{world.url}/documents/{document_id}/compare")
    expect(compare.get_by_test_id("compare-from")).to_have_value("approval")
    expect(compare.get_by_test_id("compare-to")).to_have_value("head")
    expect(compare.get_by_test_id("compare-summary")).to_have_text(
        "1 paragraph has changed since your delegation approved"
    )
    changed = compare.get_by_test_id("compare-changes").locator("li")
    expect(changed).to_have_count(1)
    expect(changed.get_by_test_id("change-text").locator("ins")).to_have_text(" session")
    shoot(compare, "review-05-compare-since-approval-desktop", full_page=False)
    # The revisions are still there to choose.
    compare.get_by_test_id("compare-from").select_option("Rev.1")
    expect(compare.get_by_test_id("compare-summary")).to_contain_text("changed")
    compare.close()

    # --- the same on a phone: nothing scrolls sideways ---------------------------------------
    for page in (officer, delegate):
        page.set_viewport_size({"width": 390, "height": 844})
    expect(officer.get_by_test_id("changes-count")).to_have_text("2 paragraphs changed.")
    shoot(officer, "review-05-what-changed-phone")
    delegate.get_by_test_id("suggesting-mode").scroll_into_view_if_needed()
    shoot(delegate, "review-06-arabic-suggestion-phone")
    # What this feature adds stays within the text's column and never scrolls sideways itself
    # (the page's own header and side panels are the phone layout's work, elsewhere).
    for page in (officer, delegate):
        wider = page.evaluate(WIDER_THAN_SCREEN)
        assert wider == [], f"wider than the text's column at 390px: {wider}"

    # --- a paragraph moved: counted apart, and it says where it came from ----------------------
    moved = officer.context.request.patch(
        f"/api/v1/sections/{ids['p3']}", data={"after": None}, headers={"Origin": world.url}
    )
    assert moved.ok, moved.text()
    officer.reload()
    officer.get_by_test_id("changes-since").select_option("Rev.1")
    expect(officer.get_by_test_id("changes-count")).to_have_text("2 paragraphs changed, 1 moved.")
    expect(paragraph(officer, ids["p3"]).get_by_test_id("moved-from")).to_have_text(
        "Moved here from para. 3."
    )
    expect(paragraph(officer, ids["p1"]).get_by_test_id("moved-from")).to_have_count(0)
    shoot(officer, "review-09-what-changed-moved-phone")
