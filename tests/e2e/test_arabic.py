"""The interface in Arabic, right to left: the head of a delegation chooses Arabic in the header,
and the document page, the editor and the approval matrix are laid out from the right, on a desktop
and on a phone (390 × 844): nothing sticks out of its card or the screen (test_margin's layout
check), the Tab key walks the header from right to left as it reads, and the choice is kept on
the server so that another browser opens in Arabic too (the latest choice, in any browser, wins).
Screenshots go to test-artifacts/e2e."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.e2e.harness import Contexts, Shoot, World, call_api
from tests.e2e.test_margin import PHONE, layout_is_whole, make_document


def laid_out_right_to_left(page: Page, shoot: Shoot, name: str) -> None:
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    expect(page.locator("main h1").first).to_be_visible()
    expect(page.get_by_text("جارٍ التحميل…")).to_have_count(0)
    widths = page.evaluate(
        "() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]"
    )
    assert widths[0] <= widths[1], f"{name}: the page scrolls sideways ({widths[0]} > {widths[1]})"
    broken = layout_is_whole(page)
    assert not broken, f"{name}: these stick out of their card or the screen: {broken}"
    shoot(page, name)


def header_tab_order(page: Page) -> list[float]:
    """The left edges of what Tab reaches in the top bar, in the order it reaches them."""
    page.locator("body").focus()
    page.keyboard.press("Tab")  # the skip link
    edges: list[float] = []
    for _ in range(6):
        page.keyboard.press("Tab")
        box = page.evaluate(
            "() => { const e = document.activeElement;"
            " return e && e.closest('.topbar') ? e.getBoundingClientRect().left : null; }"
        )
        if box is None:
            break
        edges.append(box)
    return edges


def test_the_document_editor_and_matrix_in_arabic(
    contexts: Contexts, world: World, shoot: Shoot
) -> None:
    officer = contexts.page_as("officer", "officer-arabic")
    document_id, sections = make_document(officer.context, world, "Arabic interface")
    head = contexts.page_as("head_a", "head-arabic")
    try:
        head.goto(f"/documents/{document_id}")
        expect(head.locator("html")).to_have_attribute("dir", "ltr")
        head.get_by_test_id("language-switch").select_option("ar")
        expect(head.locator("html")).to_have_attribute("dir", "rtl")
        expect(head.get_by_role("navigation").get_by_role("link", name="وثائقي")).to_be_visible()

        # The document page: the brand at the right edge, the text's column from the right.
        laid_out_right_to_left(head, shoot, "arabic document page desktop")
        brand = head.locator(".brand").bounding_box()
        person = head.get_by_test_id("signed-in-person").bounding_box()
        assert brand and person and brand["x"] > person["x"], (
            "the brand starts the bar on the right"
        )
        order = header_tab_order(head)
        assert len(order) >= 3, order
        assert order == sorted(order, reverse=True), (
            f"Tab goes right to left in the header: {order}"
        )

        head.goto(f"/documents/{document_id}/sections/{sections[0]}/edit")
        expect(head.locator(".ProseMirror, textarea").first).to_be_visible()
        laid_out_right_to_left(head, shoot, "arabic editor desktop")

        head.goto(f"/documents/{document_id}/approvals")
        expect(head.get_by_role("heading", name="مصفوفة الموافقات")).to_be_visible()
        laid_out_right_to_left(head, shoot, "arabic approval matrix desktop")

        head.set_viewport_size(PHONE)
        for path, name in (
            (f"/documents/{document_id}", "arabic document page phone"),
            (f"/documents/{document_id}/sections/{sections[0]}/edit", "arabic editor phone"),
            (f"/documents/{document_id}/approvals", "arabic approval matrix phone"),
        ):
            head.goto(path)
            laid_out_right_to_left(head, shoot, name)

        # The choice is the person's: a new browser, signed in as them, opens in Arabic.
        again = contexts.page_as("head_a", "head-arabic-elsewhere")
        again.goto(f"/documents/{document_id}")
        expect(again.locator("html")).to_have_attribute("dir", "rtl")
        # The latest choice wins: French chosen there is what the first browser shows next, and
        # that browser's own earlier choice (Arabic) does not overwrite it on the server.
        again.get_by_test_id("language-switch").select_option("fr")
        expect(again.locator("html")).to_have_attribute("lang", "fr")
        head.goto(f"/documents/{document_id}")
        expect(head.locator("html")).to_have_attribute("lang", "fr")
        expect(head.locator("html")).to_have_attribute("dir", "ltr")
        chosen = call_api(head.context, world, "GET", "/notifications/preferences")
        assert chosen["language"] == "fr", chosen
    finally:
        # The choice is kept on the server: the other browser tests sign in as this person too.
        call_api(head.context, world, "PATCH", "/notifications/preferences", {"language": "en"})
