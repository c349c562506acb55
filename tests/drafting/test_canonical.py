"""Canonical Markdown: one spelling per thing, as the editor writes it (docs/markdown.md)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import Session

from concord.drafting.canonical import canonical
from concord.drafting.render import render_html
from concord.identity.models import User
from tests import factories
from tests.corpus import paragraphs

CORPUS = paragraphs.real_paragraphs() + paragraphs.demo_paragraphs()


def reading(markdown: str) -> str:
    """What a reader sees: the HTML, less the spaces at the end of a line (never shown), and
    with the two limits of docs/markdown.md: a code block of one empty line reads as an empty
    one, and a line break in a heading as a space."""
    html = re.sub(r"[ \t]+(<br />|\n)", r"\1", render_html(markdown))
    html = re.sub(r"(<pre><code[^>]*>)\n</code></pre>", r"\1</code></pre>", html)
    return re.sub(r"<h([1-6])>(.*?)</h\1>", _heading_on_one_line, html, flags=re.DOTALL)


def _heading_on_one_line(heading: re.Match[str]) -> str:
    text = re.sub(r"(<br />)?\n", " ", heading[2]).strip()
    return f"<h{heading[1]}>{text}</h{heading[1]}>"


def test_the_fixture_the_editor_checks_is_what_the_server_writes() -> None:
    # The web app's test (editor/markdown.test.ts) compares its output with this file.
    stored = json.loads(paragraphs.FIXTURE.read_text(encoding="utf-8"))
    assert stored == paragraphs.fixture(), "run: uv run python -m tests.corpus.paragraphs"


def test_every_real_and_demo_paragraph_is_covered() -> None:
    sources = {source for source, _ in CORPUS}
    assert sources == {
        "demo.py",
        "g7-hiroshima-2023-leaders-communique.md",
        "udhr-1948-arabic.md",
        "udhr-1948-hebrew-preamble.md",
        "unfccc-adp-2015-11-10-draft-agreement-and-decision.md",
        "unfccc-adp-2015-12-04-draft-agreement-and-decision.md",
    }
    assert len(CORPUS) > 1300
    assert any("[^" in text for _, text in CORPUS)  # footnotes travel with their paragraph


@pytest.mark.parametrize("source", sorted({source for source, _ in CORPUS}))
def test_canonical_spelling_is_a_fixed_point_and_reads_the_same(source: str) -> None:
    for _, text in (item for item in CORPUS if item[0] == source):
        spelled = canonical(text)
        assert canonical(spelled) == spelled
        assert reading(spelled) == reading(text), text


@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        ("_a_ __b__ *c* **d**", "*a* **b** *c* **d**"),
        ("* one\n* two", "- one\n- two"),
        ("3) three\n4) four", "3. three\n4. four"),
        ("line  \nbreak", "line\\\nbreak"),
        ("[shall][should] NDMC*", "[shall][should] NDMC\\*"),
        ("Pp1 [x](a) [^1]\n\n[^1]:   Note", "Pp1 [x](a) [^1]\n\n[^1]: Note"),
        ("|a|b|\n|:-|-|\n|1|2|", "| a | b |\n| :--- | --- |\n| 1 | 2 |"),
        ("Title\n=====", "# Title"),
        ("***", "___"),
        ("\\[^1] is not a note", "\\[^1] is not a note"),
        ("```\n\n```", "```\n```"),
    ],
)
def test_two_spellings_of_one_thing_become_one(text: str, spelled: str) -> None:
    assert canonical(text) == spelled


PIECES = st.sampled_from(paragraphs.PIECES)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=14))
def test_canonical_of_generated_markdown_is_a_fixed_point_that_reads_the_same(
    parts: list[str],
) -> None:
    # Ends with a newline: a fence left open then ends its code with one, as the closed fence does.
    text = " ".join(parts) + "\n\n[^1]: Note.\n"
    spelled = canonical(text)
    assert canonical(spelled) == spelled
    assert reading(spelled) == reading(text)


# ---- On save ---------------------------------------------------------------------------------


@pytest.fixture
def document_id(session: Session, user: User) -> int:
    document = factories.make_document(session, author=user, sections=0)
    assert document.id is not None
    return document.id


def _versions(api: TestClient, section_id: int) -> list[dict[str, Any]]:
    return list(api.get(f"/api/v1/sections/{section_id}/versions").json())


def test_a_new_section_is_stored_in_its_canonical_spelling(
    api: TestClient, document_id: int
) -> None:
    response = api.post(
        f"/api/v1/documents/{document_id}/sections", json={"text": "_We_ shall * act"}
    )
    assert response.status_code == 201, response.text
    section_id = response.json()["id"]
    assert _versions(api, section_id)[-1]["text"] == "*We* shall \\* act"


def test_saving_another_spelling_of_the_current_text_makes_no_version(
    api: TestClient, document_id: int
) -> None:
    text = "Parties *shall* act:\n\n- [now]\n- [later]"
    section_id = api.post(f"/api/v1/documents/{document_id}/sections", json={"text": text}).json()[
        "id"
    ]
    again = api.post(
        f"/api/v1/sections/{section_id}/versions",
        json={"text": "Parties _shall_ act:\n* [now]\n* [later]\n", "base_version": 1},
    )
    assert again.status_code == 200, again.text
    assert again.json()["created"] is False
    assert len(_versions(api, section_id)) == 1


@pytest.mark.parametrize("index", range(0, 1300, 97))
def test_a_real_paragraph_saved_unchanged_makes_no_version(
    api: TestClient, document_id: int, index: int
) -> None:
    _, text = CORPUS[index]
    section_id = api.post(f"/api/v1/documents/{document_id}/sections", json={"text": text}).json()[
        "id"
    ]
    stored = _versions(api, section_id)[-1]["text"]
    assert stored == canonical(text)
    again = api.post(
        f"/api/v1/sections/{section_id}/versions", json={"text": stored, "base_version": 1}
    )
    assert again.json()["created"] is False
