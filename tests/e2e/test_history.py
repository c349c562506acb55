"""A paragraph's history as a drafter reads it: any version in full, and an earlier text restored
as a new version through the ordinary save (nothing overwritten)."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import Page, expect

from tests.e2e.harness import Contexts, Shoot, World


def save(page: Page, world: World, section_id: int, text: str, base: int) -> dict[str, Any]:
    response = page.request.post(
        f"/api/v1/sections/{section_id}/versions",
        data={"text": text, "base_version": base},
        headers={"Origin": world.url},
    )
    assert response.status == 201, response.text()
    answer: dict[str, Any] = response.json()
    return answer


def test_a_version_is_read_in_full_and_restored(
    contexts: Contexts, world: World, shoot: Shoot
) -> None:
    page = contexts.page_as("officer")
    document = page.request.get(f"/api/v1/documents/{world.benchmark_document_id}").json()
    section = next(s for s in document["sections"] if s["kind"] == "paragraph")
    first = section["current"]
    rewrite = "The *first* rewrite of this paragraph."
    second = save(page, world, section["id"], rewrite, first["number"])
    third = save(page, world, section["id"], "A second rewrite.", second["number"])

    path = f"/documents/{world.benchmark_document_id}/sections/{section['id']}/history"
    page.goto(path)
    page.get_by_role("button", name=f"Read version {second['number']} in full").click()
    in_full = page.get_by_test_id("version-in-full")
    # Rendered as it reads, never as Markdown.
    expect(in_full.locator("em")).to_have_text("first")
    expect(in_full).not_to_contain_text("*first*")
    shoot(page, "history-version-in-full")

    in_full.get_by_role("button", name="Restore this text").click()
    dialog = page.get_by_role("dialog")
    # The safe choice has the focus.
    expect(dialog.get_by_role("button", name="Keep the current text")).to_be_focused()
    dialog.get_by_role("button", name="Restore this text").click()
    restored = third["number"] + 1
    expect(in_full.get_by_role("status")).to_contain_text(f"is now version {restored}")

    current = page.request.get(f"/api/v1/sections/{section['id']}").json()["current"]
    assert current["number"] == restored
    assert current["text"] == rewrite
    versions = page.request.get(f"/api/v1/sections/{section['id']}/versions").json()
    assert [v["number"] for v in versions] == list(range(1, restored + 1))  # nothing overwritten


def test_history_compares_the_rendered_text_not_its_markdown(
    contexts: Contexts, world: World, shoot: Shoot
) -> None:
    page = contexts.page_as("officer")
    document = page.request.get(f"/api/v1/documents/{world.benchmark_document_id}").json()
    section = [s for s in document["sections"] if s["kind"] == "paragraph"][1]
    base = section["current"]["number"]
    one = save(page, world, section["id"], "We shall act together.[^1]\n\n[^1]: A note.", base)
    two = save(
        page,
        world,
        section["id"],
        "We *shall* act together, now.[^1]\n\n[^1]: A note.",
        one["number"],
    )
    path = f"/documents/{world.benchmark_document_id}/sections/{section['id']}/history"
    page.goto(f"{path}?from={one['number']}&to={two['number']}")
    diff = page.get_by_test_id("section-diff")
    expect(diff.locator("ins").first).to_be_visible()
    text = diff.inner_text()
    for syntax in ("*", "[^1]", "[^"):
        assert syntax not in text, (syntax, text)
    # The emphasised word is restyled, not shown as removed and added again.
    expect(diff.locator(".restyled em")).to_have_text("shall")
    assert "shall" not in " ".join(diff.locator("del").all_inner_texts())
    assert "now" in " ".join(diff.locator("ins").all_inner_texts())
    expect(diff.locator("sup.footnote-ref")).to_have_count(1)
    shoot(page, "history-rendered-diff")


def test_the_redline_download_compares_the_last_revision_with_now(
    contexts: Contexts, world: World, shoot: Shoot
) -> None:
    page = contexts.page_as("officer")
    document_id = world.benchmark_document_id
    for _ in range(2):
        made = page.request.post(
            f"/api/v1/documents/{document_id}/revisions", data={}, headers={"Origin": world.url}
        )
        assert made.status == 201, made.text()
    labels = [
        r["label"] for r in page.request.get(f"/api/v1/documents/{document_id}/revisions").json()
    ]
    last, before = labels[-1], labels[-2]
    page.goto(f"/documents/{document_id}")
    downloads = page.get_by_test_id("downloads")
    compare = downloads.get_by_test_id("download-compare-to")
    expect(compare).to_have_value(last)
    link = downloads.get_by_test_id("download-redline")
    query = f"variant=redline&revision=head&compare_to={last}"
    expect(link).to_have_attribute("href", f"/api/v1/documents/{document_id}/export.docx?{query}")
    downloads.scroll_into_view_if_needed()
    shoot(page, "redline-default-pair", full_page=False)

    # A revision is compared with the one before it, and never offered against itself.
    downloads.get_by_test_id("download-revision").select_option(last)
    expect(compare).to_have_value(before)
    offered = compare.locator("option").all_inner_texts()
    assert last not in offered and "Current text" not in offered, offered
    href = link.get_attribute("href")
    assert href is not None and f"revision={last}" in href and f"compare_to={before}" in href
    answer = page.request.get(href)
    assert answer.status == 200, answer.text()
