"""The Word writer: an `ExportDocument` in, a .docx file out (clean, bracketed or redline).

OOXML is built with lxml directly and zipped here: python-docx has no footnotes, numbering
definitions, bidi or revisions (STACK.md), and its document model is slower than writing the
XML. python-docx is what the tests open the files with.
"""

from __future__ import annotations

import copy

from lxml import etree

from concord.export.content import ExportDocument
from concord.export.docx import properties
from concord.export.docx.body import Body, footer_paragraphs, header_paragraphs
from concord.export.docx.footnotes import Footnotes
from concord.export.docx.inline import Context, PartWriter, Rels
from concord.export.docx.numbering import Numbering
from concord.export.docx.package import Package, Template, default_sect_pr, read_template
from concord.export.docx.package import default_template as default_template
from concord.export.docx.styles import complex_script_font, merge_styles, numbers_styles
from concord.export.docx.theme import font_table as default_font_table
from concord.export.docx.theme import theme
from concord.export.docx.xml import (
    CT_APP,
    CT_CORE,
    CT_CUSTOM,
    CT_DOCUMENT,
    CT_FONT_TABLE,
    CT_FOOTER,
    CT_FOOTNOTES,
    CT_HEADER,
    CT_NUMBERING,
    CT_SETTINGS,
    CT_STYLES,
    CT_THEME,
    R_NS,
    RT_APP,
    RT_CORE,
    RT_CUSTOM,
    RT_FONT_TABLE,
    RT_FOOTER,
    RT_FOOTNOTES,
    RT_HEADER,
    RT_NUMBERING,
    RT_OFFICE_DOCUMENT,
    RT_SETTINGS,
    RT_STYLES,
    RT_THEME,
    root,
    sub,
    to_bytes,
    w,
)

MAIN = "word/document.xml"


def build_docx(doc: ExportDocument, template: bytes | None = None) -> bytes:
    """The .docx for `doc`, styled by `template` (a checked upload) or the default."""
    shape = read_template(template)
    styles = merge_styles(shape.styles)
    context = Context(cs_font=complex_script_font(styles), numbered_styles=numbers_styles(styles))
    footnotes = Footnotes(context)
    context.footnotes = footnotes
    numbering = Numbering(shape.numbering)
    body = Body(doc, context, numbering)
    body.title_block()
    for section in doc.sections:
        body.section(section)
    if doc.variant == "bracketed":
        body.annex()
    body.commitments_annex()

    package = Package()
    rels = body.rels
    rels.add(RT_STYLES, "word/styles.xml")
    package.add("word/styles.xml", styles, CT_STYLES)
    rels.add(RT_SETTINGS, "word/settings.xml")
    package.add("word/settings.xml", _settings(), CT_SETTINGS)
    rels.add(RT_FOOTNOTES, "word/footnotes.xml")
    package.add("word/footnotes.xml", footnotes.xml(), CT_FOOTNOTES)
    package.add_rels("word/footnotes.xml", footnotes.rels.items)
    rels.add(RT_NUMBERING, "word/numbering.xml")
    package.add("word/numbering.xml", numbering.xml(), CT_NUMBERING)
    rels.add(RT_THEME, "word/theme/theme1.xml")
    package.add("word/theme/theme1.xml", shape.theme or theme(context.cs_font), CT_THEME)
    rels.add(RT_FONT_TABLE, "word/fontTable.xml")
    font_table = shape.font_table or default_font_table(context.cs_font)
    package.add("word/fontTable.xml", font_table, CT_FONT_TABLE)
    sect_pr = _section_properties(doc, shape, context, package, rels)
    if body.section_break is not None:
        _landscape_annex(body.section_break, sect_pr)
    body.body.append(sect_pr)
    package.add(MAIN, to_bytes(body.document), CT_DOCUMENT)
    package.add_rels(MAIN, rels.items)

    package.add("docProps/core.xml", properties.core(doc), CT_CORE)
    package.add("docProps/app.xml", properties.app(), CT_APP)
    package.add("docProps/custom.xml", properties.custom(doc), CT_CUSTOM)
    package.add_rels(
        "",
        [
            ("rId1", RT_OFFICE_DOCUMENT, MAIN, False),
            ("rId2", RT_CORE, "docProps/core.xml", False),
            ("rId3", RT_APP, "docProps/app.xml", False),
            ("rId4", RT_CUSTOM, "docProps/custom.xml", False),
        ],
    )
    return package.write()


