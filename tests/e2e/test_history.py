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
