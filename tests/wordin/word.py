"""Small Word files written by hand, for what pandoc cannot write: tracked changes by several
authors, comments, Word's own numbering, right-to-left paragraphs."""

from __future__ import annotations

import io
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def run(text: str, props: str = "") -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'{rpr and ""}<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def ins(text: str, author: str, props: str = "") -> str:
    return f'<w:ins w:id="1" w:author="{author}" w:date="2026-01-01T00:00:00Z">{run(text, props)}</w:ins>'


def delete(text: str, author: str) -> str:
    return (
        f'<w:del w:id="2" w:author="{author}" w:date="2026-01-01T00:00:00Z">'
        f'<w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'
    )


def para(
    *content: str, style: str = "", num: tuple[int, int] | None = None, rtl: bool = False
) -> str:
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num is not None:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if rtl:
        ppr += "<w:bidi/>"
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{''.join(content)}</w:p>"


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
</w:styles>"""

NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""


def comments(*items: tuple[int, str, str]) -> str:
    body = "".join(
        f'<w:comment w:id="{i}" w:author="{author}"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:comment>'
        for i, author, text in items
    )
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {W}>{body}</w:comments>'


def footnotes(*items: tuple[int, str]) -> str:
    body = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        for i, text in items
    )
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>{body}</w:footnotes>'


def docx(
    *paragraphs: str,
    comment_part: str | None = None,
    footnote_part: str | None = None,
    links: dict[str, str] | None = None,
) -> bytes:
    """A Word file with these paragraphs (and comments, footnotes, hyperlink targets)."""
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W} {R}>'
        f"<w:body>{''.join(paragraphs)}<w:sectPr/></w:body></w:document>"
    )
    rels = [
        ("rS", f"{RELS}/styles", "styles.xml", ""),
        ("rN", f"{RELS}/numbering", "numbering.xml", ""),
    ]
    overrides = [
        ("/word/document.xml", f"{MAIN}.document.main+xml"),
        ("/word/styles.xml", f"{MAIN}.styles+xml"),
        ("/word/numbering.xml", f"{MAIN}.numbering+xml"),
    ]
    if comment_part is not None:
        rels.append(("rC", f"{RELS}/comments", "comments.xml", ""))
        overrides.append(("/word/comments.xml", f"{MAIN}.comments+xml"))
    if footnote_part is not None:
        rels.append(("rF", f"{RELS}/footnotes", "footnotes.xml", ""))
        overrides.append(("/word/footnotes.xml", f"{MAIN}.footnotes+xml"))
    for rid, url in (links or {}).items():
        rels.append((rid, f"{RELS}/hyperlink", url, ' TargetMode="External"'))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            + "".join(f'<Override PartName="{n}" ContentType="{t}"/>' for n, t in overrides)
            + "</Types>",
        )
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{RELS}/officeDocument" Target="word/document.xml"/>'
            "</Relationships>",
        )
        archive.writestr(
            "word/_rels/document.xml.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(
                f'<Relationship Id="{i}" Type="{t}" Target="{target}"{mode}/>'
                for i, t, target, mode in rels
            )
            + "</Relationships>",
        )
        archive.writestr("word/document.xml", document)
        archive.writestr("word/styles.xml", STYLES)
        archive.writestr("word/numbering.xml", NUMBERING)
        if comment_part is not None:
            archive.writestr("word/comments.xml", comment_part)
        if footnote_part is not None:
            archive.writestr("word/footnotes.xml", footnote_part)
    return out.getvalue()