def _section_properties(
    doc: ExportDocument, shape: Template, context: Context, package: Package, rels: Rels
) -> etree._Element:
    """The template's page setup, with headers and footers: the template's letterhead (if any)
    followed by the title, revision, draft mark or manifest hash and page numbers."""
    sect_pr = shape.sect_pr if shape.sect_pr is not None else default_sect_pr()
    kinds = ["default"] + (["first"] if sect_pr.find(w("titlePg")) is not None else [])
    for name, content_type, rel_type in (
        ("footer", CT_FOOTER, RT_FOOTER),
        ("header", CT_HEADER, RT_HEADER),
    ):
        for kind in reversed(kinds):
            letterhead = next(
                (x for x in shape.letterheads if x.kind == name and x.type == kind), None
            )
            part_rels = Rels()
            if letterhead is not None:
                part = letterhead.element
                part_rels.items = [(f"t{i}", t, target, x) for i, t, target, x in letterhead.rels]
                _rename_ids(part, {old: f"t{old}" for old, *_ in letterhead.rels})
            else:
                part = root("hdr" if name == "header" else "ftr")
            writer = PartWriter(context, part_rels)
            if name == "header":
                header_paragraphs(writer, part, doc)
            else:
                footer_paragraphs(writer, part, doc)
            part_name = f"word/{name}{len([t for t in package.types if name in t]) + 1}.xml"
            package.add(part_name, to_bytes(part), content_type)
            package.add_rels(part_name, part_rels.items)
            reference = etree.Element(w(f"{name}Reference"))
            reference.set(w("type"), kind)
            reference.set(f"{{{R_NS}}}id", rels.add(rel_type, part_name))
            sect_pr.insert(0, reference)
    for name, (data, content_type) in shape.parts.items():
        if name not in package.parts:
            package.add(name, data, content_type)
            package.add_rels(name, shape.part_rels.get(name, []))
    return sect_pr


def _landscape_annex(section_break: etree._Element, sect_pr: etree._Element) -> None:
    """The body keeps the page setup (a copy of the last section's properties, ending the
    paragraph before the annex: a next-page section break); the annex's section is landscape,
    with the same headers and footers."""
    ppr = section_break.find(w("pPr"))
    assert ppr is not None
    ppr.append(copy.deepcopy(sect_pr))  # after pStyle and rPr, as CT_PPr orders it
    size = sect_pr.find(w("pgSz"))
    if size is None:
        size = etree.Element(w("pgSz"), {w("w"): "11906", w("h"): "16838"})
        references = [c for c in sect_pr if c.tag in (w("headerReference"), w("footerReference"))]
        sect_pr.insert(len(references), size)
    width, height = int(size.get(w("w")) or 11906), int(size.get(w("h")) or 16838)
    size.set(w("w"), str(max(width, height)))
    size.set(w("h"), str(min(width, height)))
    size.set(w("orient"), "landscape")


def _rename_ids(part: etree._Element, mapping: dict[str, str]) -> None:
    """Relationship ids inside a letterhead, renamed so our own ids never collide with them."""
    for element in part.iter():
        for attribute, value in element.attrib.items():
            relationship = attribute.startswith(f"{{{R_NS}}}") or attribute.endswith("}relid")
            if relationship and value in mapping:
                element.set(attribute, mapping[value])


def _settings() -> bytes:
    settings = root("settings")
    sub(settings, "zoom", percent="100")
    sub(settings, "defaultTabStop", val="720")
    sub(settings, "characterSpacingControl", val="doNotCompress")
    footnote_pr = sub(settings, "footnotePr")
    sub(footnote_pr, "footnote", id="-1")
    sub(footnote_pr, "footnote", id="0")
    compat = sub(settings, "compat")
    # A justified line that ends in a line break (Markdown's hard break) is not stretched to
    # the margin: Word and LibreOffice (DoNotJustifyLinesWithManualBreak) both read this.
    sub(compat, "doNotExpandShiftReturn")
    setting = sub(compat, "compatSetting", name="compatibilityMode", val="15")
    setting.set(w("uri"), "http://schemas.microsoft.com/office/word")
    return to_bytes(settings)


__all__ = ["build_docx", "default_template"]
