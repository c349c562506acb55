"""Right-to-left: Arabic and Hebrew paragraphs, mixed sentences, titles, numbers, footnotes."""

from __future__ import annotations

from lxml import etree

from tests.export.docx_helpers import (
    ARABIC,
    HEBREW,
    NS,
    body_paragraphs,
    build,
    communique,
    find,
    paragraph,
    text_of,
    val,
    w,
    xml,
)


def _by_text(data: bytes, start: str) -> etree._Element:
    return next(p for p in body_paragraphs(data) if text_of(p).startswith(start))


def _rtl_runs(p: etree._Element) -> list[etree._Element]:
    return [r for r in p.iter(w("r")) if r.find("w:rPr/w:rtl", NS) is not None]


def test_arabic_and_hebrew_paragraphs_are_right_to_left_with_script_language() -> None:
    data = build(communique())
    for text, language in ((ARABIC, "ar-SA"), (HEBREW, "he-IL")):
        p = _by_text(data, text[:5])
        assert p.find("w:pPr/w:bidi", NS) is not None
        runs = [r for r in p.iter(w("r")) if text_of(r).strip()]
        assert runs and all(r.find("w:rPr/w:rtl", NS) is not None for r in runs)
        for run in runs:
            assert val(run, "w:rPr/w:lang", "bidi") == language
            assert val(run, "w:rPr/w:rFonts", "cs")


def test_english_paragraphs_are_not_right_to_left() -> None:
    data = build(communique())
    p = _by_text(data, "We reaffirm")
    assert p.find("w:pPr/w:bidi", NS) is None
    assert _rtl_runs(p) == []


def test_numbered_right_to_left_paragraph_keeps_its_number_on_a_bidi_paragraph() -> None:
    p = _by_text(build(communique()), ARABIC[:5])
    assert p.find("w:pPr/w:numPr/w:numId", NS) is not None
    assert p.find("w:pPr/w:bidi", NS) is not None


def test_mixed_sentence_splits_runs_by_direction() -> None:
    p = _by_text(build(communique()), "The G7 welcomes")
    assert p.find("w:pPr/w:bidi", NS) is None
    pieces = [
        (
            text_of(r),
            r.find("w:rPr/w:rtl", NS) is not None,
            None if r.find("w:rPr/w:lang", NS) is None else val(r, "w:rPr/w:lang", "bidi"),
        )
        for r in p.iter(w("r"))
    ]
    assert "".join(t for t, _, _ in pieces) == (
        "The G7 welcomes مبادرة السلام العربية and the שלום process."
    )
    assert ("مبادرة السلام العربية", True, "ar-SA") in pieces
    assert ("שלום", True, "he-IL") in pieces
    assert ("The G7 welcomes ", False, None) in pieces


def test_english_words_in_an_arabic_paragraph_stay_left_to_right() -> None:
    data = build(communique(sections=(paragraph(1, "نحن نرحب بمجموعة G7 Summit اليوم."),)))
    p = _by_text(data, "نحن")
    assert p.find("w:pPr/w:bidi", NS) is not None
    ltr = [text_of(r) for r in p.iter(w("r")) if r.find("w:rPr/w:rtl", NS) is None]
    assert ltr == ["G7 Summit"]


def test_arabic_and_hebrew_titles_are_right_to_left() -> None:
    for title in ("البيان الختامي", "הודעה משותפת"):
        data = build(communique(title=title))
        p = body_paragraphs(data)[0]
        assert text_of(p) == title
        assert p.find("w:pPr/w:bidi", NS) is not None
        assert val(p, "w:pPr/w:pStyle", "val") == "Title"


def test_footnote_reference_in_an_arabic_paragraph_is_right_to_left() -> None:
    text = f"{ARABIC}[^1]\n\n[^1]: ملاحظة."
    data = build(communique(sections=(paragraph(1, text),)))
    reference = next(xml(data).iter(w("footnoteReference"))).getparent()
    assert reference is not None and reference.find("w:rPr/w:rtl", NS) is not None
    footnotes = xml(data, "word/footnotes.xml")
    note = find(footnotes, "w:footnote[@w:id='1']")
    assert note.find("w:p/w:pPr/w:bidi", NS) is not None


def test_an_arabic_paragraph_that_opens_with_a_list_keeps_its_number_on_the_right() -> None:
    """The number stands on an empty lead-in paragraph: it takes the section's direction."""
    text = "- أولا، السلام العادل؛\n- ثانيا، الكرامة المتساوية."
    clean = build(communique(sections=(paragraph(1, text),)))
    redline = build(
        communique(
            "redline",
            sections=(paragraph(1, text, old_text="نص قديم.", old_number=1),),
            compare_label="Rev.1",
        )
    )
    for data in (clean, redline):
        numbered = [
            p
            for p in body_paragraphs(data)
            if val(p, "w:pPr/w:pStyle", "val") == "NumberedParagraph"
        ]
        lead_in = numbered[0]
        assert lead_in.find("w:pPr/w:bidi", NS) is not None
        assert lead_in.find("w:pPr/w:rPr/w:rtl", NS) is not None
