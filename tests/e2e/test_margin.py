"""The document page as the place where the negotiation happens: comments in the margin on words
selected in the text, positions and "approve reviewed" from the page, the procedure's questions
(circulate, reopen) asked and answered, and the discussion still open on the circulated text.

The same on a phone's viewport (390 × 844), where nothing may scroll sideways on any screen; an
axe-core scan of every screen reports no serious or critical violation; screenshots of each screen,
desktop and phone, and of the Arabic paragraph (its number on the right), go to test-artifacts/e2e.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from playwright.sync_api import BrowserContext, Locator, Page, Request, ViewportSize, expect

from tests.e2e.harness import Contexts, Shoot, World, csp_blocked
from tests.live_server import ROOT

AXE = ROOT / "frontend" / "node_modules" / "axe-core" / "axe.min.js"
P1 = "All parties shall protect the civic space in which civil society organisations work."
P2_AR = "تلتزم جميع الأطراف بحماية الفضاء المدني الذي تعمل فيه منظمات المجتمع المدني."
P3 = "The secretariat shall report on progress to the [next][annual] plenary meeting."
PHONE: ViewportSize = {"width": 390, "height": 844}


def make_document(context: BrowserContext, world: World, title: str) -> tuple[int, list[int]]:
    """A document of the working group with both governments as parties, made through the API
    as the secretariat does; its three paragraphs' ids."""
    parties = [world.delegations["AUR"].id, world.delegations["BOR"].id]
    origin = {"Origin": world.url}  # the cross-site guard wants to know where a write comes from
    answer = context.request.post(
        "/api/v1/documents",
        data={
            "title": title,
            "kind": "principles",
            "working_group_id": world.working_group_id,
            "parties": parties,
        },
        headers=origin,
    )
    assert answer.status == 201, answer.text()
    document_id = answer.json()["id"]
    ids = []
    for text in (P1, P2_AR, P3):
        made = context.request.post(
            f"/api/v1/documents/{document_id}/sections",
            data={"text": text, "kind": "paragraph"},
            headers=origin,
        )
        assert made.status == 201, made.text()
        ids.append(made.json()["id"])
    return document_id, ids


def section(page: Page, text: str) -> Locator:
    return (
        page.get_by_test_id("document-text")
        .get_by_test_id("section")
        .filter(has=page.get_by_test_id("section-text").filter(has_text=text))
    )


