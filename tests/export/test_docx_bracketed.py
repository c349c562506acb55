"""The bracketed variant: brackets marked, each paragraph's status, the approval matrix."""

from __future__ import annotations

from pathlib import Path

from tests.export.docx_helpers import (
    NS,
    body_paragraphs,
    build,
    communique,
    ooxml_errors,
    paragraph,
    parts,
    text_of,
    val,
    w,
    xml,
)


def _marked(data: bytes) -> tuple[str, str]:
    """(text of runs shaded as bracketed, text of runs styled as brackets)."""
    shaded, marks = [], []
    for r in xml(data).iter(w("r")):
        if r.find("w:rPr/w:shd", NS) is not None and r.find("w:rPr/w:rStyle", NS) is None:
            shaded.append(text_of(r))
        if r.find("w:rPr/w:color", NS) is not None and r.find("w:rPr/w:b", NS) is not None:
            marks.append(text_of(r))
    return "".join(shaded), "".join(marks)


def test_bracketed_text_is_shaded_and_brackets_are_bold() -> None:
    shaded, marks = _marked(build(communique(variant="bracketed")))
    assert shaded == "[shall][should]"
    assert marks == "[][]"


def test_links_footnote_markers_and_code_are_not_negotiation_brackets() -> None:
    text = "See [the site](https://example.org), note[^1] and `a[0]`.\n\n[^1]: N."
    shaded, marks = _marked(build(communique(variant="bracketed", sections=(paragraph(1, text),))))
    assert shaded == "" and marks == ""


def test_clean_variant_does_not_mark_brackets() -> None:
    shaded, marks = _marked(build(communique()))
    assert shaded == "" and marks == ""


def test_each_paragraph_shows_its_status() -> None:
    data = build(communique(variant="bracketed"))
    tags = {}
    for p in body_paragraphs(data):
        for r in p.iter(w("r")):
            style = r.find("w:rPr/w:rStyle", NS)
            if style is not None and style.get(w("val")) == "ParagraphStatus":
                tags[text_of(p)[len(text_of(r)) + 1 :][:12]] = text_of(r).strip("\u00a0")
    assert tags == {"We reaffirm ": "pending", "Humanitarian": "agreed", "نحن قادة الد": "objected"}


def test_annex_is_an_approval_matrix_table() -> None:
    data = build(communique(variant="bracketed"))
    tables = list(xml(data).iter(w("tbl")))
    assert len(tables) == 1
    rows = [
        [text_of(tc) for tc in tr.iterfind("w:tc", NS)] for tr in tables[0].iterfind("w:tr", NS)
    ]
    assert rows[0] == ["Paragraph", "Ruritania", "Freedonia"]
    assert rows[1] == ["Peace and Security"]
    assert rows[2] == ["para. 1", "Approve", "Object (stale)"]
    assert rows[3] == ["para. 2", "Approve", "Approve"]
    assert rows[5] == ["para. 3", "—", "—"]
    assert tables[0].find("w:tr/w:trPr/w:tblHeader", NS) is not None
    assert val(tables[0], "w:tblPr/w:tblStyle", "val") == "TableGrid"


def test_clean_and_redline_have_no_status_or_matrix() -> None:
    data = build(communique())
    assert list(xml(data).iter(w("tbl"))) == []
    assert b'w:val="ParagraphStatus"' not in parts(data)["word/document.xml"]


def _rows(data: bytes) -> list[list[str]]:
    (table,) = xml(data).iter(w("tbl"))
    return [[text_of(tc) for tc in tr.iterfind("w:tc", NS)] for tr in table.iterfind("w:tr", NS)]


def test_the_matrix_heads_are_codes_with_a_legend_and_rows_do_not_split() -> None:
    doc = communique(variant="bracketed", party_codes=("RUR", "FRE"))
    data = build(doc)
    assert _rows(data)[0] == ["Paragraph", "RUR", "FRE"]
    texts = [text_of(p) for p in body_paragraphs(data)]
    assert "Columns: RUR: Ruritania; FRE: Freedonia." in texts
    (table,) = xml(data).iter(w("tbl"))
    rows = table.findall("w:tr", NS)
    assert all(r.find("w:trPr/w:cantSplit", NS) is not None for r in rows)
    # Two parties fit a portrait page: no section of its own.
    assert len(list(xml(data).iter(w("sectPr")))) == 1


def test_many_parties_put_the_matrix_on_a_landscape_page(tmp_path: Path) -> None:
    names = tuple(f"Delegation {n}" for n in range(1, 13))
    doc = communique(
        variant="bracketed", parties=names, party_codes=tuple(f"D{n:02}" for n in range(1, 13))
    )
    data = build(doc)
    sections = list(xml(data).iter(w("sectPr")))
    assert len(sections) == 2
    body, annex = sections
    parent = body.getparent()
    assert parent is not None and parent.tag == w("pPr")  # a section break
    assert val(body, "w:pgSz", "orient") == ""
    assert val(annex, "w:pgSz", "orient") == "landscape"
    assert int(val(annex, "w:pgSz", "w")) > int(val(annex, "w:pgSz", "h"))
    # Both sections carry the header and footer.
    for section in sections:
        assert section.find("w:headerReference", NS) is not None
    assert _rows(data)[0][1:] == [f"D{n:02}" for n in range(1, 13)]
    assert ooxml_errors(data, tmp_path) == []
