"""Word paragraphs grouped into Concord sections, and each section's text as canonical Markdown.

A section is a heading, or a paragraph with what belongs to it: the lists and tables that
follow it, and (in Concord's own export) its later blocks, found by the section's bookmark.
Word's own paragraph numbering and typed numbers ("1.", "12 bis") are left out: Concord numbers.

A text is composed for a *view* of the tracked changes: `accept` (every change made),
`reject` (none), or one author's changes alone (what that author proposed).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from concord.core.text import direction
from concord.drafting.render import url_is_safe
from concord.wordin.reader import BOLD, CODE, ITALIC, STRIKE, Paragraph, Piece, WordFile

Keep = Callable[[Piece], bool]

_ORDINALS = "bis|ter|quater|quinquies|sexies|septies|octies|novies|decies"
TYPED_NUMBER = re.compile(
    rf"^[ \t]*\d{{1,4}}(?:(?:[ \t]?(?:{_ORDINALS})\b\.?[ \t]+)"
    rf"|(?:[ \t]?(?:{_ORDINALS})?\.?\t[ \t]*)"
    rf"|(?:\.[ \t]+))"
)
_LINE_START = re.compile(r"^(#{1,6}(?=\s|$)|>|[-+*](?=\s)|\d{1,9}(?=[.)]\s))")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_PUNCT_AFTER_BACKSLASH = re.compile(r"\\(?=[!-/:-@\[-`{-~])")


def accept(piece: Piece) -> bool:
    return piece.change != "del"


def reject(piece: Piece) -> bool:
    return piece.change != "ins"


def only(author: str) -> Keep:
    """One author's changes made, everybody else's not."""

    def keep(piece: Piece) -> bool:
        if piece.change == "ins":
            return piece.author == author
        if piece.change == "del":
            return piece.author != author
        return True

    return keep


@dataclass
class Section:
    kind: Literal["heading", "paragraph"]
    level: int | None
    blocks: list[Paragraph] = field(default_factory=list)
    identity: tuple[int, int] | None = None


@dataclass
class Composed:
    text: str
    notes: list[int]  # footnote ids referenced, in order
    comments: dict[int, tuple[int, int]]  # comment id -> (start, end) offsets in text


@dataclass
class Grouping:
    title: str | None
    sections: list[Section]
    numbers_left_out: int
    concord_export: bool


def group(word: WordFile) -> Grouping:
    concord = "ConcordDocumentId" in word.properties
    sections: list[Section] = []
    title: str | None = None
    numbers = 0
    for paragraph in word.paragraphs:
        current = sections[-1] if sections else None
        if paragraph.kind == "title" and title is None and not sections:
            title = compose([paragraph], accept, {}).text.strip() or None
            continue
        if paragraph.kind == "subtitle" and concord and not sections:
            continue
        if paragraph.kind == "heading":
            sections.append(Section("heading", min(paragraph.level, 6), [paragraph]))
            sections[-1].identity = paragraph.identity
            continue
        attach = current is not None and current.kind == "paragraph" and paragraph.identity is None
        if attach and (
            paragraph.inside or paragraph.continued or paragraph.kind in ("list", "table")
        ):
            assert current is not None
            current.blocks.append(paragraph)
            continue
        if paragraph.kind == "body" and _strip_number(paragraph):
            numbers += 1
        sections.append(Section("paragraph", None, [paragraph], paragraph.identity))
    return Grouping(title, sections, numbers, concord)


def _strip_number(paragraph: Paragraph) -> bool:
    """Leave out a typed paragraph number at the start; True if there was one."""
    prefix = ""
    count = 0
    for piece in paragraph.pieces:
        if piece.comment is not None:
            count += 1
            continue
        if piece.note is not None or piece.brk or piece.change is not None:
            break
        prefix += piece.text
        count += 1
        if len(prefix) > 24:
            break
    found = TYPED_NUMBER.match(prefix)
    if found is None:
        return False
    remove = found.end()
    for piece in paragraph.pieces[:count]:
        if remove <= 0:
            break
        taken = min(remove, len(piece.text))
        piece.text = piece.text[taken:]
        remove -= taken
    paragraph.pieces = [p for p in paragraph.pieces if p.text or p.note or p.brk or p.comment]
    return True


def present(paragraph: Paragraph, keep: Keep) -> bool:
    """Whether the paragraph is there at all in this view (a tracked paragraph may not be)."""
    if paragraph.kind == "table":
        return any(
            keep(p) and (p.text.strip() or p.note) for r in paragraph.rows for c in r for p in c
        )
    if (
        paragraph.mark == "ins"
        and not keep(Piece(change="ins", author=paragraph.mark_author))
        and all(p.change == "ins" or not p.text.strip() for p in paragraph.pieces)
    ):
        return False
    return any(keep(p) and (p.text.strip() or p.note is not None) for p in paragraph.pieces)


def compose(blocks: list[Paragraph], keep: Keep, labels: dict[int, int]) -> Composed:
    """The Markdown of one section in one view; `labels` maps footnote ids to the labels
    already given (new ones are added, numbered on from the largest)."""
    out = _Out(keep, labels)
    previous: Paragraph | None = None
    counters: dict[int, int] = {}
    for block in blocks:
        if not present(block, keep):
            continue
        if block.label is not None:
            # A lettered item: a line of its paragraph, its label typed.
            out.write("\n" if previous is not None else "")
            out.write(block.label + " ")
            out.inline(block.pieces, line_start=False)
            previous = block
            continue
        if previous is not None:
            joined_list = block.kind == "list" and previous.kind == "list"
            out.write("\n" if joined_list or previous.label is not None else "\n\n")
        if block.kind == "list":
            if previous is None or previous.kind != "list":
                counters = {}
            counters[block.level] = counters.get(block.level, 0) + 1
            for deeper in [k for k in counters if k > block.level]:
                del counters[deeper]
            indent = "  " * block.level if block.list_kind == "bullet" else "   " * block.level
            marker = "- " if block.list_kind == "bullet" else f"{counters[block.level]}. "
            out.write(indent + marker)
            out.inline(block.pieces, line_start=False)
        elif block.kind == "table":
            out.table(block.rows)
        else:
            out.inline(block.pieces, line_start=True)
        previous = block
    text = out.text()
    first = next((b for b in blocks if present(b, keep)), None)
    if first is not None and first.rtl and text and direction(text) == "ltr":
        text = "\u200f" + text
        out.comments = {k: (s + 1, e + 1) for k, (s, e) in out.comments.items()}
    return Composed(text, out.notes, out.comments)


def with_notes(composed: Composed, notes: dict[int, str], labels: dict[int, int]) -> str:
    """The section's text with the definitions of the footnotes it references."""
    definitions = [
        f"[^{labels[number]}]: {notes.get(number, '')}".rstrip()
        for number in dict.fromkeys(composed.notes)
    ]
    return "\n\n".join([composed.text, *definitions]) if definitions else composed.text


