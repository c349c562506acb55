"""Brackets across paragraphs on the document page: the real Paris draft of 10 November 2015 (its
bracketed articles marked from the paragraph that opens them to the one that closes them) and an
Arabic text bracketed over three paragraphs, on a desktop and on a phone."""

from __future__ import annotations

from playwright.sync_api import Page, ViewportSize, expect
from sqlmodel import col, select

from concord.core.db import make_engine, transaction
from concord.deliberation import amendments
from concord.deliberation.schemas import AmendmentCreate
from concord.drafting import service as drafting
from concord.drafting.models import DocumentKind, SectionKind
from concord.drafting.schemas import DocumentCreate, SectionCreate
from concord.identity.access import viewer_for
from concord.identity.models import Delegation, User
from tests.bench.real_corpus import UNFCCC_NOVEMBER, UNFCCC_TITLE, parse
from tests.e2e.harness import PEOPLE, Contexts, Shoot, World, call_api

PHONE: ViewportSize = {"width": 390, "height": 844}
ARABIC = [
    "[إن الدول الأطراف في هذا الاتفاق،",
    "إذ تدرك أن السلام والأمن والتنمية مترابطة،",
    "وإذ تؤكد التزامها بحقوق الإنسان،]",
    "تتفق على ما يلي:",
]


def load(
    world: World, title: str, texts: list[tuple[str, SectionKind]], parties: tuple[str, ...] = ()
) -> int:
    engine = make_engine(world.database_url)
    try:
        with transaction(engine) as session:
            user = session.exec(select(User).where(User.email == PEOPLE["officer"].email)).one()
            viewer = viewer_for(session, user)
            ids = [
                d.id
                for d in session.exec(select(Delegation).where(col(Delegation.code).in_(parties)))
                if d.id is not None
            ]
            document = drafting.create_document(
                session,
                viewer,
                DocumentCreate(title=title, kind=DocumentKind.statement, parties=ids),
            )
            for text, kind in texts:
                drafting.create_section(
                    session,
                    viewer,
                    document,
                    SectionCreate(
                        text=text,
                        kind=kind,
                        level=1 if kind == SectionKind.heading else None,
                    ),
                    append=True,
                )
            assert document.id is not None
            return document.id
    finally:
        engine.dispose()


def open_document(page: Page, document_id: int) -> None:
    page.goto(f"/documents/{document_id}")
    expect(page.get_by_test_id("document-title")).to_be_visible()


def test_paris_draft_marks_the_paragraphs_inside_bracketed_articles(
    contexts: Contexts, world: World, shoot: Shoot
) -> None:
    parts = parse(UNFCCC_NOVEMBER)
    document_id = load(world, UNFCCC_TITLE, [(p.text, p.kind) for p in parts])
    page = contexts.page_as("officer")
    open_document(page, document_id)
    text = page.get_by_test_id("document-text")
    expect(text.locator('[data-testid="section"]')).to_have_count(len(parts))
    # 37 spans cross paragraphs: each opens once and closes once.
    expect(text.locator('[data-testid="span-notes"] [data-role="opens"]')).to_have_count(37)
    expect(text.locator('[data-testid="span-notes"] [data-role="closes"]')).to_have_count(37)
    expect(page.get_by_test_id("bracketed-share")).to_have_text(
        "84 % of the text is still bracketed"
    )
    expect(page.get_by_test_id("crossing-spans")).to_contain_text("37 bracketed spans run")
    opening = text.locator(".section.span-opens").first
    opening.scroll_into_view_if_needed()
    expect(opening.get_by_test_id("span-notes")).to_contain_text("Brackets open here and close in")
    bar = opening.evaluate("e => getComputedStyle(e).borderInlineStartWidth")
    assert bar == "4px", bar
    shoot(page, "brackets-paris-desktop", full_page=False)
    page.set_viewport_size(PHONE)
    opening.scroll_into_view_if_needed()
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, overflow
    shoot(page, "brackets-paris-phone", full_page=False)


def test_arabic_preamble_bracketed_over_three_paragraphs(
    contexts: Contexts, world: World, shoot: Shoot
) -> None:
    document_id = load(world, "إعلان (مسودة)", [(t, SectionKind.paragraph) for t in ARABIC])
    page = contexts.page_as("officer")
    open_document(page, document_id)
    sections = page.get_by_test_id("document-text").locator('[data-testid="section"]')
    roles = sections.evaluate_all("els => els.map(e => e.getAttribute('data-span-roles'))")
    assert roles == ["opens", "inside", "closes", None], roles
    expect(sections.nth(0)).to_contain_text("close in para. 3")
    expect(sections.nth(2)).to_contain_text("opened in para. 1 close here")
    # The bar stands on the paragraph's start side: the right, for a right-to-left paragraph.
    side = sections.nth(1).evaluate("e => getComputedStyle(e).borderRightWidth")
    assert side == "4px", side
    # Adoption is foreseen blocked by one span over three paragraphs, not two "unbalanced" ones.
    blocker = page.get_by_text("1 bracketed span remains (para. 1, para. 2, para. 3).")
    expect(blocker).to_be_visible()
    shoot(page, "brackets-arabic-desktop")
    page.set_viewport_size(PHONE)
    shoot(page, "brackets-arabic-phone")