def margin(page: Page, section_id: int) -> Locator:
    return page.locator(f'[data-testid="margin"][data-section-id="{section_id}"]')


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
    return {
      x1: first.left + 1, y1: first.top + first.height / 2,
      x2: last.right - 1, y2: last.top + last.height / 2,
    };
  }
  return null;
}
"""


# Every frame from when the paragraphs show until the reader first presses: where they are on the
# page. A paragraph that moves in between moves its buttons under the reader's click.
WATCH_PARAGRAPHS = """
window.paragraphMoves = [];
(() => {
  let pressed = false;
  let first = null;
  addEventListener("pointerdown", () => { pressed = true; }, true);
  const frame = () => {
    if (pressed) return;
    const shown = document.querySelectorAll('[data-testid="section"]');
    const ys = Array.from(shown, (s) => Math.round(s.getBoundingClientRect().top + scrollY));
    if (first === null && ys.length > 0) first = ys;
    else if (first && ys.some((y, i) => i < first.length && Math.abs(y - first[i]) > 2)) {
      window.paragraphMoves.push({ from: first, to: ys });
      first = ys;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();
"""


def select_with_mouse(target: Locator, phrase: str) -> None:
    """Select `phrase` in `target`'s text by dragging the mouse across it, as a person would."""
    target.scroll_into_view_if_needed()
    box = target.evaluate(SPAN_OF_PHRASE, phrase)
    assert box is not None, f"{phrase!r} is not in the text"
    mouse = target.page.mouse
    mouse.move(box["x1"], box["y1"])
    mouse.down()
    mouse.move(box["x2"], box["y2"], steps=8)
    mouse.up()


def comment_on_words(
    page: Page, text: str, phrase: str, body: str, *, internal: bool = False
) -> None:
    """From the document page: select words, "Comment on the selected words", write, post."""
    select_with_mouse(section(page, text).get_by_test_id("section-text"), phrase)
    page.wait_for_function(
        "(phrase) => window.getSelection().toString().replace(/\\s+/g, ' ') === phrase", arg=phrase
    )
    page.get_by_test_id("comment-on-selection").click()
    composer = page.get_by_test_id("comment-composer")
    expect(composer.get_by_test_id("comment-quote")).to_have_value(phrase)
    expect(composer.get_by_test_id("comment-body")).to_be_focused()
    page.keyboard.insert_text(body)
    if internal:
        composer.get_by_test_id("comment-internal").check()
    composer.get_by_role("button", name="Comment", exact=True).click()
    expect(page.get_by_test_id("comment-composer")).to_have_count(0)
    thread = page.get_by_test_id("comment-thread").filter(has_text=body)
    expect(thread).to_be_visible()
    expect(thread.get_by_test_id("thread-quote")).to_have_text(phrase)
    # The anchored words are highlighted in the text itself.
    marks = section(page, text).locator("mark.anchor-mark")
    expect(marks.first).to_be_visible()
    assert phrase in "".join(marks.all_inner_texts())


def check_screen(page: Page, shoot: Shoot, name: str, *, full_page: bool = True) -> None:
    """Every screen: nothing scrolls sideways, axe finds nothing serious, and a screenshot."""
    # Not "networkidle": the live stream (SSE) stays open. The callers wait for what they need.
    page.wait_for_load_state("load")
    widths = page.evaluate(
        "() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]"
    )
    assert widths[0] <= widths[1], f"{name}: the page scrolls sideways ({widths[0]} > {widths[1]})"
    broken = layout_is_whole(page)
    assert not broken, f"{name}: these stick out of their card or the screen: {broken}"
    violations = axe(page)
    assert not violations, f"{name}: axe found {violations}"
    blocked = csp_blocked(page)
    assert not blocked, f"{name}: the Content-Security-Policy blocked {blocked}"
    shoot(page, name, full_page=full_page)


def layout_is_whole(page: Page) -> list[str]:
    """What sticks out sideways: a visible element past the screen's edge, or past the card it
    sits in (a list escaping its card does not make the page scroll, yet looks broken)."""
    found = page.evaluate(
        """() => {
          const width = document.scrollingElement.clientWidth;
          const out = [];
          const name = (e) => e.tagName.toLowerCase() + (
            e.dataset.testid ? `[${e.dataset.testid}]`
            : typeof e.className === 'string' && e.className ? '.' + e.className.split(' ')[0]
            : '');
          for (const e of document.querySelectorAll('main *')) {
            const r = e.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) continue;
            const style = getComputedStyle(e);
            if (style.visibility === 'hidden' || style.position === 'fixed') continue;
            if (e.closest('.visually-hidden, dialog')) continue;
            // Inside a box that scrolls sideways, wide content is reachable: whole, not cut off.
            let box = e.parentElement, scrolls = false;
            for (; box && box.tagName !== 'MAIN'; box = box.parentElement) {
              const x = getComputedStyle(box).overflowX;
              if (x === 'auto' || x === 'scroll') { scrolls = true; break; }
            }
            if (scrolls) continue;
            if (r.right > width + 1 || r.left < -1) {
              out.push(`${name(e)} past the screen`);
              continue;
            }
            const card = e.parentElement && e.parentElement.closest('.card');
            if (!card) continue;
            const c = card.getBoundingClientRect();
            if (r.right > c.right + 1 || r.left < c.left - 1) out.push(`${name(e)} past its card`);
          }
          return [...new Set(out)].slice(0, 8);
        }"""
    )
    return list(found)


def axe(page: Page) -> list[dict[str, Any]]:
    """axe-core's serious and critical violations on the page, in brief."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # Evaluated through the DevTools protocol: the app's CSP (script-src 'self') would refuse
        # an injected <script>, and rightly so.
        page.evaluate(f"() => {{ {AXE.read_text(encoding='utf-8')}\n}}")
        assert page.evaluate("() => typeof window.axe !== 'undefined'"), "axe-core did not load"
    found = page.evaluate(
        """async () => {
          const result = await window.axe.run(document, { resultTypes: ['violations'] });
          return result.violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => ({
              id: v.id,
              impact: v.impact,
              nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')),
            }));
        }"""
    )
    return list(found)


def every_screen(page: Page, shoot: Shoot, document_id: int, section_id: int, tag: str) -> None:
    """The screens a delegate or the secretariat reaches from the document page."""
    for name, path in (
        ("home", "/"),
        ("approvals", f"/documents/{document_id}/approvals"),
        ("compare", f"/documents/{document_id}/compare"),
        ("discuss", f"/documents/{document_id}/sections/{section_id}/discuss"),
        ("history", f"/documents/{document_id}/sections/{section_id}/history"),
    ):
        page.goto(path)
        expect(page.locator("main h1").first).to_be_visible()
        check_screen(page, shoot, f"margin-{tag}-{name}")


def test_comment_approve_and_circulate_from_the_document_page(
    contexts: Contexts, world: World, shoot: Shoot
) -> None:
    run_flow(contexts, world, shoot, viewport=None, tag="desktop")


def test_the_same_on_a_phone_without_sideways_scrolling(
    contexts: Contexts, world: World, shoot: Shoot
) -> None:
    run_flow(contexts, world, shoot, viewport=PHONE, tag="phone")


def run_flow(
    contexts: Contexts, world: World, shoot: Shoot, *, viewport: ViewportSize | None, tag: str
) -> None:
    officer = contexts.page_as("officer", f"officer-{tag}")
    delegate = contexts.page_as("delegate_a", f"delegate-{tag}")
    head = contexts.page_as("head_a", f"head-{tag}")
    if viewport:
        for page in (officer, delegate, head):
            page.set_viewport_size(viewport)
    document_id, (s1, s2, s3) = make_document(
        officer.context, world, f"Principles on Civic Space ({tag})"
    )
    doc = f"/documents/{document_id}"

    # --- a delegate comments on words selected in the text, in the margin -------------------
    delegate.add_init_script(WATCH_PARAGRAPHS)
    delegate.goto(doc)
    expect(section(delegate, P1)).to_be_visible()
    check_screen(delegate, shoot, f"margin-{tag}-document")
    assert delegate.evaluate("window.paragraphMoves") == [], "the paragraphs moved once shown"
    comment_on_words(delegate, P1, "civic space", "Aurelia prefers “civic and democratic space”.")
    comment_on_words(
        delegate, P1, "civil society", "Internal: ask the capital first.", internal=True
    )
    internal = delegate.get_by_test_id("comment-thread").filter(has_text="ask the capital")
    expect(internal.get_by_test_id("internal-badge")).to_be_visible()
    # A reply, then the thread resolved.
    thread = margin(delegate, s1).get_by_test_id("comment-thread").filter(has_text="democratic")
    thread.get_by_role("button", name="Reply").click()
    delegate.keyboard.insert_text("Or “civic space online and offline”.")
    thread.get_by_role("button", name="Send reply").click()
    expect(thread.get_by_test_id("comment")).to_have_count(2)
    check_screen(delegate, shoot, f"margin-{tag}-comments")
    # The thread's words, clicked in the text, bring the thread forward.
    section(delegate, P1).locator("mark.anchor-mark").first.click()
    expect(margin(delegate, s1).locator(".thread.active")).to_have_count(1)

    # --- the Arabic paragraph carries its number on the right --------------------------------
    arabic = section(delegate, P2_AR)
    expect(arabic).to_have_attribute("dir", "rtl")
    number = arabic.get_by_test_id("paragraph-number").bounding_box()
    text = arabic.get_by_test_id("section-text").bounding_box()
    assert number is not None and text is not None
    assert number["x"] > text["x"], "the Arabic paragraph's number is not on its right"
    arabic.scroll_into_view_if_needed()
    shoot(delegate, f"margin-{tag}-arabic", full_page=False)

    # --- the head approves one paragraph from its margin, then the reviewed ones at once -----
    asked: list[str] = []

    def note_comments(request: Request) -> None:
        path = urlsplit(request.url).path
        if request.method == "GET" and path.endswith("/comments"):
            asked.append(path)

    head.on("request", note_comments)
    head.goto(doc)
    # Para. 1's threads come after the text and make its row taller: wait for them, as a reader
    # would, before pressing a button below them.
    expect(margin(head, s1).get_by_test_id("comment-thread")).to_have_count(2)
    # Every margin's comments came in one request, none asked for again paragraph by paragraph.
    assert asked == [f"/api/v1/documents/{document_id}/comments"], asked
    margin(head, s3).get_by_test_id("approve").click()
    expect(margin(head, s3).get_by_test_id("my-position")).to_contain_text("AUR: Approves")
    margin(head, s1).get_by_label("Reviewed").check()
    margin(head, s2).get_by_label("Reviewed").check()
    panel = head.get_by_test_id("approve-reviewed")
    panel.get_by_role("button", name="Approve 2 reviewed paragraphs").click()
    dialog = head.get_by_test_id("approve-reviewed-dialog")
    expect(dialog).to_contain_text("para. 1, version 1")
    expect(dialog.get_by_role("button", name="Cancel")).to_be_focused()
    check_screen(head, shoot, f"margin-{tag}-approve-reviewed-dialog", full_page=False)
    dialog.get_by_role("button", name="Approve 2 reviewed paragraphs").click()
    expect(panel.get_by_test_id("approve-outcome")).to_contain_text("Approved 2 paragraphs")
    for sid in (s1, s2, s3):
        expect(margin(head, sid).get_by_test_id("my-position")).to_contain_text("AUR: Approves")
    check_screen(head, shoot, f"margin-{tag}-approved")

    # --- the secretariat is told what blocks adoption, in words, then circulates -------------
    officer.goto(doc)
    lifecycle = officer.get_by_test_id("lifecycle")
    blockers = lifecycle.get_by_test_id("adopt-blockers")
    expect(blockers).to_contain_text("BOR has not approved para. 1, para. 2, para. 3")
    expect(blockers).to_contain_text("bracketed")
    expect(lifecycle.get_by_role("button", name="Adopt")).to_be_disabled()
    lifecycle.get_by_role("button", name="Circulate").click()
    question = officer.get_by_test_id("lifecycle-dialog")
    expect(question).to_contain_text("Circulate the current text as Rev.1?")
    expect(question).to_contain_text("comments, amendments and positions stay open")
    expect(question.get_by_role("button", name="Cancel")).to_be_focused()
    check_screen(officer, shoot, f"margin-{tag}-circulate-question", full_page=False)
    question.get_by_role("button", name="Circulate Rev.1").click()
    expect(officer.get_by_test_id("document-status")).to_have_text("Circulated")
    expect(officer.get_by_test_id("status-notice")).to_contain_text("stay open")
    expect(lifecycle.get_by_test_id("silence-blockers")).to_contain_text("bracketed")

    # --- the delegate comments on the circulated text ----------------------------------------
    delegate.goto(doc)
    expect(delegate.get_by_test_id("document-status")).to_have_text("Circulated")
    expect(delegate.get_by_test_id("status-notice")).to_contain_text(
        "Comments, amendments and positions stay open"
    )
    expect(delegate.get_by_role("link", name=re.compile(r"^Edit "))).to_have_count(0)
    # The earlier threads are in place before words are selected (they move the text down).
    expect(margin(delegate, s1).get_by_test_id("comment-thread")).to_have_count(2)
    comment_on_words(delegate, P3, "plenary meeting", "Which plenary: the spring one?")
    expect(margin(delegate, s3).get_by_test_id("comment-thread")).to_have_count(1)
    check_screen(delegate, shoot, f"margin-{tag}-circulated")

    # --- the secretariat reopens, with a reason ----------------------------------------------
    lifecycle.get_by_role("button", name="Reopen for drafting").click()
    question = officer.get_by_test_id("lifecycle-dialog")
    expect(question.get_by_role("button", name="Cancel")).to_be_focused()
    confirm = question.get_by_role("button", name="Reopen for drafting")
    expect(confirm).to_be_disabled()
    question.get_by_label("Reason for reopening").fill("Borealia asks for one more round.")
    check_screen(officer, shoot, f"margin-{tag}-reopen-question", full_page=False)
    confirm.click()
    expect(officer.get_by_test_id("document-status")).to_have_text("Drafting")

    every_screen(delegate, shoot, document_id, s1, tag)
