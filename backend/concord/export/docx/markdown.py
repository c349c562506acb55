"""A section's Markdown as Word sees it: blocks (paragraphs, list items, quotes, code) of runs.

Parsed with markdown-it configured as the app renders Markdown for the browser (no raw HTML,
only safe links, footnotes, tables), so the Word text says what the reader saw on screen. A
table's cells are blocks of their own that know their place (`Cell`); the writer sets them in a
Word table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from concord.drafting.render import url_is_safe
from concord.export.docx.xml import safe

BOLD, ITALIC, STRIKE, CODE, BRACKET, BRACKET_MARK, SUPERSCRIPT = 1, 2, 4, 8, 16, 32, 64

ListKind = Literal["bullet", "ordered"]
BlockStyle = Literal["body", "quote", "code"]


@dataclass(slots=True)
class Run:
    """A stretch of text with one formatting; or a footnote reference (`note`); or a break."""

    text: str
    flags: int = 0
    link: str | None = None
    note: tuple[Block, ...] | None = None
    brk: bool = False


@dataclass(frozen=True, slots=True)
class Cell:
    """Where a block stands in a Markdown table of the section."""

    table: int  # which table of the section (from 1)
    row: int  # from 0; the head row is row 0
    column: int
    columns: int  # the table's width
    head: bool
    align: str | None  # "left" | "center" | "right" from the delimiter row


@dataclass(slots=True)
class Block:
    runs: list[Run] = field(default_factory=list)
    style: BlockStyle = "body"
    list_kind: ListKind | None = None
    list_level: int = 0
    list_id: int = 0  # which list of the section this item belongs to (one Word num each)
    list_start: int = 1
    continued: bool = False  # a later paragraph of a list item: indented, no number
    cell: Cell | None = None  # a table cell's text

    def plain(self) -> str:
        return "".join(run.text for run in self.runs)

    def key(self) -> str:
        """What a redline compares for the paragraph mark: a change of block kind is a change."""
        cell = "" if self.cell is None else f":t{self.cell.column}/{self.cell.columns}"
        return f"\x00p{self.style}:{self.list_kind}:{self.list_level}:{self.continued}{cell}"


class _SafeMarkdownIt(MarkdownIt):
    def validateLink(self, url: str) -> bool:  # noqa: N802 - markdown-it's name
        return url_is_safe(url)


def _build() -> MarkdownIt:
    md = _SafeMarkdownIt("commonmark", {"html": False, "linkify": False})
    md.enable(["strikethrough", "table"])
    md.use(footnote_plugin)
    return md


_MD = _build()
_HYPERLINK_SCHEMES = ("https:", "http:", "mailto:")


def parse(markdown: str) -> list[Block]:
    """Blocks of a section; footnote references carry their definition's blocks."""
    tokens = _MD.parse(safe(markdown))
    notes = _footnotes(tokens)
    return _Blocks(notes).walk(tokens)


def parse_inline(markdown: str) -> list[Run]:
    """One line of runs (a heading, a title): the blocks joined by spaces."""
    runs: list[Run] = []
    for block in parse(markdown):
        if runs:
            runs.append(Run(" "))
        runs.extend(block.runs)
    return runs


def plain_note(text: str) -> tuple[Block, ...]:
    """A footnote body from plain text (a delegation's statement is not Markdown)."""
    return (Block([Run(safe(text))]),)


def _footnotes(tokens: list[Token]) -> dict[int, tuple[Block, ...]]:
    notes: dict[int, tuple[Block, ...]] = {}
    start: int | None = None
    for index, token in enumerate(tokens):
        if token.type == "footnote_open":
            start = index + 1
        elif token.type == "footnote_close" and start is not None:
            opening = tokens[start - 1]
            notes[int(opening.meta.get("id", -1))] = tuple(_Blocks({}).walk(tokens[start:index]))
            start = None
    return notes