def test_chair_keeps_one_alternative_and_one_option_from_the_page(
    contexts: Contexts, world: World, shoot: Shoot
) -> None:
    texts = [
        "Parties [shall][should] communicate their contributions.",
        "Option 1: Every five years.\nOption 2: Every ten years.",
    ]
    document_id = load(world, "Choices (draft)", [(t, SectionKind.paragraph) for t in texts])
    page = contexts.page_as("officer")
    open_document(page, document_id)
    sections = page.get_by_test_id("document-text").locator('[data-testid="section"]')
    first, second = sections.nth(0), sections.nth(1)
    first.get_by_test_id("choices").locator("summary").click()
    expect(first.get_by_test_id("alternatives")).to_contain_text("[shall]")
    shoot(page, "brackets-choices-desktop", full_page=False)
    first.get_by_role("button", name="Keep “should” in para. 1").click()
    expect(first.get_by_test_id("section-text")).to_have_text(
        "Parties should communicate their contributions."
    )
    expect(first.get_by_test_id("choices")).to_have_count(0)
    second.get_by_test_id("choices").locator("summary").click()
    second.get_by_role("button", name="Keep “Option 2” in para. 2").click()
    expect(second.get_by_test_id("section-text")).to_have_text("Every ten years.")


def test_chair_compiles_two_amendments_into_bracketed_alternatives(
    contexts: Contexts, world: World, shoot: Shoot
) -> None:
    text = "Parties shall communicate their contributions."
    document_id = load(world, "Compilation (draft)", [(text, SectionKind.paragraph)])
    engine = make_engine(world.database_url)
    try:
        with transaction(engine) as session:
            section = drafting.live_sections(session, document_id)[0][0]
            for who, word in (("head_a", "should"), ("head_b", "may")):
                person = session.exec(select(User).where(User.email == PEOPLE[who].email)).one()
                amendments.propose(
                    session,
                    viewer_for(session, person),
                    section,
                    AmendmentCreate(text=text.replace("shall", word), base_version=1),
                )
            section_id = section.id
    finally:
        engine.dispose()
    page = contexts.page_as("officer")
    page.goto(f"/documents/{document_id}/sections/{section_id}/discuss")
    panel = page.get_by_test_id("amendments")
    expect(panel.get_by_test_id("amendment-options").locator("article")).to_have_count(2)
    shoot(page, "compile-before-desktop", full_page=False)
    panel.get_by_test_id("compile").click()
    dialog = page.get_by_test_id("compile-dialog")
    expect(dialog).to_contain_text("2 open amendments")
    expect(dialog.get_by_test_id("cancel")).to_be_focused()
    dialog.get_by_test_id("confirm").click()
    expect(page.get_by_test_id("discuss-page")).to_contain_text(
        "Parties [shall][should][may] communicate their contributions."
    )
    expect(panel.get_by_test_id("compile")).to_have_count(0)
    expect(panel).to_contain_text("No open amendments")
    shoot(page, "compile-after-desktop", full_page=False)
    page.set_viewport_size(PHONE)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, overflow
    shoot(page, "compile-after-phone")


