"""Runs into OOXML: formatting, hyperlinks, footnote references, direction, tracked changes.

One `PartWriter` per part (document, footnotes, header, footer), because hyperlinks are
relationships of the part they sit in; the `Context` is shared (revision ids are unique across
the whole file, footnotes live in one part).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal, Protocol

from lxml import etree

from concord.export.docx import bidi
from concord.export.docx.markdown import (
    BOLD,
    BRACKET,
    BRACKET_MARK,
    CODE,
    ITALIC,
    STRIKE,
    SUPERSCRIPT,
    Block,
    Run,
)
from concord.export.docx.xml import R_NS, RT_HYPERLINK, SPACE, safe, sub, w

Direction = Literal["ltr", "rtl"]


class FootnoteSink(Protocol):
    """Where a footnote's text goes (`footnotes.Footnotes`, which writes with this module's
    `PartWriter`: a protocol here keeps the import one way)."""

    def add(self, blocks: tuple[Block, ...]) -> int: ...


@dataclass(frozen=True, slots=True)
class Change:
    """A tracked insertion or deletion, attributed as a redline attributes it; or a move: the
    text moved away (`moveFrom`) or moved in (`moveTo`). A deletion `within` a move is text
    that was moved in and deleted there: it shows in neither the newer text nor the older."""

    kind: Literal["ins", "del", "moveFrom", "moveTo"]
    author: str
    date: str  # W3CDTF
    within: Change | None = None

    @property
    def removes(self) -> bool:
        """Its text is gone once the change is accepted (deleted text, `w:delText`)."""
        return self.kind in ("del", "moveFrom")


@dataclass(slots=True)
class Piece:
    run: Run
    change: Change | None = None
    # Formatting changed by a later version: the flags before, and who changed them.
    was: tuple[int, Change] | None = None


@dataclass
class Rels:
    """The relationships of one part."""

    items: list[tuple[str, str, str, bool]] = field(default_factory=list)  # id, type, target, ext
    _links: dict[str, str] = field(default_factory=dict)

    def add(self, rel_type: str, target: str, external: bool = False) -> str:
        rel_id = f"rId{len(self.items) + 1}"
        self.items.append((rel_id, rel_type, target, external))
        return rel_id

    def hyperlink(self, url: str) -> str:
        if url not in self._links:
            self._links[url] = self.add(RT_HYPERLINK, url, external=True)
        return self._links[url]


@dataclass
class Context:
    cs_font: str = "Arial"
    code_font: str = "Courier New"
    numbered_styles: bool = False  # a template style carries numbering (styles.numbers_styles)
    next_revision: int = 1
    footnotes: FootnoteSink | None = None

    def revision_id(self) -> str:
        self.next_revision += 1
        return str(self.next_revision)


_SHADE = {"fill": "FFE699", "val": "clear", "color": "auto"}
R_ID = f"{{{R_NS}}}id"


class PartWriter:
    def __init__(self, context: Context, rels: Rels) -> None:
        self.context = context
        self.rels = rels

    def plain(self, runs: Iterable[Run]) -> list[Piece]:
        return [Piece(run) for run in runs]

    def runs(self, paragraph: etree._Element, pieces: list[Piece], base: Direction) -> None:
        """Append pieces to a paragraph: consecutive pieces of one link share a `w:hyperlink`,
        consecutive pieces of one change share a `w:ins` / `w:del`."""
        link: str | None = None
        change: Change | None = None
        holder = paragraph
        target = paragraph
        for piece in _separate_notes(pieces):
            if piece.run.link != link:
                link = piece.run.link
                holder = paragraph
                if link is not None:
                    holder = sub(paragraph, "hyperlink")
                    holder.set(R_ID, self.rels.hyperlink(safe(link)))
                    holder.set(w("history"), "1")
                change = None
                target = holder
            if piece.change != change:
                change = piece.change
                target = holder
                if change is not None and change.within is not None:
                    target = self.change(target, change.within)
                if change is not None:
                    target = self.change(target, change)
            self.run(target, piece, base)

    def change(self, parent: etree._Element, change: Change) -> etree._Element:
        element = sub(parent, change.kind)
        self._attribute(element, change)
        return element

    def _attribute(self, element: etree._Element, change: Change) -> None:
        element.set(w("id"), self.context.revision_id())
        element.set(w("author"), safe(change.author))
        element.set(w("date"), change.date)

    def run(self, parent: etree._Element, piece: Piece, base: Direction) -> None:
        run = piece.run
        deleted = piece.change is not None and piece.change.removes
        if run.note is not None:
            self._note(parent, run.note, base)
        elif run.brk:
            sub(sub(parent, "r"), "br")
        elif run.text:
            for text, rtl in bidi.segments(run.text, base):
                element = sub(parent, "r")
                self.rpr(element, run.flags, rtl, text, link=run.link is not None, was=piece.was)
                _text(element, text, deleted)

    def _note(self, parent: etree._Element, note: tuple[Block, ...], base: Direction) -> None:
        footnotes = self.context.footnotes
        if footnotes is None:
            return
        element = sub(parent, "r")
        rpr = sub(element, "rPr")
        sub(rpr, "rStyle", val="FootnoteReference")
        if base == "rtl":
            sub(rpr, "rtl")
        sub(element, "footnoteReference", id=str(footnotes.add(note)))

    def rpr(
        self,
        run: etree._Element,
        flags: int,
        rtl: bool,
        text: str = "",
        *,
        link: bool = False,
        was: tuple[int, Change] | None = None,
        style: str | None = None,
    ) -> etree._Element:
        """Run properties in schema order (Word refuses a file whose order is wrong)."""
        rpr = sub(run, "rPr")
        self._rpr_base(rpr, flags, rtl, text, link=link, style=style)
        if was is not None:
            change = sub(rpr, "rPrChange")
            self._attribute(change, was[1])
            self._rpr_base(sub(change, "rPr"), was[0], rtl, text, link=link, style=style)
        if not len(rpr):
            run.remove(rpr)
        return rpr

    def _rpr_base(
        self,
        rpr: etree._Element,
        flags: int,
        rtl: bool,
        text: str,
        *,
        link: bool,
        style: str | None,
    ) -> None:
        if style is None and link:
            style = "Hyperlink"
        if style is not None:
            sub(rpr, "rStyle", val=style)
        if rtl or flags & CODE:
            fonts = sub(rpr, "rFonts")
            if flags & CODE:
                fonts.set(w("ascii"), self.context.code_font)
                fonts.set(w("hAnsi"), self.context.code_font)
            if rtl:
                fonts.set(w("cs"), self.context.cs_font)
        if flags & (BOLD | BRACKET_MARK):
            sub(rpr, "b")
            sub(rpr, "bCs")
        if flags & ITALIC:
            sub(rpr, "i")
            sub(rpr, "iCs")
        if flags & STRIKE:
            sub(rpr, "strike")
        if flags & BRACKET_MARK:
            sub(rpr, "color", val="C00000")
        if flags & BRACKET:
            sub(rpr, "shd", **_SHADE)
        if flags & SUPERSCRIPT:
            sub(rpr, "vertAlign", val="superscript")
        if rtl:
            sub(rpr, "rtl")
            sub(rpr, "lang").set(w("bidi"), bidi.language(text))


def _separate_notes(pieces: list[Piece]) -> list[Piece]:
    """A superscript comma between footnote references that follow each other ("¹,²", as
    typesetters separate them), so two notes never read as footnote 12. In a redline the comma
    goes with the reference that is inserted or deleted; none stands between a deleted and an
    inserted reference, which are never shown together once the changes are accepted or
    rejected."""
    out: list[Piece] = []
    previous: Piece | None = None
    for piece in pieces:
        if previous is not None and previous.run.note is not None and piece.run.note is not None:
            kinds = {c.kind for c in (previous.change, piece.change) if c is not None}
            if len(kinds) < 2:
                change = piece.change if piece.change is not None else previous.change
                out.append(Piece(Run(",", SUPERSCRIPT), change))
        out.append(piece)
        previous = piece
    return out


def _text(run: etree._Element, text: str, deleted: bool) -> None:
    """`w:t` (or `w:delText`) with tabs and newlines as Word elements."""
    tag = "delText" if deleted else "t"
    if "\t" not in text and "\n" not in text:
        element = sub(run, tag)
        element.text = text
        element.set(SPACE, "preserve")
        return
    piece = ""
    for ch in text:
        if ch in "\t\n":
            if piece:
                _text(run, piece, deleted)
                piece = ""
            sub(run, "tab" if ch == "\t" else "br")
        else:
            piece += ch
    if piece:
        _text(run, piece, deleted)
