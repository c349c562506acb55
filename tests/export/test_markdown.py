"""The Markdown writer, on ExportDocuments built by hand."""

from __future__ import annotations

import re
from dataclasses import replace

from concord.export.content import (
    ExportSection,
    ParagraphStatus,
    Position,
    Statement,
    Step,
)
from concord.export.markdown import split_notes, to_markdown
from tests.export.support import AT, document, para


def test_numbers_headings_and_title_block() -> None:
    heading = ExportSection(1, "heading", 1, None, "Preamble", 1)
    text = to_markdown(document(heading, para(2, 1, "First."), para(3, 2, "- a list item")))
    lines = text.splitlines()
    assert lines[0] == r"# Summit \*Statement\*"
    assert lines[2] == "Amman, 1 December 2026 · Rev.2 · Drafting  "
    assert lines[3] == "Draft"
    assert "## Preamble" in lines
    assert "**1.** First." in lines
    # A paragraph that opens a block keeps its number on a line of its own.
    assert "**2.**\n\n- a list item" in text


def test_a_circulated_text_says_which_revision_and_when_not_draft() -> None:
    lines = to_markdown(document(para(1, 1, "Sent."), status="circulated")).splitlines()
    assert lines[2] == "Amman, 1 December 2026 · Rev.2 · Circulated  "
    assert lines[3] == "Rev.2 — circulated 1 December 2026"
    assert "Draft" not in "\n".join(lines)
    # Changed since: the current text is a draft again, whatever the document's status.
    current = document(para(1, 1, "Sent."), status="circulated", revision_label="Current text")
    assert to_markdown(current).splitlines()[3] == "Draft"
    withdrawn = document(para(1, 1, "Sent."), status="withdrawn")
    assert to_markdown(withdrawn).splitlines()[3] == "Withdrawn"


def test_footnotes_of_sections_are_kept_apart_and_statements_are_footnotes() -> None:
    a = para(7, 1, "Alpha.[^1]\n\n[^1]: Note of seven.")
    b = para(
        8,
        2,
        "Beta.[^1]\n\n[^1]: Note of eight.",
        statements=(Statement("France", "reservation", "Our reading."),),
    )
    text = to_markdown(document(a, b))
    assert "**1.** Alpha.[^s7-1]" in text and "**2.** Beta.[^s8-1][^r8-1]" in text
    assert "[^s7-1]: Note of seven." in text and "[^s8-1]: Note of eight." in text
    assert "[^r8-1]: France (reservation): Our reading." in text


def test_bracketed_shows_status_and_annex() -> None:
    section = para(
        2,
        1,
        "We [shall][should] act.",
        status=ParagraphStatus.objected,
        positions=(Position("object", True), Position("approve", False), None),
    )
    text = to_markdown(
        document(section, variant="bracketed", parties=("France", "Jordan", "Egypt"))
    )
    assert "**1.** _(objected)_ We [shall][should] act." in text
    assert "| Para. | France | Jordan | Egypt |" in text
    assert "| 1 | object | approve (stale) | — |" in text


def test_redline_is_critic_markup_with_authors() -> None:
    changed = para(
        2,
        1,
        "We strongly welcome it.",
        old_text="We welcome it.",
        steps=(Step("We strongly welcome it.", "France", AT),),
    )
    added = para(3, 2, "New.", old_text=None, steps=(Step("New.", "Jordan", AT),))
    removed = replace(para(4, None, "Gone."), old_text="Gone.", removed=Step("Gone.", "Egypt", AT))
    text = to_markdown(document(changed, removed, added, variant="redline", compare_label="Rev.1"))
    assert "**1.** We {++strongly ++}welcome it.{>>Changed by France<<}" in text
    assert "{--Gone.--}{>>Removed by Egypt<<}" in text
    assert "**2.** {++New.++}{>>Added by Jordan<<}" in text
    assert "Rev.1 → Rev.2" in text


def test_redline_shows_a_moved_paragraph_at_both_places() -> None:
    by = Step("", "Japan", AT)
    away = para(4, 3, "We act.[^1]\n\n[^1]: A note.", old_text="We act.[^1]\n\n[^1]: A note.")
    away = replace(away, old_number=1, moved="from", move=by)
    stays = para(5, 1, "Stays.", old_text="Stays.", old_number=2)
    text = "We act now.[^1]\n\n[^1]: A note."
    came = para(4, 3, text, old_text=away.old_text, old_number=1, steps=(Step(text, "France", AT),))
    came = replace(came, moved="to", move=by)
    out = to_markdown(document(away, stays, came, variant="redline", compare_label="Rev.1"))
    assert "{--**1.**--} {--We act.[^s4-1]--}{>>Moved to para. 3 by Japan<<}" in out
    assert "**3.** We act{++ now++}.[^s4-1]{>>Changed by France<<}" in out
    assert "{>>Moved from para. 1 by Japan<<}" in out
    assert out.index("Moved to") < out.index("Stays.") < out.index("Moved from")
    # The note is defined once, by the paragraph where it now stands.
    assert out.count("[^s4-1]: A note.") == 1


def test_adopted_text_carries_its_hash_instead_of_the_draft_notice() -> None:
    text = to_markdown(document(para(1, 1, "Done."), status="adopted", adopted_hash="ab" * 32))
    assert "Draft" not in text
    assert f"Adopted text. Manifest hash: {'ab' * 32}" in text


def test_split_notes_keeps_indented_continuations() -> None:
    parts = split_notes("Body.[^a]\n\n[^a]: First line\n    second line\nAfter.")
    assert parts.notes == (("a", "First line\nsecond line"),)
    assert parts.body == "Body.[^a]\n\nAfter."


_CRITIC = re.compile(r"\{\+\+(.*?)\+\+\}|\{--(.*?)--\}|\{~~(.*?)~>(.*?)~~\}", re.DOTALL)


def test_redline_criticmarkup_never_spans_paragraphs_and_keeps_list_markers() -> None:
    old = "Access shall be ensured.\n\nA second paragraph."
    new = "Access shall be ensured:\n\n- without delay;\n- safely."
    changed = para(1, 1, new, old_text=old, steps=(Step(new, "France", AT),))
    added = para(2, 2, "New words.\n\n> A quote.", old_text=None, steps=(Step("x", "Egypt", AT),))
    removed = replace(
        para(3, None, "Old.\n\n- gone;"),
        old_text="Old.\n\n- gone;",
        removed=Step("", "Egypt", AT),
    )
    text = to_markdown(document(changed, added, removed, variant="redline", compare_label="Rev.1"))
    marks = _CRITIC.findall(text)
    assert marks and all("\n" not in part for mark in marks for part in mark)
    assert "\n- {++without delay;++}\n- {++safely.++}" in text
    assert "{++New words.++}\n\n> {++A quote.++}" in text
    assert "{--Old.--}\n\n- {--gone;--}" in text


def test_redline_numbers_follow_the_newer_text_and_mark_the_older() -> None:
    removed = replace(
        para(1, None, "Gone."), old_text="Gone.", old_number=1, removed=Step("", "Egypt", AT)
    )
    moved = para(2, 1, "Kept.", old_text="Kept.", old_number=2)
    text = to_markdown(document(removed, moved, variant="redline", compare_label="Rev.1"))
    assert "{--**1.**--} {--Gone.--}{>>Removed by Egypt<<}" in text
    assert "{~~**2.**~>**1.**~~} Kept." in text
