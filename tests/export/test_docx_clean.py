"""The clean variant: Word numbering, footnotes, links, header and footer, properties."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace

import docx
from lxml import etree

from concord.export.content import Step
from concord.export.docx import default_template
from concord.export.docx.properties import MANIFEST_PROPERTY
from tests.export.docx_helpers import (
    DATE,
    NS,
    body_paragraphs,
    build,
    communique,
    find,
    paragraph,
    parts,
    text_of,
    val,
    w,
    xml,
)


def _numbering(data: bytes) -> tuple[dict[str, str], dict[str, int | None], dict[str, str]]:
    """numId -> abstractNumId, numId -> start override, abstractNumId -> level 0 format."""
    numbering = xml(data, "word/numbering.xml")
    nums: dict[str, str] = {}
    starts: dict[str, int | None] = {}
    formats: dict[str, str] = {}
    for num in numbering.iterfind("w:num", NS):
        num_id = num.get(w("numId")) or ""
        nums[num_id] = val(num, "w:abstractNumId", "val")
        override = num.find("w:lvlOverride/w:startOverride", NS)
        starts[num_id] = None if override is None else int(override.get(w("val")) or 0)
    for abstract in numbering.iterfind("w:abstractNum", NS):
        level = find(abstract, "w:lvl[@w:ilvl='0']")
        formats[abstract.get(w("abstractNumId")) or ""] = val(level, "w:numFmt", "val")
    return nums, starts, formats


def _shown_numbers(data: bytes) -> list[tuple[int, str]]:
    """What Word shows on each numbered paragraph: a num continues its abstract list unless it
    restarts with a start override on its first use."""
    nums, starts, formats = _numbering(data)
    counters: dict[str, int] = {}
    seen: set[str] = set()
    shown = []
    for p in body_paragraphs(data):
        num_id = p.find("w:pPr/w:numPr/w:numId", NS)
        if num_id is None or num_id.get(w("val")) == "0":
            continue
        key = num_id.get(w("val")) or ""
        if val(p, "w:pPr/w:numPr/w:ilvl", "val") != "0":
            continue
        abstract = nums[key]
        if formats[abstract] != "decimal" or val(p, "w:pPr/w:pStyle", "val") != (
            "NumberedParagraph"
        ):
            continue
        start = starts[key]
        if key not in seen and start is not None:
            counters[abstract] = start - 1
        seen.add(key)
        counters[abstract] = counters.get(abstract, 0) + 1
        shown.append((counters[abstract], text_of(p)))
    return shown


def test_paragraph_numbers_are_word_numbering_and_equal_concords() -> None:
    data = build(communique())
    shown = _shown_numbers(data)
    assert [n for n, _ in shown] == [1, 2, 3, 4, 5]
    assert shown[0][1].startswith("We reaffirm")
    assert shown[2][1].startswith("نحن")


def test_numbering_restarts_where_concords_numbers_jump() -> None:
    doc = communique(sections=(paragraph(1, "One."), paragraph(2, "Two."), paragraph(7, "Seven.")))
    assert [n for n, _ in _shown_numbers(build(doc))] == [1, 2, 7]


def test_headings_are_unnumbered_heading_styles() -> None:
    data = build(communique())
    headings = [
        p for p in body_paragraphs(data) if val(p, "w:pPr/w:pStyle", "val").startswith("Heading")
    ]
    assert [text_of(p) for p in headings] == ["Peace and Security", "السلام والأمن"]
    for p in headings:  # nothing to turn off: `numId` 0 is only written when a style numbers
        assert p.find("w:pPr/w:numPr", NS) is None
    styles = xml(data, "word/styles.xml")
    assert styles.find("w:style[@w:styleId='Heading2']", NS) is not None


def test_a_templates_heading_numbering_is_turned_off() -> None:
    source = parts(default_template())
    numbered = source["word/styles.xml"].replace(
        b'<w:outlineLvl w:val="1"/>',
        b'<w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/>',
    )
    assert numbered != source["word/styles.xml"]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in source.items():
            archive.writestr(name, numbered if name == "word/styles.xml" else content)
    data = build(communique(), buffer.getvalue())
    headings = [
        p for p in body_paragraphs(data) if val(p, "w:pPr/w:pStyle", "val").startswith("Heading")
    ]
    assert headings
    for p in headings:
        assert val(p, "w:pPr/w:numPr/w:numId", "val") == "0"


def test_markdown_footnotes_and_statements_are_word_footnotes() -> None:
    data = build(communique())
    footnotes = xml(data, "word/footnotes.xml")
    kinds = {n.get(w("id")): n.get(w("type")) for n in footnotes.iterfind("w:footnote", NS)}
    assert kinds["-1"] == "separator" and kinds["0"] == "continuationSeparator"
    texts = {
        n.get(w("id")) or "": "".join(t.text or "" for t in n.iter(w("t")))
        for n in footnotes.iterfind("w:footnote", NS)
        if n.get(w("type")) is None
    }
    references = [r.get(w("id")) or "" for r in xml(data).iter(w("footnoteReference"))]
    assert sorted(references) == sorted(texts)
    assert texts[references[0]].strip() == "Adopted in San Francisco."
    assert texts[references[1]].strip() == "Reservation by Ruritania: We read this narrowly."
    rels = parts(data)["word/_rels/document.xml.rels"].decode()
    assert "relationships/footnotes" in rels
    for r in xml(data).iter(w("footnoteReference")):
        run = r.getparent()
        assert run is not None and val(run, "w:rPr/w:rStyle", "val") == "FootnoteReference"
    settings = xml(data, "word/settings.xml")
    assert settings.find("w:footnotePr/w:footnote[@w:id='-1']", NS) is not None


def test_https_links_are_hyperlinks_and_unsafe_links_are_text() -> None:
    doc = communique(
        sections=(
            paragraph(1, "See [the Charter](https://un.org/charter) and [x](javascript:alert(1))."),
        )
    )
    data = build(doc)
    links = list(xml(data).iter(w("hyperlink")))
    assert len(links) == 1
    rel_id = links[0].get(f"{{{NS['r']}}}id")
    rels = parts(data)["word/_rels/document.xml.rels"].decode()
    assert f'Id="{rel_id}"' in rels and 'Target="https://un.org/charter"' in rels
    assert 'TargetMode="External"' in rels and "javascript" not in rels
    assert val(links[0], "w:r/w:rPr/w:rStyle", "val") == "Hyperlink"
    assert text_of(links[0]) == "the Charter"


def test_emphasis_is_bold_and_italic_runs_and_lists_are_word_lists() -> None:
    data = build(communique())
    runs = {text_of(r): r for r in xml(data).iter(w("r"))}
    assert runs["reaffirm"].find("w:rPr/w:b", NS) is not None
    assert runs["commitment"].find("w:rPr/w:i", NS) is not None
    items = [p for p in body_paragraphs(data) if text_of(p).startswith("without")]
    assert len(items) == 2
    nums, _, formats = _numbering(data)
    for item in items:
        num_id = val(item, "w:pPr/w:numPr/w:numId", "val")
        assert formats[nums[num_id]] == "bullet"


def _header_footer(data: bytes) -> tuple[str, str]:
    found = parts(data)
    header = b"".join(v for k, v in found.items() if k.startswith("word/header"))
    footer = b"".join(v for k, v in found.items() if k.startswith("word/footer"))
    return "".join(etree.fromstring(header).itertext()), footer.decode()


def test_header_and_footer_say_what_the_text_is_with_page_numbers() -> None:
    drafting = communique(status="drafting")
    header, footer = _header_footer(build(drafting))
    assert header == "Leaders' CommuniquéRev.2 — Draft"
    assert ">Draft<" in footer and "not for circulation" not in footer
    assert " PAGE " in footer and " NUMPAGES " in footer and "fldChar" in footer
    header, footer = _header_footer(build(communique(status="circulated")))
    assert header == "Leaders' CommuniquéRev.2 — circulated 17 May 2024"
    assert "Rev.2 — circulated 17 May 2024" in footer and ">Draft<" not in footer
    # Changed since it was circulated: the current text is a draft again.
    header, _ = _header_footer(build(communique(revision_label="Current text")))
    assert header.endswith("Current text — Draft")


def test_a_long_title_leaves_the_revision_on_the_first_line_of_the_header() -> None:
    """Title and revision are the two cells of a fixed one-row table: the title wraps in its
    own column."""
    data = build(communique(title="Leaders' Communiqué on " + "Peace and Security " * 12))
    header = xml(data, "word/header1.xml")
    cells = header.findall("w:tbl/w:tr/w:tc", NS)
    assert [text_of(c)[:5] for c in cells] == ["Leade", "Rev.2"]
    assert find(header, "w:tbl/w:tblPr/w:tblLayout").get(w("type")) == "fixed"
    assert [val(c, "w:p/w:pPr/w:jc") for c in cells] == ["left", "right"]


def test_adopted_text_carries_manifest_hash_in_footer_and_custom_property() -> None:
    digest = "9f" * 32
    data = build(communique(status="adopted", adopted_hash=digest))
    footer = b"".join(v for k, v in parts(data).items() if k.startswith("word/footer")).decode()
    assert digest in footer and "not for circulation" not in footer
    custom = xml(data, "docProps/custom.xml")
    values = {p.get("name"): "".join(p.itertext()) for p in custom}
    assert values[MANIFEST_PROPERTY] == digest
    assert "not for circulation" not in b"".join(parts(data).values()).decode("utf-8", "replace")


def test_core_properties_name_the_organisation_and_nothing_leaks() -> None:
    participant = "Jane Participant-Secret"
    doc = communique(
        sections=(
            paragraph(1, "Text.", steps=(Step("Text.", participant, DATE),), old_text="Txt."),
        )
    )
    data = build(doc)
    props = docx.Document(io.BytesIO(data)).core_properties
    assert props.author == "Consortium Secretariat"
    assert props.last_modified_by == "Consortium Secretariat"
    assert props.title == "Leaders' Communiqué"
    assert props.subject == "communique"
    assert props.keywords == "Rev.2" and props.version == "Rev.2"
    assert props.created == DATE and props.modified == props.created
    for name, content in parts(data).items():
        text = content.decode("utf-8", "replace")
        assert "python-docx" not in text, name
        assert participant not in text, name
        assert "2013-12-23" not in text, name
    assert "Concord" in parts(data)["docProps/app.xml"].decode()


def test_redline_properties_name_the_organisation_not_the_authors() -> None:
    doc = communique(
        variant="redline",
        sections=(paragraph(1, "New.", old_text="Old.", steps=(Step("New.", "Ruritania", DATE),)),),
    )
    props = docx.Document(io.BytesIO(build(doc))).core_properties
    assert props.author == props.last_modified_by == "Consortium Secretariat"


def test_title_block_has_place_date_revision_and_status() -> None:
    texts = [text_of(p) for p in body_paragraphs(build(communique()))][:4]
    assert texts == [
        "Leaders' Communiqué",
        "Hiroshima, 17 May 2024",
        "Rev.2 — circulated 17 May 2024",
        "Peace and Security",
    ]
    texts = [text_of(p) for p in body_paragraphs(build(communique(status="drafting")))][:4]
    assert texts[2:] == ["Rev.2 — Draft", "Draft"]


def test_statements_can_be_left_out() -> None:
    doc = communique()
    sections = tuple(replace(s, statements=()) for s in doc.sections)
    footnotes = xml(build(replace(doc, sections=sections)), "word/footnotes.xml")
    assert "Ruritania" not in "".join(footnotes.itertext())


def test_a_paragraph_that_opens_with_a_list_numbers_a_lead_in_and_nests_the_list() -> None:
    """The first item keeps its bullet: the number stands on an empty lead-in paragraph and
    the items sit indented under it, as in a communiqué set in Word."""
    doc = communique(
        sections=(paragraph(1, "Opening words."), paragraph(2, "- without delay;\n- safely."))
    )
    data = build(doc)
    assert [n for n, _ in _shown_numbers(data)] == [1, 2]
    paragraphs = [p for p in body_paragraphs(data) if val(p, "w:pPr/w:pStyle", "val") != "Title"]
    lead = next(
        p for p in paragraphs if text_of(p) == "" and p.find("w:pPr/w:numPr", NS) is not None
    )
    items = paragraphs[paragraphs.index(lead) + 1 :][:2]
    assert [text_of(p) for p in items] == ["without delay;", "safely."]
    nums, _, formats = _numbering(data)
    for item in items:
        assert val(item, "w:pPr/w:pStyle", "val") == "ListParagraph"
        assert formats[nums[val(item, "w:pPr/w:numPr/w:numId", "val")]] == "bullet"


def _between_notes(paragraph: etree._Element) -> list[tuple[str, str, str]]:
    """(container, text, vertAlign) of the runs between footnote references, in order."""
    runs = list(paragraph.iter(w("r")))
    notes = [i for i, r in enumerate(runs) if r.find("w:footnoteReference", NS) is not None]
    out = []
    for run in runs[notes[0] + 1 : notes[-1]]:
        if run.find("w:footnoteReference", NS) is not None:
            continue
        parent = run.getparent()
        kind = str(parent.tag).split("}")[1] if parent is not None else ""
        align = run.find("w:rPr/w:vertAlign", NS)
        out.append((kind, text_of(run, True), "" if align is None else align.get(w("val")) or ""))
    return out


def test_adjacent_footnote_references_are_separated_by_a_superscript_comma() -> None:
    """A Markdown footnote and a reservation on one paragraph read "¹,²", never "¹²" (12)."""
    data = build(communique())
    first = next(p for p in body_paragraphs(data) if "reaffirm" in text_of(p))
    assert _between_notes(first) == [("p", ",", "superscript")]


def test_a_separating_comma_goes_with_an_inserted_reference_in_a_redline() -> None:
    section = communique().sections[1]
    old = section.text.replace("act.[^1]", "act.")
    doc = communique(
        variant="redline",
        sections=(replace(section, old_text=old, steps=(Step(section.text, "Japan", DATE),)),),
    )
    first = next(p for p in body_paragraphs(build(doc)) if "reaffirm" in text_of(p))
    # The Markdown note is new, the reservation was there: the comma comes with the new note.
    assert _between_notes(first) == [("ins", ",", "superscript")]


def test_justified_lines_ending_in_a_line_break_are_not_stretched() -> None:
    data = build(communique(sections=(paragraph(1, "A short line  \nand the next one."),)))
    assert [e.tag for e in body_paragraphs(data)[-1].iter(w("br"))] == [w("br")]
    compat = find(xml(data, "word/settings.xml"), "w:compat")
    assert compat[0].tag == w("doNotExpandShiftReturn")  # before w:compatSetting, as in CT_Compat
