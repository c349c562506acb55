"""Tracked changes between two texts of a section, each change attributed to its version.

The diff runs on what Word shows, not on Markdown source: each side is parsed into runs, the runs
are cut into the app's word tokens (drafting/diff.py), and paragraph marks, footnote references
and line breaks are tokens of their own. So accepting every change yields exactly the newer text
as the clean export renders it, and rejecting every change the older one. Formatting is not part
of a token's identity: `**shall**` → `*shall*` keeps the word and records a formatting change
(`w:rPrChange`); a link is (a changed target replaces the linked words).

Attribution walks the versions in order: the tokens alive after version k-1 are diffed with
version k's; a token version k inserts is authored by version k; an original token version k
deletes is deleted by version k; a token inserted and later deleted never shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from concord.drafting.diff import changes, tokenize
from concord.export.docx.inline import Change, Piece
from concord.export.docx.markdown import Block, Run


@dataclass(frozen=True, slots=True)
class Author:
    name: str
    date: str  # W3CDTF

    def ins(self) -> Change:
        return Change("ins", self.name, self.date)

    def delete(self) -> Change:
        return Change("del", self.name, self.date)


@dataclass(slots=True)
class Token:
    key: str
    run: Run | None  # None for a paragraph mark
    block: Block | None  # the block a paragraph mark ends


@dataclass(slots=True)
class _Entry:
    token: Token
    origin: int  # -1: in the older text; k: inserted by version k
    deleted_by: int | None = None
    old_flags: int | None = None  # the older text's formatting, when a version changed it
    restyled_by: int = -1


@dataclass(slots=True)
class Paragraph:
    block: Block
    mark: Change | None  # the paragraph mark itself inserted or deleted
    pieces: list[Piece]


def tokens(blocks: list[Block]) -> list[Token]:
    out: list[Token] = []
    for block in blocks:
        for run in block.runs:
            if run.note is not None:
                out.append(Token("\x00n" + _note_key(run.note), run, None))
            elif run.brk:
                out.append(Token("\x00b", run, None))
            else:
                suffix = "" if run.link is None else "\x00" + run.link
                out.extend(
                    Token(piece + suffix, Run(piece, run.flags, run.link), None)
                    for piece in tokenize(run.text)
                )
        out.append(Token(block.key(), None, block))
    return out


def _note_key(note: tuple[Block, ...]) -> str:
    return "\x00".join(block.key() + block.plain() for block in note)


def attribute(old: list[Token], versions: list[list[Token]]) -> list[_Entry]:
    entries = [_Entry(token, -1) for token in old]
    for k, version in enumerate(versions):
        entries = _apply(entries, version, k)
    return entries


def _apply(entries: list[_Entry], version: list[Token], k: int) -> list[_Entry]:
    alive = [i for i, entry in enumerate(entries) if entry.deleted_by is None]
    found = changes([entries[i].token.key for i in alive], [t.key for t in version])
    out: list[_Entry] = []
    cursor = 0  # next index into entries not yet copied
    position = 0  # alive position reached
    new_position = 0

    def copy_through(alive_index: int) -> _Entry:
        nonlocal cursor
        target = alive[alive_index]
        out.extend(entries[cursor:target])  # dead entries keep their place
        cursor = target + 1
        return entries[target]

    for change in found:
        for offset in range(change.start - position):
            entry = copy_through(position + offset)
            _restyle(entry, version[new_position + offset], k)
            out.append(entry)
        new_position += change.start - position
        for alive_index in range(change.start, change.end):
            entry = copy_through(alive_index)
            if entry.origin == -1:
                entry.deleted_by = k
                out.append(entry)
        out.extend(
            _Entry(token, k) for token in version[new_position : new_position + len(change.tokens)]
        )
        new_position += len(change.tokens)
        position = change.end
    for offset in range(len(alive) - position):
        entry = copy_through(position + offset)
        _restyle(entry, version[new_position + offset], k)
        out.append(entry)
    out.extend(entries[cursor:])
    return out


def _restyle(entry: _Entry, token: Token, k: int) -> None:
    old_run, new_run = entry.token.run, token.run
    restyled = old_run is not None and new_run is not None and old_run.flags != new_run.flags
    if restyled and old_run is not None and new_run is not None and entry.origin == -1:
        if entry.old_flags is None:
            entry.old_flags = old_run.flags
        entry.restyled_by = k
        if entry.old_flags == new_run.flags:
            entry.old_flags = None
    entry.token = token


def redline(
    old: list[Block] | None,
    versions: list[tuple[list[Block], Author]],
    removed: Author | None,
) -> list[Paragraph]:
    """Paragraphs of one section with its changes; `old` None: the section was added."""
    old_blocks = _split(old or [])
    if removed is not None:
        return [_whole(block, part, removed.delete()) for block, part in old_blocks]
    if not versions:
        return [_whole(block, part, None) for block, part in old_blocks]
    authors = [author for _, author in versions]
    entries = attribute(tokens(old or []), [tokens(blocks) for blocks, _ in versions])
    history = _History(entries, authors)
    new_blocks = _split(versions[-1][0])
    out: list[Paragraph] = []
    for old_item, new_item in _align(old_blocks, new_blocks):
        if new_item is None and old_item is not None:
            out.append(_whole(old_item[0], old_item[1], None, history, deleted=True))
        elif old_item is None and new_item is not None:
            out.append(_whole(new_item[0], new_item[1], None, history, deleted=False))
        elif old_item is not None and new_item is not None:
            out.append(_pair(old_item[1], new_item, history))
    return out


# A block with its tokens (paragraph mark excluded) and the index of its first token in the
# section's token sequence: attribution is looked up by that index.
_Part = tuple[int, list[Token]]
_Item = tuple[Block, _Part]


def _split(blocks: list[Block]) -> list[_Item]:
    out: list[_Item] = []
    position = 0
    for block in blocks:
        part = tokens([block])[:-1]
        out.append((block, (position, part)))
        position += len(part) + 1
    return out


class _History:
    """Who deleted each token of the older text, who inserted each token of the newer one."""

    def __init__(self, entries: list[_Entry], authors: list[Author]) -> None:
        self.authors = authors
        self.deleted_by: list[int | None] = []
        self.restyled_by: list[int] = []
        self.inserted_by: list[int] = []
        for entry in entries:
            if entry.origin == -1:
                self.deleted_by.append(entry.deleted_by)
                self.restyled_by.append(entry.restyled_by)
            if entry.deleted_by is None:
                self.inserted_by.append(entry.origin)

    def deletion(self, index: int) -> Change:
        k = self.deleted_by[index] if index < len(self.deleted_by) else None
        return self.authors[-1 if k is None else k].delete()

    def insertion(self, index: int) -> Change:
        k = self.inserted_by[index] if index < len(self.inserted_by) else -1
        return self.authors[k].ins()  # -1 (kept per the history, not per the diff): the last

    def restyle(self, index: int) -> Change:
        k = self.restyled_by[index] if index < len(self.restyled_by) else -1
        return self.authors[k].ins()


def _align(old: list[_Item], new: list[_Item]) -> list[tuple[_Item | None, _Item | None]]:
    """Pair old and new blocks: identical blocks first (a diff of whole blocks), then within
    each gap blocks of the same kind in order; the rest are whole insertions or deletions.
    Only whole paragraphs ever have their paragraph mark tracked: readers (pandoc among them)
    merge paragraphs unreliably around a tracked mark inside changed text."""
    signatures = {}
    for block, (_, part) in [*old, *new]:
        signatures[id(block)] = block.key() + "".join(token.key for token in part)
    found = changes(
        [signatures[id(item[0])] for item in old], [signatures[id(item[0])] for item in new]
    )
    out: list[tuple[_Item | None, _Item | None]] = []
    position = new_position = 0
    for change in found:
        for offset in range(change.start - position):
            out.append((old[position + offset], new[new_position + offset]))
        new_position += change.start - position
        count = len(change.tokens)
        out.extend(
            _pair_gap(old[change.start : change.end], new[new_position : new_position + count])
        )
        new_position += count
        position = change.end
    for offset in range(len(old) - position):
        out.append((old[position + offset], new[new_position + offset]))
    return out


def _pair_gap(old: list[_Item], new: list[_Item]) -> list[tuple[_Item | None, _Item | None]]:
    out: list[tuple[_Item | None, _Item | None]] = []
    next_old = 0
    for item in new:
        match = next(
            (i for i in range(next_old, len(old)) if old[i][0].key() == item[0].key()), None
        )
        if match is None:
            out.append((None, item))
            continue
        out.extend((old[i], None) for i in range(next_old, match))
        out.append((old[match], item))
        next_old = match + 1
    out.extend((old[i], None) for i in range(next_old, len(old)))
    return out


def _whole(
    block: Block,
    part: _Part,
    change: Change | None,
    history: _History | None = None,
    *,
    deleted: bool = False,
) -> Paragraph:
    """A paragraph inserted or deleted as a whole, its mark included."""
    start, items = part
    pieces: list[Piece] = []
    for offset, token in enumerate(items):
        if history is not None:
            change = (
                history.deletion(start + offset) if deleted else history.insertion(start + offset)
            )
        if token.run is not None:
            pieces.append(Piece(token.run, change))
    mark = change
    if history is not None:
        end = start + len(items)
        mark = history.deletion(end) if deleted else history.insertion(end)
    return Paragraph(block, mark, _merge(pieces))


def _pair(old: _Part, new: _Item, history: _History) -> Paragraph:
    """A paragraph present on both sides: its words diffed, its mark unchanged."""
    old_start, old_tokens = old
    block, (new_start, new_tokens) = new
    pieces: list[Piece] = []
    position = new_position = 0

    def equal(count: int) -> None:
        for offset in range(count):
            before = old_tokens[position + offset]
            after = new_tokens[new_position + offset]
            was = None
            if (
                before.run is not None
                and after.run is not None
                and before.run.flags != after.run.flags
            ):
                was = (before.run.flags, history.restyle(old_start + position + offset))
            if after.run is not None:
                pieces.append(Piece(after.run, None, was))

    for change in changes([t.key for t in old_tokens], [t.key for t in new_tokens]):
        equal(change.start - position)
        new_position += change.start - position
        for index in range(change.start, change.end):
            run = old_tokens[index].run
            if run is not None:
                pieces.append(Piece(run, history.deletion(old_start + index)))
        for offset in range(len(change.tokens)):
            run = new_tokens[new_position + offset].run
            if run is not None:
                pieces.append(Piece(run, history.insertion(new_start + new_position + offset)))
        new_position += len(change.tokens)
        position = change.end
    equal(len(old_tokens) - position)
    return Paragraph(block, None, _merge(pieces))


def _merge(pieces: list[Piece]) -> list[Piece]:
    """Consecutive word tokens with the same formatting and change become one run."""
    out: list[Piece] = []
    for piece in pieces:
        run = piece.run
        last = out[-1] if out else None
        if (
            last is not None
            and run.note is None
            and not run.brk
            and last.run.note is None
            and not last.run.brk
            and (last.change, last.was, last.run.flags, last.run.link)
            == (piece.change, piece.was, run.flags, run.link)
        ):
            out[-1] = Piece(
                Run(last.run.text + run.text, run.flags, run.link), last.change, last.was
            )
        else:
            out.append(piece)
    return out
