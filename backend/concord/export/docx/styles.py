"""The named styles the writer uses, and how they join a template's styles.

The writer refers to styles by these ids. A template keeps every style it defines; a style it
lacks is added; a style it has under another id (a localised Word names "Heading 1"
"Überschrift 1" with id "berschrift1") is added under our id, based on the template's, so the
template's look wins. Secretariats restyle by editing these styles in their template.
"""

from __future__ import annotations

from lxml import etree

from concord.export.docx.xml import W_NS, root, to_bytes, w

_P = 'w:type="paragraph"'
_C = 'w:type="character"'
_HEADING_SIZES = (32, 28, 26, 24, 22, 22)

# (styleId, built-in name, type, body)
STYLES: tuple[tuple[str, str, str, str], ...] = (
    (
        "Normal",
        "Normal",
        _P,
        '<w:qFormat/><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr>',
    ),
    (
        "Title",
        "Title",
        _P,
        '<w:basedOn w:val="Normal"/><w:next w:val="Subtitle"/><w:qFormat/>'
        '<w:pPr><w:spacing w:after="120"/><w:jc w:val="center"/></w:pPr>'
        '<w:rPr><w:b/><w:bCs/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr>',
    ),
    (
        "Subtitle",
        "Subtitle",
        _P,
        '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/>'
        '<w:jc w:val="center"/></w:pPr><w:rPr><w:color w:val="404040"/></w:rPr>',
    ),
    *(
        (
            f"Heading{level}",
            f"heading {level}",
            _P,
            '<w:basedOn w:val="Normal"/><w:next w:val="NumberedParagraph"/><w:qFormat/>'
            '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/>'
            f'<w:outlineLvl w:val="{level - 1}"/></w:pPr>'
            f'<w:rPr><w:b/><w:bCs/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>',
        )
        for level, size in zip(range(1, 7), _HEADING_SIZES, strict=True)
    ),
    (
        "NumberedParagraph",
        "Numbered Paragraph",
        _P,
        '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="160"/>'
        '<w:jc w:val="both"/></w:pPr>',
    ),
    (
        "BodyContinued",
        "Body Text Continued",
        _P,
        '<w:basedOn w:val="NumberedParagraph"/><w:pPr><w:ind w:left="567"/></w:pPr>',
    ),
    (
        "ListParagraph",
        "List Paragraph",
        _P,
        '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:contextualSpacing/></w:pPr>',
    ),
    (
        "Quote",
        "Quote",
        _P,
        '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="1134" w:right="567"/>'
        "</w:pPr><w:rPr><w:i/><w:iCs/></w:rPr>",
    ),
    (
        "CodeBlock",
        "Code Block",
        _P,
        '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/><w:ind w:left="567"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New"/>'
        '<w:sz w:val="20"/></w:rPr>',
    ),
    (
        "TableText",
        "Table Text",
        _P,
        '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="20" w:after="20" w:line="240" '
        'w:lineRule="auto"/></w:pPr>',
    ),
    (
        "TableHeading",
        "Table Heading",
        _P,
        '<w:basedOn w:val="TableText"/><w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr>',
    ),
    (
        "MatrixCell",
        "Matrix Cell",
        _P,
        '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="14"/><w:szCs w:val="14"/></w:rPr>',
    ),
    (
        "FootnoteText",
        "footnote text",
        _P,
        '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>',
    ),
    (
        "Header",
        "header",
        _P,
        '<w:basedOn w:val="Normal"/><w:pPr>'
        '<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/>'
        '</w:tabs><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/>'
        "</w:rPr>",
    ),
    (
        "Footer",
        "footer",
        _P,
        '<w:basedOn w:val="Normal"/><w:pPr>'
        '<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/>'
        '</w:tabs><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/>'
        "</w:rPr>",
    ),
    (
        "FootnoteReference",
        "footnote reference",
        _C,
        '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>',
    ),
    (
        "Hyperlink",
        "Hyperlink",
        _C,
        '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>',
    ),
    (
        "ParagraphStatus",
        "Paragraph Status",
        _C,
        '<w:rPr><w:b/><w:bCs/><w:smallCaps/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>',
    ),
    (
        "TableGrid",
        "Table Grid",
        'w:type="table"',
        '<w:basedOn w:val="TableNormal"/><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>'
        + "".join(
            f'<w:{edge} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            for edge in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        + "</w:tblBorders></w:tblPr>",
    ),
    (
        "TableNormal",
        "Normal Table",
        'w:type="table"',
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
        "</w:tblPr>",
    ),
)

_DEFAULTS = (
    "<w:docDefaults><w:rPrDefault><w:rPr>"
    '<w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri" w:cs="Arial"/>'
    '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="en-US" '
    'w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
)
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)


def _style(style_id: str, name: str, kind: str, body: str) -> etree._Element:
    default = ' w:default="1"' if style_id in ("Normal", "TableNormal") else ""
    xml = (
        f'<w:style xmlns:w="{W_NS}" {kind}{default} w:styleId="{style_id}">'
        f'<w:name w:val="{name}"/>{body}</w:style>'
    )
    return etree.fromstring(xml, _PARSER)


def default_styles() -> etree._Element:
    styles = root("styles")
    styles.append(etree.fromstring(f'<w:x xmlns:w="{W_NS}">{_DEFAULTS}</w:x>', _PARSER)[0])
    for definition in STYLES:
        styles.append(_style(*definition))
    return styles


def merge_styles(template: bytes | None) -> bytes:
    """The template's styles plus the ones the writer needs and the template lacks."""
    styles = _parse(template)
    if styles is None:
        return to_bytes(default_styles())
    by_id = {e.get(w("styleId")): e for e in styles.iterchildren(w("style"))}
    by_name: dict[str, etree._Element] = {}
    for element in styles.iterchildren(w("style")):
        name_element = element.find(w("name"))
        if name_element is not None:
            by_name.setdefault((name_element.get(w("val")) or "").casefold(), element)
    for style_id, name, kind, body in STYLES:
        if style_id in by_id:
            continue
        theirs = by_name.get(name.casefold())
        if theirs is not None and theirs.get(w("type")) == kind.split('"')[1]:
            alias = _style(style_id, f"{name} (Concord)", kind, "")
            etree.SubElement(alias, w("basedOn")).set(w("val"), theirs.get(w("styleId")) or "")
            styles.append(alias)
        else:
            styles.append(_style(style_id, name, kind, body))
    if styles.find(w("docDefaults")) is None:
        styles.insert(0, default_styles()[0])
    return to_bytes(styles)


def _parse(template: bytes | None) -> etree._Element | None:
    if not template:
        return None
    try:
        styles = etree.fromstring(template, _PARSER)
    except etree.XMLSyntaxError:
        return None
    return styles if styles.tag == w("styles") else None


def complex_script_font(styles_xml: bytes) -> str:
    """The template's complex-script font (Arabic, Hebrew), or Arial."""
    styles = _parse(styles_xml)
    if styles is not None:
        fonts = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}/{w('rFonts')}")
        if fonts is not None and fonts.get(w("cs")):
            return str(fonts.get(w("cs")))
    return "Arial"


def numbers_styles(styles_xml: bytes) -> bool:
    """Whether any style of the template carries numbering (a heading numbered "1.", "1.1"):
    only then do the writer's unnumbered headings need numbering turned off with `numId` 0."""
    styles = _parse(styles_xml)
    return styles is not None and next(styles.iter(w("numPr")), None) is not None
