"""A Word file read as Concord sees a text: paragraphs of pieces, with their tracked changes.

python-docx has no footnotes, numbering definitions, revisions or comments, and its paragraph
text skips what lies inside `w:ins`; so the XML parts (already parsed by the upload checks) are
read here directly. A paragraph becomes a list of `Piece`s: text with its formatting, link and
tracked change, footnote references, line breaks and the zero-width ends of comment ranges.
Which pieces count (accept, reject, one author's changes only) is decided later (`compose.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from lxml import etree

from concord.export.docx.xml import PKG_REL_NS, R_NS, RT_HYPERLINK, W_NS, w

BOLD, ITALIC, STRIKE, CODE, SUPERSCRIPT = 1, 2, 4, 8, 16

# A hidden bookmark (Word hides names that start with "_") that Concord's export puts around
# each section: `_cs12v3` is section 12 at version 3.
IDENTITY = re.compile(r"^_cs(\d+)v(\d+)$")
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_HEADING_NAME = re.compile(r"^heading\s*([1-9])$")

Change = Literal["ins", "del"] | None


@dataclass(slots=True)
class Piece:
    text: str = ""
    flags: int = 0
    link: str | None = None
    note: int | None = None  # a footnote reference: the footnote's id in the file
    brk: bool = False
    change: Change = None
    author: str = ""
    comment: tuple[str, int] | None = None  # ("start" | "end", comment id): zero width


@dataclass(slots=True)
class Paragraph:
    kind: Literal["heading", "body", "list", "table", "title", "subtitle"]
    pieces: list[Piece] = field(default_factory=list)
    level: int = 0  # heading level (1-6) or list level (0-8)
    list_kind: Literal["bullet", "ordered"] | None = None
    numbered: bool = False  # Word's own paragraph numbering (left out: Concord numbers)
    continued: bool = False  # a later block of the same section (Concord's BodyContinued)
    rtl: bool = False
    identity: tuple[int, int] | None = None  # (section id, version) from the export's bookmark
    inside: bool = False  # within an identity bookmark's range opened in an earlier paragraph
    mark: Change = None  # the paragraph itself inserted or deleted with tracking
    mark_author: str = ""
    rows: list[list[list[Piece]]] = field(default_factory=list)  # a table's cells
    label: str | None = None  # a list item's typed label ("(a)") where Markdown has none


@dataclass(frozen=True)
class Comment:
    id: int
    author: str
    text: str


@dataclass
class WordFile:
    paragraphs: list[Paragraph]
    footnotes: dict[int, list[Piece]]
    comments: dict[int, Comment]
    properties: dict[str, str]
    warnings: list[str]


@dataclass
class _Style:
    name: str = ""
    based_on: str | None = None
    outline: int | None = None
    num: tuple[str, int] | None = None
    bidi: bool = False


def read(parts: dict[str, etree._Element]) -> WordFile:
    """The paragraphs of `word/document.xml`, with footnotes, comments and custom properties."""
    links = _hyperlinks(parts.get("word/_rels/document.xml.rels"))
    styles = _styles(parts.get("word/styles.xml"))
    numbering = _numbering(parts.get("word/numbering.xml"))
    warnings: list[str] = []
    walker = _Walker(styles, numbering, links, warnings)
    body = parts["word/document.xml"].find(w("body"))
    paragraphs = walker.blocks(body) if body is not None else []
    notes_walker = _Walker(
        styles, numbering, _hyperlinks(parts.get("word/_rels/footnotes.xml.rels")), warnings
    )
    return WordFile(
        paragraphs=paragraphs,
        footnotes=_footnotes(parts.get("word/footnotes.xml"), notes_walker),
        comments=_comments(parts.get("word/comments.xml")),
        properties=_properties(parts.get("docProps/custom.xml")),
        warnings=warnings,
    )


# --- the parts around the body ---------------------------------------------------------------


def _hyperlinks(rels: etree._Element | None) -> dict[str, str]:
    if rels is None:
        return {}
    return {
        str(rel.get("Id")): str(rel.get("Target", ""))
        for rel in rels.iter(f"{{{PKG_REL_NS}}}Relationship")
        if rel.get("Type") == RT_HYPERLINK
    }


def _val(element: etree._Element | None, default: str = "") -> str:
    if element is None:
        return default
    return str(element.get(w("val"), default))


def _styles(root: etree._Element | None) -> dict[str, _Style]:
    styles: dict[str, _Style] = {}
    if root is None:
        return styles
    for node in root.iter(w("style")):
        style = _Style(name=_val(node.find(w("name"))).lower())
        based = node.find(w("basedOn"))
        style.based_on = _val(based) if based is not None else None
        ppr = node.find(w("pPr"))
        if ppr is not None:
            outline = ppr.find(w("outlineLvl"))
            if outline is not None and _val(outline).isdigit():
                style.outline = int(_val(outline))
            style.num = _num_pr(ppr)
            style.bidi = _on(ppr.find(w("bidi")))
        styles[str(node.get(w("styleId"), ""))] = style
    return styles


Level = tuple[str, str, int]  # format (decimal, bullet, lowerLetter…), text ("(%1)"), start


def _numbering(root: etree._Element | None) -> dict[str, dict[int, Level]]:
    """numId -> level -> how it numbers."""
    if root is None:
        return {}
    abstract: dict[str, dict[int, Level]] = {}
    for node in root.iter(w("abstractNum")):
        levels = {}
        for lvl in node.iter(w("lvl")):
            ilvl = str(lvl.get(w("ilvl"), "0"))
            start = _val(lvl.find(w("start")), "1")
            if ilvl.isdigit():
                levels[int(ilvl)] = (
                    _val(lvl.find(w("numFmt")), "decimal"),
                    _val(lvl.find(w("lvlText")), ""),
                    int(start) if start.isdigit() else 1,
                )
        abstract[str(node.get(w("abstractNumId")))] = levels
    return {
        str(num.get(w("numId"))): abstract.get(_val(num.find(w("abstractNumId"))), {})
        for num in root.iter(w("num"))
    }


def _footnotes(root: etree._Element | None, walker: _Walker) -> dict[int, list[Piece]]:
    notes: dict[int, list[Piece]] = {}
    if root is None:
        return notes
    for note in root.iter(w("footnote")):
        if note.get(w("type")) in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        pieces: list[Piece] = []
        for paragraph in note.iter(w("p")):
            if pieces:
                pieces.append(Piece(" "))
            pieces.extend(walker.paragraph(paragraph).pieces)
        number = str(note.get(w("id"), ""))
        if number.lstrip("-").isdigit():
            notes[int(number)] = _trim(pieces)
    return notes


def _comments(root: etree._Element | None) -> dict[int, Comment]:
    found: dict[int, Comment] = {}
    if root is None:
        return found
    for node in root.iter(w("comment")):
        number = str(node.get(w("id"), ""))
        if not number.isdigit():
            continue
        text = "\n\n".join(
            "".join(t.text or "" for t in p.iter(w("t"))).strip() for p in node.iter(w("p"))
        ).strip()
        found[int(number)] = Comment(int(number), str(node.get(w("author"), "")), text)
    return found


def _properties(root: etree._Element | None) -> dict[str, str]:
    if root is None:
        return {}
    return {
        str(prop.get("name")): "".join(prop.itertext()).strip()
        for prop in root.iter(f"{{{_CUSTOM_NS}}}property")
    }


def _on(element: etree._Element | None) -> bool:
    return element is not None and _val(element, "true").lower() not in ("0", "false", "off")


def _num_pr(ppr: etree._Element) -> tuple[str, int] | None:
    num = ppr.find(w("numPr"))
    if num is None:
        return None
    ilvl = _val(num.find(w("ilvl")), "0")
    return _val(num.find(w("numId")), "0"), int(ilvl) if ilvl.isdigit() else 0


def _format(counts: list[int], level: int, levels: dict[int, Level]) -> str:
    value = counts[level] if level < len(counts) else 1
    fmt = levels.get(level, ("decimal", "", 1))[0]
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        while value > 0:
            value, rest = divmod(value - 1, 26)
            letters = chr(97 + rest) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman.upper() if fmt == "upperRoman" else roman
    return str(value)


def _roman(value: int) -> str:
    out = ""
    for number, letters in (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ):
        while value >= number:
            out += letters
            value -= number
    return out


def _without_note_commas(pieces: list[Piece]) -> list[Piece]:
    """The superscript comma Concord's export puts between two footnote references ("¹,²")
    is typography, not text."""
    notes = [i for i, p in enumerate(pieces) if p.note is not None]
    if len(notes) < 2:
        return pieces
    drop = {
        i
        for i in range(1, len(pieces) - 1)
        if pieces[i].text == ","
        and pieces[i].flags & SUPERSCRIPT
        and pieces[i - 1].note is not None
        and pieces[i + 1].note is not None
    }
    return [p for i, p in enumerate(pieces) if i not in drop]


def _trim(pieces: list[Piece]) -> list[Piece]:
    while pieces and not pieces[0].note and not pieces[0].comment and not pieces[0].text.strip():
        if pieces[0].brk:
            break
        pieces.pop(0)
    if pieces and pieces[0].text:
        pieces[0].text = pieces[0].text.lstrip()
    return pieces


# --- the body ----------------------------------------------------------------------------------

_RUN_FLAGS = (("b", BOLD), ("i", ITALIC), ("strike", STRIKE), ("dstrike", STRIKE))
_SKIP_STYLES = frozenset({"ParagraphStatus", "FootnoteReference"})
_CODE_FONTS = ("courier", "consolas", "mono")


class _Walker:
    def __init__(
        self,
        styles: dict[str, _Style],
        numbering: dict[str, dict[int, Level]],
        links: dict[str, str],
        warnings: list[str],
    ) -> None:
        self.styles = styles
        self.numbering = numbering
        self.links = links
        self.warnings = warnings
        self.open_identity: str | None = None  # the bookmark id whose range is open
        self.counters: dict[str, list[int]] = {}

    def blocks(self, body: etree._Element) -> list[Paragraph]:
        out: list[Paragraph] = []
        for child in body:
            tag = child.tag
            if tag == w("p"):
                out.append(self.paragraph(child))
            elif tag == w("tbl"):
                out.append(self.table(child))
            elif tag == w("sdt"):
                content = child.find(w("sdtContent"))
                if content is not None:
                    out.extend(self.blocks(content))
            elif tag in (w("ins"), w("moveTo"), w("del"), w("moveFrom")):
                out.extend(self.blocks(child))
        return out

    def _style_chain(self, style_id: str) -> list[_Style]:
        chain: list[_Style] = []
        seen: set[str] = set()
        current: str | None = style_id
        while current and current not in seen and current in self.styles:
            seen.add(current)
            chain.append(self.styles[current])
            current = self.styles[current].based_on
        return chain

    def paragraph(self, node: etree._Element) -> Paragraph:
        ppr = node.find(w("pPr"))
        style_id = _val(ppr.find(w("pStyle"))) if ppr is not None else ""
        chain = self._style_chain(style_id)
        name = chain[0].name if chain else style_id.lower()
        paragraph = Paragraph(kind="body", inside=self.open_identity is not None)
        outline = next((s.outline for s in chain if s.outline is not None), None)
        num = _num_pr(ppr) if ppr is not None else None
        if num is None:
            num = next((s.num for s in chain if s.num is not None), None)
        if ppr is not None:
            if ppr.find(w("outlineLvl")) is not None and _val(ppr.find(w("outlineLvl"))).isdigit():
                outline = int(_val(ppr.find(w("outlineLvl"))))
            bidi = ppr.find(w("bidi"))
            paragraph.rtl = _on(bidi) if bidi is not None else any(s.bidi for s in chain)
            rpr = ppr.find(w("rPr"))
            if rpr is not None:
                for tag, change in (("ins", "ins"), ("del", "del"), ("moveTo", "ins")):
                    mark = rpr.find(w(tag))
                    if mark is not None:
                        paragraph.mark = change  # type: ignore[assignment]
                        paragraph.mark_author = str(mark.get(w("author"), ""))
                if rpr.find(w("moveFrom")) is not None:
                    paragraph.mark = "del"
                    paragraph.mark_author = str(rpr.find(w("moveFrom")).get(w("author"), ""))  # type: ignore[union-attr]
        heading = _HEADING_NAME.match(name)
        if name == "title" or style_id == "Title":
            paragraph.kind = "title"
        elif name == "subtitle" or style_id == "Subtitle":
            paragraph.kind = "subtitle"
        elif heading or (outline is not None and outline < 6):
            paragraph.kind = "heading"
            paragraph.level = int(heading.group(1)) if heading else (outline or 0) + 1
        elif style_id == "BodyContinued":
            paragraph.continued = True
        elif num is not None and num[0] not in ("", "0"):
            self._numbered(paragraph, style_id, num)
        self._content(node, paragraph, paragraph.pieces, (0, None, None, ""))
        paragraph.pieces = _trim(_without_note_commas(paragraph.pieces))
        return paragraph

    def _numbered(self, paragraph: Paragraph, style_id: str, num: tuple[str, int]) -> None:
        levels = self.numbering.get(num[0], {})
        fmt, text, _start = levels.get(num[1], ("decimal", "", 1))
        counts = self.counters.setdefault(num[0], [])
        while len(counts) <= num[1]:
            counts.append(levels.get(len(counts), ("", "", 1))[2] - 1)
        counts[num[1]] += 1
        del counts[num[1] + 1 :]
        if style_id == "NumberedParagraph" or (
            style_id != "ListParagraph" and num[1] == 0 and fmt == "decimal"
        ):
            paragraph.numbered = True
            return
        paragraph.kind = "list"
        paragraph.level = num[1]
        paragraph.list_kind = "bullet" if fmt in ("bullet", "none") else "ordered"
        if fmt not in ("bullet", "none", "decimal"):
            # Letters and roman numerals have no Markdown: typed, as negotiators type "(a)".
            paragraph.label = re.sub(
                r"%([1-9])",
                lambda m: _format(counts, int(m.group(1)) - 1, levels),
                text,
            )

    def _content(
        self,
        node: etree._Element,
        paragraph: Paragraph,
        out: list[Piece],
        state: tuple[int, str | None, Change, str],
    ) -> None:
        flags, link, change, author = state
        for child in node:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            local = tag.rsplit("}", 1)[-1]
            if tag == w("r"):
                self._run(child, out, state)
            elif local in ("ins", "moveTo") and tag.startswith(f"{{{W_NS}}}"):
                self._content(
                    child, paragraph, out, (flags, link, "ins", str(child.get(w("author"), "")))
                )
            elif local in ("del", "moveFrom") and tag.startswith(f"{{{W_NS}}}"):
                self._content(
                    child, paragraph, out, (flags, link, "del", str(child.get(w("author"), "")))
                )
            elif tag == w("hyperlink"):
                target = self.links.get(str(child.get(f"{{{R_NS}}}id", "")))
                anchor = child.get(w("anchor"))
                self._content(child, paragraph, out, (flags, target or link, change, author))
                if target is None and anchor is None:
                    self.warnings.append("A hyperlink without a target was kept as plain text.")
            elif local in ("smartTag", "customXml", "fldSimple", "sdtContent"):
                self._content(child, paragraph, out, state)
            elif tag == w("sdt"):
                content = child.find(w("sdtContent"))
                if content is not None:
                    self._content(content, paragraph, out, state)
            elif tag == w("bookmarkStart"):
                found = IDENTITY.match(str(child.get(w("name"), "")))
                if found and paragraph.identity is None:
                    paragraph.identity = (int(found.group(1)), int(found.group(2)))
                    self.open_identity = str(child.get(w("id")))
                    paragraph.inside = False
            elif tag == w("bookmarkEnd"):
                if str(child.get(w("id"))) == self.open_identity:
                    self.open_identity = None
            elif tag == w("commentRangeStart"):
                out.append(Piece(comment=("start", int(child.get(w("id"), "0") or 0))))
            elif tag == w("commentRangeEnd"):
                out.append(Piece(comment=("end", int(child.get(w("id"), "0") or 0))))

    def _run(
        self, run: etree._Element, out: list[Piece], state: tuple[int, str | None, Change, str]
    ) -> None:
        flags, link, change, author = state
        rpr = run.find(w("rPr"))
        if rpr is not None:
            if (
                _val(rpr.find(w("rStyle"))) in _SKIP_STYLES
                and run.find(w("footnoteReference")) is None
            ):
                return
            for tag, flag in _RUN_FLAGS:
                if _on(rpr.find(w(tag))):
                    flags |= flag
            fonts = rpr.find(w("rFonts"))
            if fonts is not None and any(
                f in str(fonts.get(w("ascii"), "")).lower() for f in _CODE_FONTS
            ):
                flags |= CODE
            if _val(rpr.find(w("rStyle"))) in ("VerbatimChar", "InlineCode"):
                flags |= CODE
            if _val(rpr.find(w("vertAlign"))) == "superscript":
                flags |= SUPERSCRIPT
        for child in run:
            tag = str(child.tag)
            if tag in (w("t"), w("delText")):
                if child.text:
                    out.append(Piece(child.text, flags, link, change=change, author=author))
            elif tag == w("tab"):
                out.append(Piece("\t", flags, link, change=change, author=author))
            elif tag in (w("br"), w("cr")):
                if child.get(w("type")) in (None, "textWrapping"):
                    out.append(Piece(brk=True, change=change, author=author))
            elif tag == w("noBreakHyphen"):
                out.append(Piece("\u2011", flags, link, change=change, author=author))
            elif tag == w("sym"):
                out.append(Piece(chr(int(child.get(w("char"), "3F"), 16) & 0xFFFF or 0x3F)))
            elif tag == w("footnoteReference"):
                number = str(child.get(w("id"), ""))
                if number.isdigit():
                    out.append(Piece(note=int(number), change=change, author=author))
            elif tag == w("commentReference"):
                continue

    def table(self, node: etree._Element) -> Paragraph:
        paragraph = Paragraph(kind="table", inside=self.open_identity is not None)
        for row in node.iter(w("tr")):
            cells: list[list[Piece]] = []
            for cell in row.iter(w("tc")):
                pieces: list[Piece] = []
                for inner in cell.iter(w("p")):
                    if pieces:
                        pieces.append(Piece(" "))
                    found = self.paragraph(inner)
                    pieces.extend(found.pieces)
                    if found.identity is not None and paragraph.identity is None:
                        paragraph.identity = found.identity
                cells.append(pieces)
            paragraph.rows.append(cells)
        return paragraph