class _Blocks:
    def __init__(self, notes: dict[int, tuple[Block, ...]]) -> None:
        self.notes = notes
        self.blocks: list[Block] = []
        self.lists: list[tuple[ListKind, int, int]] = []  # (kind, list id, start)
        self.list_count = 0
        self.item_paragraphs: list[int] = []  # paragraphs so far in each open list item
        self.quote = 0
        self.tables = 0
        self.row = -1
        self.column = -1
        self.cell: tuple[bool, str | None] | None = None  # (head, align) inside a th / td
        self.table_start = 0  # index of the current table's first block

    def walk(self, tokens: list[Token]) -> list[Block]:
        skip = 0
        for token in tokens:
            kind = token.type
            if kind == "footnote_block_open":
                skip += 1
            elif kind == "footnote_block_close":
                skip -= 1
            elif skip:
                continue
            elif kind in ("bullet_list_open", "ordered_list_open"):
                self._open_list(token)
            elif kind in ("bullet_list_close", "ordered_list_close"):
                if self.lists:
                    self.lists.pop()
            elif kind == "list_item_open":
                self.item_paragraphs.append(0)
            elif kind == "list_item_close":
                if self.item_paragraphs:
                    self.item_paragraphs.pop()
            elif kind == "table_open":
                self.tables += 1
                self.row = -1
                self.table_start = len(self.blocks)
            elif kind == "table_close":
                self._close_table()
            elif kind == "tr_open":
                self.row += 1
                self.column = -1
            elif kind in ("th_open", "td_open"):
                self.column += 1
                style = str(token.attrGet("style") or "")
                align = (
                    style.removeprefix("text-align:") if style.startswith("text-align:") else None
                )
                self.cell = (kind == "th_open", align)
            elif kind in ("th_close", "td_close"):
                self.cell = None
            elif kind == "blockquote_open":
                self.quote += 1
            elif kind == "blockquote_close":
                self.quote -= 1
            elif kind == "inline":
                self._paragraph(self._runs(token.children or []))
            elif kind in ("code_block", "fence"):
                self._code(token.content)
            elif kind == "html_block":
                self._paragraph([Run(token.content.strip())])
        return self.blocks

    def _open_list(self, token: Token) -> None:
        kind: ListKind = "ordered" if token.type == "ordered_list_open" else "bullet"
        if self.lists and self.lists[-1][0] == kind:
            list_id, start = self.lists[-1][1], self.lists[-1][2]
        else:
            self.list_count += 1
            list_id = self.list_count
            start_attr = token.attrGet("start")
            start = int(start_attr) if isinstance(start_attr, int | str) else 1
        self.lists.append((kind, list_id, start))

    def _close_table(self) -> None:
        """Each cell learns the table's width (known once every row is read)."""
        cells = [b.cell for b in self.blocks[self.table_start :] if b.cell is not None]
        columns = max((c.column for c in cells), default=0) + 1
        for block in self.blocks[self.table_start :]:
            if block.cell is not None:
                c = block.cell
                block.cell = Cell(c.table, c.row, c.column, columns, c.head, c.align)

    def _paragraph(self, runs: list[Run]) -> None:
        block = Block(runs, style="quote" if self.quote else "body")
        if self.cell is not None:
            head, align = self.cell
            block.cell = Cell(self.tables, self.row, self.column, 0, head, align)
            self.blocks.append(block)
            return
        if self.lists and self.item_paragraphs:
            kind, list_id, start = self.lists[-1]
            block.list_kind, block.list_id, block.list_start = kind, list_id, start
            block.list_level = min(len(self.lists) - 1, 8)
            block.continued = self.item_paragraphs[-1] > 0
            self.item_paragraphs[-1] += 1
        self.blocks.append(block)

    def _code(self, content: str) -> None:
        runs: list[Run] = []
        for index, line in enumerate(content.rstrip("\n").split("\n")):
            if index:
                runs.append(Run("", brk=True))
            if line:
                runs.append(Run(line, CODE))
        self.blocks.append(Block(runs, style="code"))

    def _runs(self, children: list[Token]) -> list[Run]:
        runs: list[Run] = []
        flags = 0
        link: list[str | None] = [None]
        for child in children:
            kind = child.type
            if kind in ("text", "text_special", "html_inline"):
                _append(runs, child.content, flags, link[-1])
            elif kind == "softbreak":
                _append(runs, " ", flags, link[-1])
            elif kind == "hardbreak":
                runs.append(Run("", flags, link[-1], brk=True))
            elif kind == "code_inline":
                _append(runs, child.content, flags | CODE, link[-1])
            elif kind in ("em_open", "strong_open", "s_open"):
                flags |= _FLAG[kind[:-5]]
            elif kind in ("em_close", "strong_close", "s_close"):
                flags &= ~_FLAG[kind[:-6]]
            elif kind == "link_open":
                href = str(child.attrGet("href") or "")
                link.append(href if href.lower().startswith(_HYPERLINK_SCHEMES) else None)
            elif kind == "link_close":
                if len(link) > 1:
                    link.pop()
            elif kind == "image":
                _append(runs, child.content, flags, link[-1])
            elif kind == "footnote_ref":
                note = self.notes.get(int(child.meta.get("id", -1)))
                if note is not None:
                    runs.append(Run("", flags & ~(BOLD | ITALIC), note=note))
        return runs


_FLAG = {"em": ITALIC, "strong": BOLD, "s": STRIKE}


def _append(runs: list[Run], text: str, flags: int, link: str | None) -> None:
    if not text:
        return
    last = runs[-1] if runs else None
    if (
        last is not None
        and not last.brk
        and last.note is None
        and (last.flags, last.link)
        == (
            flags,
            link,
        )
    ):
        last.text += text
    else:
        runs.append(Run(text, flags, link))


def mark_brackets(blocks: list[Block]) -> None:
    """Negotiation brackets, paired within each block outside code: the bracketed copy marks the
    span and the brackets themselves. An unpaired bracket is marked too: when unsure, a bracket
    counts (drafting/brackets.py)."""
    for block in blocks:
        text = "".join(
            run.text if not run.flags & CODE else "\x00" * len(run.text) for run in block.runs
        )
        if "[" not in text and "]" not in text:
            continue
        inside = bytearray(len(text))
        marks = bytearray(len(text))
        stack: list[int] = []
        for offset, ch in enumerate(text):
            if ch == "[":
                stack.append(offset)
                marks[offset] = 1
            elif ch == "]":
                marks[offset] = 1
                if stack:
                    start = stack.pop()
                    inside[start : offset + 1] = b"\x01" * (offset + 1 - start)
        block.runs = _split_marked(block.runs, inside, marks)


def _split_marked(runs: list[Run], inside: bytearray, marks: bytearray) -> list[Run]:
    out: list[Run] = []
    offset = 0
    for run in runs:
        if not run.text or run.flags & CODE:
            out.append(run)
            offset += len(run.text)
            continue
        piece_start = 0
        for index in range(1, len(run.text) + 1):
            at = offset + index
            if index == len(run.text) or (inside[at], marks[at]) != (
                inside[at - 1],
                marks[at - 1],
            ):
                extra = (BRACKET if inside[at - 1] else 0) | (BRACKET_MARK if marks[at - 1] else 0)
                out.append(Run(run.text[piece_start:index], run.flags | extra, run.link))
                piece_start = index
        offset += len(run.text)
    return out
