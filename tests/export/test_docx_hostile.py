"""Hostile text and odd templates: the writer never raises and the file stays readable."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace

import docx
import pytest

from concord.export.content import Statement, Step
from concord.export.docx import default_template
from tests.export.docx_helpers import (
    DATE,
    NS,
    body_paragraphs,
    build,
    communique,
    find,
    heading,
    paragraph,
    parts,
    text_of,
    val,
    xml,
)

# Every class of character STACK.md lists, and the rest of what a hostile participant types.
HOSTILE = {
    "xml_invalid_controls": "a\x00b\x01c\x08d\x0be\x0cf\x0eg\x1fh",
    "lone_surrogates": "a\ud800b\udfffc",
    "noncharacters": "a\ufffeb\uffffc\ufdd0d\U0001fffe",
    "bidi_overrides": "a\u202eb\u202dc\u202ad\u202ce\u2066f\u2069",
    "zero_width": "a\u200bb\u200cc\u200dd\ufeffe",
    "combining_marks": "e\u0301\u0301\u0301 ش\u064e\u0651 ש\u05b8",
    "emoji_astral": "👩‍👩‍👧 \U0001d54f 𐤀",
    "very_long_word": "x" * 100_000,
    "cdata_end": "]]> ]]&gt; <![CDATA[",
    "xml_literal": '<w:p><w:r><w:t>injected</w:t></w:r></w:p> &amp; <?xml version="1.0"?>',
    "rtl_ltr_mix": "العربية English עברית 123 (بين) [שלום] G7.",
    "markdown_noise": "*** ___ [^x] [](javascript:x) ![i](data:image/png;base64,AA) \\[a\\] `",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_text_exports_in_every_variant_and_opens(name: str) -> None:
    text = HOSTILE[name]
    for variant in ("clean", "bracketed", "redline"):
        doc = communique(
            variant=variant,
            title=text[:200],
            place=text[:50],
            organisation=text[:80],
            revision_label=text[:20],
            sections=(
                heading(text),
                paragraph(
                    1,
                    text,
                    old_text="before " + text[:10],
                    statements=(Statement(text[:30], "reservation", text),),
                    steps=(Step(text, text[:30], DATE),),
                ),
                paragraph(2, f"{text}[^1]\n\n[^1]: {text}", old_text=None),
            ),
            parties=(text[:40],),
            adopted_hash=text[:64],
        )
        data = build(doc)
        document = docx.Document(io.BytesIO(data))
        assert document.paragraphs
        for part, content in parts(data).items():
            if part.endswith((".xml", ".rels")):
                assert b"injected</w:t>" not in content or part != "word/document.xml"


def test_readable_hostile_text_survives_as_text() -> None:
    text = HOSTILE["xml_literal"] + " " + HOSTILE["cdata_end"]
    data = build(communique(sections=(paragraph(1, text),)))
    body = [text_of(p) for p in body_paragraphs(data)]
    assert any("<w:p><w:r><w:t>injected</w:t></w:r></w:p>" in t and "]]>" in t for t in body)


def test_invalid_characters_are_replaced_and_overrides_dropped() -> None:
    data = build(communique(sections=(paragraph(1, "a\x00b\ud800c\u202ed"),)))
    texts = [text_of(p) for p in body_paragraphs(data)]
    assert "a\ufffdb\ufffdcd" in texts


def _template(mutate: dict[str, bytes | None]) -> bytes:
    """The default template with parts replaced (bytes) or removed (None)."""
    source = zipfile.ZipFile(io.BytesIO(default_template()))
    contents = {name: source.read(name) for name in source.namelist()}
    for name, value in mutate.items():
        if value is None:
            contents.pop(name, None)
        else:
            contents[name] = value
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, value in contents.items():
            archive.writestr(name, value)
    return buffer.getvalue()


W_NS = NS["w"]
LETTERHEAD_DOCUMENT = f"""<?xml version="1.0" encoding="UTF-8"?>
<w:document xmlns:w="{W_NS}" xmlns:r="{NS["r"]}"><w:body><w:p><w:r><w:t>Template body</w:t>
</w:r></w:p><w:sectPr><w:headerReference w:type="default" r:id="rIdH"/>
<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="2000" w:right="1440" w:bottom="1440"
w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>
""".encode()
LETTERHEAD_RELS = f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{NS["r"]}/styles" Target="styles.xml"/>
<Relationship Id="rIdH" Type="{NS["r"]}/header" Target="header9.xml"/>
</Relationships>""".encode()
LETTERHEAD_HEADER = f"""<?xml version="1.0" encoding="UTF-8"?>
<w:hdr xmlns:w="{W_NS}"><w:p><w:r><w:t>CONSORTIUM LETTERHEAD</w:t></w:r></w:p></w:hdr>
""".encode()
LOCALISED_STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<w:styles xmlns:w="{W_NS}"><w:style w:type="paragraph" w:styleId="berschrift2">
<w:name w:val="heading 2"/><w:rPr><w:color w:val="FF0000"/></w:rPr></w:style></w:styles>
""".encode()


def test_template_letterhead_page_setup_and_styles_are_used() -> None:
    template = _template(
        {
            "word/document.xml": LETTERHEAD_DOCUMENT,
            "word/_rels/document.xml.rels": LETTERHEAD_RELS,
            "word/header9.xml": LETTERHEAD_HEADER,
            "word/styles.xml": LOCALISED_STYLES,
        }
    )
    data = build(communique(), template)
    headers = b"".join(v for k, v in parts(data).items() if k.startswith("word/header"))
    assert b"CONSORTIUM LETTERHEAD" in headers and b"Rev.2" in headers
    assert b"Template body" not in parts(data)["word/document.xml"]
    sect = find(xml(data), "w:body/w:sectPr")
    assert val(sect, "w:pgSz", "w") == "12240"
    styles = xml(data, "word/styles.xml")
    alias = find(styles, "w:style[@w:styleId='Heading2']")
    assert val(alias, "w:basedOn", "val") == "berschrift2"
    assert styles.find("w:style[@w:styleId='FootnoteReference']", NS) is not None


@pytest.mark.parametrize(
    "mutate",
    [
        {"word/styles.xml": None},
        {"word/styles.xml": b"<not-styles/>"},
        {"word/styles.xml": b"\xff\xfe garbage"},
        {"word/document.xml": None},
        {"[Content_Types].xml": None, "_rels/.rels": None},
        {"word/numbering.xml": b"<w:numbering xmlns:w='%s'/>" % W_NS.encode()},
    ],
    ids=[
        "no_styles",
        "odd_styles",
        "garbage_styles",
        "no_document",
        "no_package_parts",
        "empty_numbering",
    ],
)
def test_odd_templates_still_export(mutate: dict[str, bytes | None]) -> None:
    data = build(communique(), _template(mutate))
    assert docx.Document(io.BytesIO(data)).paragraphs
    assert xml(data, "word/footnotes.xml").find("w:footnote[@w:id='1']", NS) is not None


def test_unreadable_template_falls_back_to_the_default() -> None:
    data = build(communique(), b"not a zip at all")
    assert next(text_of(p) for p in body_paragraphs(data)) == "Leaders' Communiqué"


def test_empty_document_exports() -> None:
    data = build(replace(communique(), sections=()))
    assert docx.Document(io.BytesIO(data)).paragraphs