def test_chair_sets_holders_then_cleans_and_deletes_spans_from_the_page(
    contexts: Contexts, world: World, shoot: Shoot
) -> None:
    texts = [
        "Parties [shall] act [promptly] [now].",
        "The Parties agree [to cooperate,",
        "recalling the Convention,",
        "and to act now.] Done.",
        "[Article 9 is agreed,",
        "with its last words.] Final.",
    ]
    document_id = load(
        world, "Closing brackets (draft)", [(t, SectionKind.paragraph) for t in texts], ("AUR",)
    )
    page = contexts.page_as("officer")
    open_document(page, document_id)
    sections = page.get_by_test_id("document-text").locator('[data-testid="section"]')
    first = sections.nth(0)
    tools = first.get_by_test_id("bracket-tools")
    tools.locator("summary").click()
    expect(tools.get_by_test_id("bracket-span")).to_have_count(3)
    # Who holds "[shall]": the chair ticks Aurelia.
    tools.get_by_role("button", name="Who holds “[shall]” in para. 1").click()
    form = tools.get_by_test_id("holders-form")
    form.get_by_label("Republic of Aurelia").check()
    shoot(page, "brackets-holders-desktop", full_page=False)
    form.get_by_role("button", name="Save holders").click()
    expect(first.get_by_test_id("held-bracket")).to_have_text("[shall] held by Republic of Aurelia")
    # A delegate of Aurelia sees its holding next to the bracket too.
    delegate = contexts.page_as("head_a")
    open_document(delegate, document_id)
    expect(delegate.get_by_test_id("held-bracket").first).to_have_text(
        "[shall] held by Republic of Aurelia"
    )
    expect(delegate.get_by_test_id("bracket-tools")).to_have_count(0)
    # The chair's tools in Arabic: the interface's words from the right.
    arabic = contexts.page_as("officer", "officer-brackets-arabic")
    open_document(arabic, document_id)
    try:
        arabic.get_by_test_id("language-switch").select_option("ar")
        expect(arabic.locator("html")).to_have_attribute("dir", "rtl")
        held = arabic.get_by_test_id("held-bracket").first
        expect(held).to_contain_text("يتمسّك بها")
        arabic_tools = arabic.get_by_test_id("bracket-tools").first
        arabic_tools.locator("summary").click()
        arabic_tools.locator("button", has_text="المتمسّكون…").first.click()
        expect(arabic_tools.get_by_test_id("holders-form")).to_be_visible()
        shoot(arabic, "brackets-tools-arabic-desktop", full_page=False)
        arabic.set_viewport_size(PHONE)
        arabic_tools.scroll_into_view_if_needed()
        overflow = arabic.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, overflow
        shoot(arabic, "brackets-tools-arabic-phone", full_page=False)
    finally:
        # The choice is kept on the server: the other browser tests sign in as the officer too.
        call_api(arabic.context, world, "PATCH", "/notifications/preferences", {"language": "en"})

    messages: list[str] = []

    def confirm() -> None:
        """The chair confirms in the page's dialog, which starts on Cancel (the safe choice)."""
        dialog = page.get_by_test_id("bracket-decision-dialog")
        expect(dialog.get_by_test_id("cancel")).to_be_focused()
        messages.append(dialog.inner_text())
        dialog.get_by_test_id("confirm").click()
        expect(dialog).to_have_count(0)

    tools = first.get_by_test_id("bracket-tools")
    if tools.get_attribute("open") is None:
        tools.locator("summary").click()
    tools.get_by_role("button", name="Accept the text of “[promptly]” in para. 1").click()
    confirm()
    expect(first.get_by_test_id("section-text")).to_have_text("Parties [shall] act promptly [now].")
    assert "Remove the brackets around “[promptly]”" in messages[-1], messages
    tools = first.get_by_test_id("bracket-tools")
    if tools.get_attribute("open") is None:
        tools.locator("summary").click()
    tools.get_by_role("button", name="Delete “[now]” from para. 1").click()
    confirm()
    expect(first.get_by_test_id("section-text")).to_have_text("Parties [shall] act promptly.")
    assert "Delete “[now]”, words and brackets, from para. 1?" in messages[-1], messages

    # A span over three paragraphs: deleted, the paragraph inside retired.
    second = sections.nth(1)
    tools = second.get_by_test_id("bracket-tools")
    tools.locator("summary").click()
    span = tools.locator('[data-testid="bracket-span"][data-across]')
    expect(span).to_contain_text("runs to para. 4")
    shoot(page, "brackets-span-tools-desktop", full_page=False)
    page.set_viewport_size(PHONE)
    second.scroll_into_view_if_needed()
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, overflow
    shoot(page, "brackets-span-tools-phone", full_page=False)
    page.set_viewport_size({"width": 1280, "height": 900})
    span.get_by_role("button", name="Delete “[to cooperate,” from para. 2").click()
    confirm()
    expect(sections).to_have_count(5)
    assert "para. 3 is retired" in messages[-1], messages
    expect(sections.nth(1).get_by_test_id("section-text")).to_have_text("The Parties agree")
    expect(sections.nth(2).get_by_test_id("section-text")).to_have_text("Done.")

    # Another, accepted as agreed text: both ends saved without their bracket.
    opening = sections.nth(3)
    tools = opening.get_by_test_id("bracket-tools")
    tools.locator("summary").click()
    tools.get_by_role(
        "button", name="Accept the text of “[Article 9 is agreed,” in para. 4"
    ).click()
    confirm()
    expect(opening.get_by_test_id("section-text")).to_have_text("Article 9 is agreed,")
    expect(sections.nth(4).get_by_test_id("section-text")).to_have_text(
        "with its last words. Final."
    )
    assert "from para. 4 to para. 5" in messages[-1], messages
    expect(page.get_by_test_id("crossing-spans")).to_have_count(0)
    shoot(page, "brackets-closed-desktop", full_page=False)
