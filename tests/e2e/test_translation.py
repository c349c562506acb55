"""A translator keeps the Arabic text current while the English changes: the secretariat adds
the language and names the translator, the translator translates, the original changes, the
translator sees what changed and updates the translation; a party comments on the Arabic; then
the Arabic Word file."""

from __future__ import annotations

import io
import re

import docx
from playwright.sync_api import expect

from tests.e2e.harness import Contexts, Shoot, World
from tests.e2e.test_editing import create_document, edit_in_place
from tests.e2e.test_negotiation import compose, replace_editor_text

EN = "Parties shall publish their positions."
EN_NEW = "Parties shall publish their positions promptly."
AR = "تنشر الأطراف مواقفها."
AR_NEW = "تنشر الأطراف مواقفها على الفور."
AR_REMARK = "«مواقفها» أدق من «آرائها» هنا."


def test_a_translator_keeps_the_arabic_current(
    contexts: Contexts, world: World, shoot: Shoot
) -> None:
    officer = contexts.page_as("officer")
    document_id = create_document(officer, world)
    officer.get_by_role("button", name="Add paragraph").click()
    compose(officer, EN)

    # The secretariat publishes the statement in Arabic and names the translator.
    officer.get_by_role("link", name="Translations").click()
    expect(officer.get_by_test_id("no-languages")).to_be_visible()
    officer.get_by_test_id("add-language").select_option("ar")
    officer.get_by_role("button", name="Add", exact=True).click()
    expect(officer.get_by_role("heading", name="Arabic translation")).to_be_visible()
    officer.get_by_test_id("translator-person").select_option(label=world.person("member").name)
    officer.get_by_role("button", name="Name a translator").click()
    facts = officer.get_by_test_id("language-facts")
    expect(facts).to_contain_text(f"Translators: {world.person('member').name}")
    expect(facts).to_contain_text("authentic")
    expect(officer.get_by_test_id("translation-counts")).to_have_text(
        "0 current · 0 out of date · 1 not translated"
    )

    # The translator translates, in the rich-text editor, right to left.
    translator = contexts.page_as("member")
    translator.goto(f"/documents/{document_id}/translations?language=ar")
    item = translator.get_by_test_id("translation-row").first
    expect(item).to_have_attribute("data-status", "missing")
    item.get_by_test_id("translate").click()
    editor = item.get_by_test_id("translation-editor")
    replace_editor_text(editor, AR)
    assert editor.evaluate("e => getComputedStyle(e).direction") == "rtl"
    item.get_by_test_id("save-translation").click()
    expect(item).to_have_attribute("data-status", "current")
    expect(item.get_by_test_id("translation-text")).to_have_text(AR)

    # A party's head reads the Arabic and comments on its words; the translator's page counts
    # the comment as it is made.
    head = contexts.page_as("head_a")
    head.goto(f"/documents/{document_id}/translations?language=ar")
    row = head.get_by_test_id("translation-row").first
    row.get_by_test_id("translation-comments-toggle").click()
    row.get_by_test_id("comment-quote").fill("مواقفها")
    row.get_by_test_id("comment-body").fill(AR_REMARK)
    row.get_by_role("button", name="Comment", exact=True).click()
    thread = row.get_by_test_id("comment-thread")
    expect(thread).to_contain_text(AR_REMARK)
    expect(thread.get_by_test_id("thread-quote")).to_contain_text("مواقفها")
    expect(item.get_by_test_id("translation-comments-toggle")).to_have_text("1 comment")
    shoot(head, "43-translation-comment")
    # …and not on the original's discussion: the document page counts none.
    head.goto(f"/documents/{document_id}")
    expect(head.get_by_test_id("comment-count")).to_have_text("0 comments")

    # The original changes: the translation is out of date, with what changed.
    officer.goto(f"/documents/{document_id}")
    edit_in_place(officer, EN)
    replace_editor_text(officer.get_by_test_id("section-editor"), EN_NEW)
    officer.get_by_test_id("save-section").click()
    expect(officer.get_by_test_id("in-place-editor")).to_have_count(0)

    # The translator's page follows the original live: no reload.
    expect(item).to_have_attribute("data-status", "out_of_date")
    item.get_by_role("button", name=re.compile("What changed in the original")).click()
    changes = item.get_by_test_id("source-changes")
    expect(changes.locator("ins")).to_have_text(["promptly"])
    shoot(translator, "40-translation-out-of-date")
    item.get_by_test_id("translate").click()
    replace_editor_text(item.get_by_test_id("translation-editor"), AR_NEW)
    item.get_by_test_id("save-translation").click()
    expect(item).to_have_attribute("data-status", "current")
    expect(translator.get_by_test_id("translation-counts")).to_have_text(
        "1 current · 0 out of date · 0 not translated"
    )
    shoot(translator, "41-translation-current")
    translator.set_viewport_size({"width": 390, "height": 844})
    shoot(translator, "42-translation-phone")
    width = translator.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the translation page is wider than a phone: {width}px"

    # The secretariat's Arabic Word file holds the Arabic text, right to left.
    response = officer.request.get(
        f"/api/v1/documents/{document_id}/export.docx", params={"language": "ar"}
    )
    assert response.ok, response.text()
    paragraphs = docx.Document(io.BytesIO(response.body())).paragraphs
    assert any(AR_NEW in p.text for p in paragraphs)
    assert not any(EN_NEW in p.text for p in paragraphs)
