"""The redline variant: real tracked changes, attributed, proven with pandoc.

Accepting every change must give exactly the newer text and rejecting every change the older
one. The reference is the clean export of each text, read by the same reader.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from concord.export.content import ExportDocument, ExportSection, Step
from concord.export.docx import body, redline
from concord.export.docx.markdown import parse
from tests.export.docx_helpers import (
    ARABIC,
    NS,
    body_paragraphs,
    build,
    communique,
    find,
    heading,
    pandoc_text,
    paragraph,
    text_of,
    w,
    xml,
)

JAPAN = datetime(2024, 5, 10, 8, 0, tzinfo=UTC)
FRANCE = datetime(2024, 5, 12, 16, 45, tzinfo=UTC)


def _redline(sections: tuple[ExportSection, ...]) -> ExportDocument:
    return communique(variant="redline", sections=sections, compare_label="Rev.1")


def _side(doc: ExportDocument, newer: bool) -> ExportDocument:
    """The clean export of one side of a redline."""
    sections = []
    for section in doc.sections:
        if newer and section.removed is None:
            sections.append(
                replace(section, old_text=None, old_number=None, steps=(), removed=None)
            )
        elif not newer and section.old_text is not None:
            number = section.number if section.old_number is None else section.old_number
            sections.append(
                replace(
                    section,
                    text=section.old_text,
                    number=number,
                    old_text=None,
                    old_number=None,
                    steps=(),
                    removed=None,
                )
            )
    return replace(doc, variant="clean", sections=tuple(sections))


def _assert_accept_and_reject(doc: ExportDocument, tmp_path: Path) -> None:
    data = build(doc)
    # pandoc reads the title block (Title and Subtitle styles, "Changes from…" in a redline) as
    # the document's metadata, not as body text.
    body = slice(0, None)
    for changes, newer in (("accept", True), ("reject", False)):
        read = pandoc_text(data, tmp_path, changes, drop_empty_bullets=True)
        assert read[body] == pandoc_text(build(_side(doc, newer=newer)), tmp_path)[body]


EDITED = paragraph(
    1,
    "We strongly reaffirm our commitment to the [Charter](https://un.org) and shall act.",
    old_text="We reaffirm our lasting commitment to the Charter and [shall][should] act.",
    steps=(
        Step(
            "We strongly reaffirm our commitment to the Charter and [shall][should] act.",
            "Japan",
            JAPAN,
        ),
        Step(
            "We strongly reaffirm our commitment to the [Charter](https://un.org) and shall act.",
            "France",
            FRANCE,
        ),
    ),
)
ADDED = paragraph(
    2,
    "A new paragraph on climate finance.",
    old_text=None,
    steps=(Step("A new paragraph on climate finance.", "Freedonia", FRANCE),),
)
REMOVED = paragraph(
    None,
    "An old paragraph on trade.",
    old_text="An old paragraph on trade.",
    old_number=1,
    removed=Step("", "Ruritania", JAPAN),
)
UNCHANGED = paragraph(
    3, "Unchanged closing words.", old_text="Unchanged closing words.", old_number=3
)


def test_word_edits_are_ins_and_del_attributed_to_the_version_that_made_them() -> None:
    data = build(_redline((EDITED,)))
    document = xml(data)
    changes = [
        (str(c.tag).split("}")[1], c.get(w("author")), c.get(w("date")), text_of(c, True))
        for c in document.iter(w("ins"), w("del"))
        if getattr(c.getparent(), "tag", None) != w("rPr")
    ]
    assert ("ins", "Japan", "2024-05-10T08:00:00Z", "strongly ") in changes
    assert ("del", "Japan", "2024-05-10T08:00:00Z", "lasting ") in changes
    assert ("del", "France", "2024-05-12T16:45:00Z", "[shall][should]") in changes
    assert ("ins", "France", "2024-05-12T16:45:00Z", "shall") in changes
    ids = [c.get(w("id")) for c in document.iter(w("ins"), w("del"))]
    assert len(ids) == len(set(ids)) and all(ids)
    assert all(d.find("w:r/w:t", NS) is None for d in document.iter(w("del")))
    assert any(d.find("w:r/w:delText", NS) is not None for d in document.iter(w("del")))


def test_added_and_removed_sections_are_whole_paragraphs_with_tracked_marks() -> None:
    data = build(_redline((ADDED, REMOVED)))
    added, removed = (p for p in body_paragraphs(data) if "paragraph on" in text_of(p, True))
    mark = added.find("w:pPr/w:rPr/w:ins", NS)
    assert mark is not None and mark.get(w("author")) == "Freedonia"
    assert all(
        getattr(r.getparent(), "tag", None) == w("ins") for r in added.iterfind(".//w:r", NS)
    )
    mark = removed.find("w:pPr/w:rPr/w:del", NS)
    assert mark is not None and mark.get(w("author")) == "Ruritania"
    assert text_of(removed) == "" and text_of(removed, True) == "1.An old paragraph on trade."


def test_accept_gives_newer_and_reject_older_for_edits_additions_and_removals(
    tmp_path: Path,
) -> None:
    # Rev.1: 1 trade (removed), 2 edited, 3 unchanged; Rev.2: 1 edited, 2 added, 3 unchanged.
    opening = replace(heading("Opening"), old_text="Opening")
    doc = _redline((opening, REMOVED, replace(EDITED, old_number=2), ADDED, UNCHANGED))
    _assert_accept_and_reject(doc, tmp_path)
    accepted = pandoc_text(build(doc), tmp_path, "accept")
    assert accepted == [
        "Opening",
        "1. We strongly reaffirm our commitment to the Charter and shall act.",
        "2. A new paragraph on climate finance.",
        "3. Unchanged closing words.",
    ]
    rejected = pandoc_text(build(doc), tmp_path, "reject")
    assert rejected == [
        "Opening",
        "1. An old paragraph on trade.",
        "2. We reaffirm our lasting commitment to the Charter and [shall][should] act.",
        "3. Unchanged closing words.",
    ]


def test_redline_numbers_are_typed_and_a_renumbering_is_a_tracked_change() -> None:
    """Word numbering would count the deleted paragraph while shown (Word) or show "[2.]" on
    every paragraph with a tracked deletion (LibreOffice 7.4): the newer numbers are typed."""
    doc = _redline((REMOVED, replace(EDITED, old_number=2), ADDED, UNCHANGED))
    paragraphs = [p for p in body_paragraphs(build(doc)) if text_of(p, True)[:1].isdigit()]
    assert [p.find("w:pPr/w:numPr", NS) for p in paragraphs] == [None] * 4
    labels = []
    for p in paragraphs:
        first = p.find("w:pPr/w:ind", NS)
        # Room for "2.1." and a gap: 4 characters at up to 140 twips, then 280.
        assert first is not None and first.get(w("hanging")) == first.get(w("left")) == "700"
        runs = []
        for run in p.iter(w("r")):
            parent = run.getparent()
            kind = str(parent.tag).split("}")[1] if parent is not None else ""
            runs.append((kind if kind in ("ins", "del") else "", text_of(run, True)))
        labels.append(runs[: 3 if runs[0][0] == "del" and runs[1][0] == "ins" else 1])
    assert labels == [
        [("del", "1.")],  # the removed paragraph's number goes with it
        [("del", "2."), ("ins", "1."), ("", "")],  # renumbered: 2 → 1, then the tab
        [("ins", "2.")],  # the added paragraph's number comes with it
        [("", "3.")],
    ]


def test_accept_and_reject_on_arabic_edits(tmp_path: Path) -> None:
    newer = ARABIC.replace("العادل", "الدائم")
    doc = _redline((paragraph(1, newer, old_text=ARABIC, steps=(Step(newer, "Egypt", JAPAN),)),))
    _assert_accept_and_reject(doc, tmp_path)
    p = next(p for p in body_paragraphs(build(doc)) if p.find("w:pPr/w:bidi", NS) is not None)
    inserted = find(p, "w:ins/w:r")
    assert text_of(inserted) == "الدائم"
    assert inserted.find("w:rPr/w:rtl", NS) is not None


def test_formatting_changes_are_recorded_and_text_is_kept(tmp_path: Path) -> None:
    doc = _redline(
        (
            paragraph(
                1,
                "We *shall* act **now**.",
                old_text="We **shall** act now.",
                steps=(Step("We *shall* act **now**.", "Japan", JAPAN),),
            ),
        )
    )
    _assert_accept_and_reject(doc, tmp_path)
    run = next(r for r in xml(build(doc)).iter(w("r")) if text_of(r) == "shall")
    change = run.find("w:rPr/w:rPrChange", NS)
    assert change is not None and change.get(w("author")) == "Japan"
    assert change.find("w:rPr/w:b", NS) is not None
    assert run.find("w:rPr/w:i", NS) is not None


def test_accept_and_reject_when_lists_footnotes_and_paragraphs_change(tmp_path: Path) -> None:
    old = "Access shall be ensured.[^1]\n\nSecond part.\n\n[^1]: Old note."
    new = "Access shall be ensured:\n\n- without delay;\n- safely.[^1]\n\n[^1]: New note."
    doc = _redline((paragraph(1, new, old_text=old, steps=(Step(new, "Japan", JAPAN),)), UNCHANGED))
    _assert_accept_and_reject(doc, tmp_path)


def test_unchanged_sections_have_no_tracked_changes() -> None:
    document = xml(build(_redline((UNCHANGED,))))
    assert list(document.iter(w("ins"))) == [] and list(document.iter(w("del"))) == []


def test_a_version_reverted_later_shows_no_change() -> None:
    text = "We act now."
    doc = _redline(
        (
            paragraph(
                1,
                text,
                old_text=text,
                steps=(Step("We act later.", "Japan", JAPAN), Step(text, "France", FRANCE)),
            ),
        )
    )
    document = xml(build(doc))
    assert list(document.iter(w("ins"))) == [] and list(document.iter(w("del"))) == []


def test_accept_and_reject_when_a_paragraph_comes_to_open_with_a_list(tmp_path: Path) -> None:
    old = "Access shall be ensured without delay."
    new = "- without delay;\n- safely."
    doc = _redline((paragraph(1, new, old_text=old, steps=(Step(new, "Japan", JAPAN),)), UNCHANGED))
    _assert_accept_and_reject(doc, tmp_path)
    accepted = pandoc_text(build(doc), tmp_path, "accept")
    assert accepted[:3] == ["1.", "- without delay;", "- safely."]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("We **shall** act now.[^1]\n\n[^1]: A note.", "We *shall* act [later](https://un.org)."),
        ("One.\n\n- a;\n- b.", "One, changed.\n\n- a;\n- c;\n- d.\n\nThree."),
        ("نحن نؤكد أن السلام العادل.", "نحن نؤكد أن السلام الدائم والعادل."),
        ("Gone entirely.", "- new list;\n- here."),
    ],
)
def test_one_version_shortcut_equals_the_walk_through_versions(old: str, new: str) -> None:
    """With one version the attribution walk is skipped; a second, identical version by the
    same author takes the walk and must give the very same paragraphs."""
    author = redline.Author("Japan", "2024-05-10T08:00:00Z")
    one = redline.redline(parse(old), [(parse(new), author)], None)
    walked = redline.redline(parse(old), [(parse(new), author), (parse(new), author)], None)
    assert [(p.block.key(), p.mark, p.pieces) for p in one] == [
        (p.block.key(), p.mark, p.pieces) for p in walked
    ]
    assert any(piece.change is not None for p in one for piece in p.pieces)


def test_a_renumbered_paragraph_keeps_the_gap_between_number_and_text() -> None:
    """ "12.13." (12 deleted, 13 inserted) is wider than the usual 1 cm: every numbered paragraph
    of the redline gets room for it and a gap, so the tab never runs past its stop."""
    doc = _redline((UNCHANGED,))
    assert body.label_indent(doc) == 567  # "3." and the gap fit the usual indent
    far = replace(UNCHANGED, number=13, old_number=12)
    doc = _redline((far, replace(UNCHANGED, number=2, old_number=2)))
    assert body.label_indent(doc) == 2 * (2 * 140 + 70) + 280
    found = [p.find("w:pPr/w:ind", NS) for p in body_paragraphs(build(doc))]
    indents = {(i.get(w("left")), i.get(w("hanging"))) for i in found if i is not None}
    assert indents == {("980", "980")}