class _Out:
    def __init__(self, keep: Keep, labels: dict[int, int]) -> None:
        self.keep = keep
        self.labels = labels
        self.parts: list[str] = []
        self.length = 0
        self.notes: list[int] = []
        self.comments: dict[int, tuple[int, int]] = {}
        self._starts: dict[int, int] = {}
        self.stars = self.underscores = False
        self.offset = 0
        self.escape_at = -1

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)

    def inline(self, pieces: list[Piece], *, line_start: bool) -> None:
        kept = [p for p in pieces if p.comment is not None or self.keep(p)]
        plain = "".join(p.text for p in kept if p.note is None and not p.brk)
        self.stars = plain.count("*") >= 2
        self.underscores = plain.count("_") >= 2
        self.offset = 0
        self.escape_at = -1
        if line_start:
            found = _LINE_START.match(plain)
            if found is not None:
                self.escape_at = found.end() if found.group()[0].isdigit() else 0
        groups: list[list[Piece]] = []
        for piece in kept:
            last = groups[-1][-1] if groups else None
            joins = (
                last is not None
                and piece.note is None
                and not piece.brk
                and last.note is None
                and not last.brk
                and ((last.flags, last.link) == (piece.flags, piece.link) or piece.comment)
            )
            if joins:
                groups[-1].append(piece)
            else:
                groups.append([piece])
        for members in groups:
            self._group(members)

    def _group(self, members: list[Piece]) -> None:
        head = members[0]
        if head.note is not None:
            label = self.labels.setdefault(head.note, max(self.labels.values(), default=0) + 1)
            self.notes.append(head.note)
            self.write(f"[^{label}]")
            return
        if head.brk:
            self.write("\\\n")
            return
        texts = [p for p in members if p.comment is None]
        flags = texts[0].flags if texts else 0
        link = texts[0].link if texts else None
        text = "".join(p.text for p in texts)
        opening, closing = _markers(flags) if text.strip() else ("", "")
        if link is not None and url_is_safe(link) and text.strip():
            opening, closing = "[" + opening, closing + f"]({_destination(link)})"
        lead = len(text) - len(text.lstrip())
        stop = len(text.rstrip())
        code = bool(flags & CODE)
        offset = 0
        for piece in members:
            if piece.comment is not None:
                self._comment(piece.comment)
                continue
            raw = piece.text
            cuts = {0, len(raw)}
            for at in (lead - offset, stop - offset, self.escape_at - self.offset):
                if 0 <= at <= len(raw):
                    cuts.add(at)
            points = sorted(cuts)
            for begin, finish in zip(points, [*points[1:], None], strict=False):
                here = offset + begin
                if here == lead and opening and (finish is not None or begin < len(raw)):
                    self.write(opening)
                    opening = ""
                if here == stop and closing and here > lead:
                    self.write(closing)
                    closing = ""
                if self.offset + begin == self.escape_at and finish is not None:
                    self.write("\\")
                if finish is None:
                    break
                chunk = raw[begin:finish]
                self.write(chunk if code else _escape_text(chunk, self.stars, self.underscores))
            offset += len(raw)
            self.offset += len(raw)
        if closing:
            self.write(closing)

    def _comment(self, mark: tuple[str, int]) -> None:
        kind, number = mark
        if kind == "start":
            self._starts[number] = self.length
        elif number in self._starts:
            self.comments[number] = (self._starts.pop(number), self.length)

    def table(self, rows: list[list[list[Piece]]]) -> None:
        lines: list[str] = []
        width = max((len(r) for r in rows), default=0)
        for index, row in enumerate(rows):
            cells = []
            for cell in row + [[]] * (width - len(row)):
                inner = _Out(self.keep, self.labels)
                inner.inline([p for p in cell if not p.brk], line_start=False)
                self.notes.extend(inner.notes)
                cells.append(inner.text().replace("|", "\\|").replace("\n", " ").strip())
            lines.append("| " + " | ".join(cells) + " |")
            if index == 0:
                lines.append("|" + "|".join(" --- " for _ in range(width)) + "|")
        self.write("\n".join(lines))


def _markers(flags: int) -> tuple[str, str]:
    if flags & CODE:
        return "`", "`"
    opening = ""
    if flags & BOLD:
        opening += "**"
    if flags & ITALIC:
        opening += "*"
    if flags & STRIKE:
        opening += "~~"
    return opening, opening[::-1]


def _destination(url: str) -> str:
    if any(ch in url for ch in " ()<>"):
        return "<" + url.replace("<", "%3C").replace(">", "%3E") + ">"
    return url


def _escape_text(text: str, stars: bool, underscores: bool) -> str:
    text = text.replace("\\", "\\\\").replace("`", "\\`").replace("\t", " ")
    if stars:
        text = text.replace("*", "\\*")
    if underscores:
        text = text.replace("_", "\\_")
    return text
