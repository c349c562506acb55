"""Tracked changes between two texts of a section, each change attributed to its version.

The diff runs on what Word shows, not on Markdown source: each side is parsed into runs, the runs
are cut into the app's word tokens (drafting/diff.py), and paragraph marks, footnote references
and line breaks are tokens of their own. So accepting every change yields exactly the newer text
as the clean export renders it, and rejecting every change the older one. Formatting is not part
of a token's identity: `**shall**` → `*shall*` keeps the word and records a formatting change
(`w:rPrChange`); a link is (a changed target replaces the linked words).

Attribution walks the versions in order: the tokens alive after version k-1 are diffed with
version k's; a token version k inserts is authored by version k; an original token version k
deletes is deleted by version k; a token inserted and later deleted never shows. With a single
version (the usual case) every change is that version's and the walk is skipped.

Lean by construction: each text is tokenized once into parallel lists (diff key, word, source
run), no object is made per word, and consecutive words of one run, change and formatting
become one piece as they are emitted.
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
class Paragraph:
    block: Block
    mark: Change | None  # the paragraph mark itself inserted or deleted
    pieces: list[Piece]


class _Text:
    """A text's tokens as parallel lists: the diff key, the words, the run each token comes
    from (None for a paragraph mark). Block i's tokens are [starts[i], starts[i + 1] - 1); its
    paragraph mark is token starts[i + 1] - 1."""

    __slots__ = ("blocks", "keys", "runs", "starts", "texts")

    def __init__(self, blocks: list[Block]) -> None:
        keys: list[str] = []
        texts: list[str] = []
        runs: list[Run | None] = []
        starts: list[int] = []
        for block in blocks:
            starts.append(len(keys))
            for run in block.runs:
                if run.note is not None:
                    keys.append("\x00n" + _note_key(run.note))
                elif run.brk:
                    keys.append("\x00b")
                else:
                    words = tokenize(run.text)
                    if run.link is None:
                        keys.extend(words)
                    else:
                        suffix = "\x00" + run.link
                        keys.extend([word + suffix for word in words])
                    texts.extend(words)
                    runs.extend([run] * len(words))
                    continue
                texts.append("")
                runs.append(run)
            keys.append(block.key())
            texts.append("")
            runs.append(None)
        starts.append(len(keys))
        self.blocks = blocks
        self.keys = keys
        self.texts = texts
        self.runs = runs
        self.starts = starts

    def span(self, index: int) -> tuple[int, int]:
        """Block `index`'s tokens, its paragraph mark excluded."""
        return self.starts[index], self.starts[index + 1] - 1

    def signature(self, index: int) -> str:
        start, end = self.span(index)
        return self.keys[end] + "".join(self.keys[start:end])


def _note_key(note: tuple[Block, ...]) -> str:
    return "\x00".join(block.key() + block.plain() for block in note)


class _Pieces:
    """Pieces as they are emitted: consecutive words of one formatting, link, change and
    former formatting are joined into one run."""

    __slots__ = ("_key", "_words", "out")

    def __init__(self) -> None:
        self.out: list[Piece] = []
        self._key: tuple[int, str | None, Change | None, tuple[int, Change] | None] | None = None
        self._words: list[str] = []

    def add(
        self,
        run: Run,
        text: str,
        change: Change | None,
        was: tuple[int, Change] | None = None,
    ) -> None:
        if run.note is not None or run.brk:
            self._flush()
            self.out.append(Piece(run, change, was))
            return
        key = (run.flags, run.link, change, was)
        if key != self._key:
            self._flush()
            self._key = key
        self._words.append(text)

    def _flush(self) -> None:
        if self._key is not None:
            flags, link, change, was = self._key
            self.out.append(Piece(Run("".join(self._words), flags, link), change, was))
            self._key = None
            self._words = []

    def done(self) -> list[Piece]:
        self._flush()
        return self.out


class _History:
    """Who deleted each token of the older text, who inserted each token of the newer one,
    who changed a kept token's formatting (indices into the whole section's tokens)."""

    def __init__(self, authors: list[Author], texts: list[_Text] | None = None) -> None:
        self.authors = authors
        self._ins = [a.ins() for a in authors]
        self._del = [a.delete() for a in authors]
        self.deleted_by: list[int | None] = []
        self.restyled_by: list[int] = []
        self.inserted_by: list[int] = []
        if texts is not None and len(authors) > 1:
            for entry in _attribute(texts[0], texts[1:]):
                if entry.origin == -1:
                    self.deleted_by.append(entry.deleted_by)
                    self.restyled_by.append(entry.restyled_by)
                if entry.deleted_by is None:
                    self.inserted_by.append(entry.origin)

    def deletion(self, index: int) -> Change:
        k = self.deleted_by[index] if index < len(self.deleted_by) else None
        return self._del[-1 if k is None else k]

    def insertion(self, index: int) -> Change:
        k = self.inserted_by[index] if index < len(self.inserted_by) else -1
        return self._ins[k]  # -1 (kept per the history, not per the diff): the last

    def restyle(self, index: int) -> Change:
        k = self.restyled_by[index] if index < len(self.restyled_by) else -1
        return self._ins[k]


@dataclass(slots=True)
class _Entry:
    key: str
    run: Run | None
    origin: int  # -1: in the older text; k: inserted by version k
    deleted_by: int | None = None
    old_flags: int | None = None  # the older text's formatting, when a version changed it
    restyled_by: int = -1


def _attribute(old: _Text, versions: list[_Text]) -> list[_Entry]:
    """Only with several versions: one entry per token of the older text and per token any
    version inserted."""
    entries = [_Entry(key, run, -1) for key, run in zip(old.keys, old.runs, strict=True)]
    for k, version in enumerate(versions):
        entries = _apply(entries, version, k)
    return entries


def _apply(entries: list[_Entry], version: _Text, k: int) -> list[_Entry]:
    alive = [i for i, entry in enumerate(entries) if entry.deleted_by is None]
    found = changes([entries[i].key for i in alive], version.keys)
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

    def keep(count: int) -> None:
        for offset in range(count):
            entry = copy_through(position + offset)
            _restyle(entry, version.runs[new_position + offset], k)
            out.append(entry)

    for change in found:
        keep(change.start - position)
        new_position += change.start - position
        for alive_index in range(change.start, change.end):
            entry = copy_through(alive_index)
            if entry.origin == -1:
                entry.deleted_by = k
                out.append(entry)
        end = new_position + len(change.tokens)
        out.extend(_Entry(version.keys[i], version.runs[i], k) for i in range(new_position, end))
        new_position = end
        position = change.end
    keep(len(alive) - position)
    out.extend(entries[cursor:])
    return out


def _restyle(entry: _Entry, new_run: Run | None, k: int) -> None:
    old_run = entry.run
    if (
        old_run is not None
        and new_run is not None
        and old_run.flags != new_run.flags
        and entry.origin == -1
    ):
        if entry.old_flags is None:
            entry.old_flags = old_run.flags
        entry.restyled_by = k
        if entry.old_flags == new_run.flags:
            entry.old_flags = None
    entry.run = new_run


def redline(
    old: list[Block] | None,
    versions: list[tuple[list[Block], Author]],
    removed: Author | None,
) -> list[Paragraph]:
    """Paragraphs of one section with its changes; `old` None: the section was added."""
    old_blocks = old or []
    if removed is not None:
        gone = removed.delete()
        return [Paragraph(b, gone, [Piece(run, gone) for run in b.runs]) for b in old_blocks]
    if not versions:
        return [Paragraph(b, None, [Piece(run) for run in b.runs]) for b in old_blocks]
    authors = [author for _, author in versions]
    before = _Text(old_blocks)
    texts = [_Text(blocks) for blocks, _ in versions]
    after = texts[-1]
    history = _History(authors, [before, *texts] if len(versions) > 1 else None)
    out: list[Paragraph] = []
    for old_index, new_index in _align(before, after):
        if new_index is None and old_index is not None:
            out.append(_whole(before, old_index, history, deleted=True))
        elif old_index is None and new_index is not None:
            out.append(_whole(after, new_index, history, deleted=False))
        elif old_index is not None and new_index is not None:
            out.append(_pair(before, old_index, after, new_index, history))
    return out


def _align(old: _Text, new: _Text) -> list[tuple[int | None, int | None]]:
    """Pair old and new blocks: identical blocks first (a diff of whole blocks), then within
    each gap blocks of the same kind in order; the rest are whole insertions or deletions.
    Only whole paragraphs ever have their paragraph mark tracked: readers (pandoc among them)
    merge paragraphs unreliably around a tracked mark inside changed text."""
    old_count, new_count = len(old.blocks), len(new.blocks)
    found = changes(
        [old.signature(i) for i in range(old_count)], [new.signature(i) for i in range(new_count)]
    )
    out: list[tuple[int | None, int | None]] = []
    position = new_position = 0
    for change in found:
        kept = change.start - position
        out.extend(
            zip(
                range(position, change.start),
                range(new_position, new_position + kept),
                strict=True,
            )
        )
        new_position += kept
        count = len(change.tokens)
        out.extend(
            _pair_gap(
                old, range(change.start, change.end), new, range(new_position, new_position + count)
            )
        )
        new_position += count
        position = change.end
    out.extend(zip(range(position, old_count), range(new_position, new_count), strict=True))
    return out


def _pair_gap(
    old: _Text, old_range: range, new: _Text, new_range: range
) -> list[tuple[int | None, int | None]]:
    out: list[tuple[int | None, int | None]] = []
    next_old = old_range.start
    for item in new_range:
        kind = new.blocks[item].key()
        match = next(
            (i for i in range(next_old, old_range.stop) if old.blocks[i].key() == kind), None
        )
        if match is None:
            out.append((None, item))
            continue
        out.extend((i, None) for i in range(next_old, match))
        out.append((match, item))
        next_old = match + 1
    out.extend((i, None) for i in range(next_old, old_range.stop))
    return out


def _whole(text: _Text, index: int, history: _History, *, deleted: bool) -> Paragraph:
    """A paragraph inserted or deleted as a whole, its mark included."""
    start, end = text.span(index)
    block = text.blocks[index]
    if not history.deleted_by and not history.inserted_by:  # one version: one author
        change = history.deletion(end) if deleted else history.insertion(end)
        return Paragraph(block, change, [Piece(run, change) for run in block.runs])
    pieces = _Pieces()
    mark_of = history.deletion if deleted else history.insertion
    for i in range(start, end):
        run = text.runs[i]
        if run is not None:
            pieces.add(run, text.texts[i], mark_of(i))
    return Paragraph(block, mark_of(end), pieces.done())


def _pair(old: _Text, old_index: int, new: _Text, new_index: int, history: _History) -> Paragraph:
    """A paragraph present on both sides: its words diffed, its mark unchanged."""
    old_start, old_end = old.span(old_index)
    new_start, new_end = new.span(new_index)
    old_runs, new_runs, new_texts = old.runs, new.runs, new.texts
    pieces = _Pieces()
    position, new_position = old_start, new_start  # absolute token indices

    def equal(count: int) -> None:
        for offset in range(count):
            before = old_runs[position + offset]
            after = new_runs[new_position + offset]
            if after is None:
                continue
            was = None
            if before is not None and before.flags != after.flags:
                was = (before.flags, history.restyle(position + offset))
            pieces.add(after, new_texts[new_position + offset], None, was)

    found = changes(old.keys[old_start:old_end], new.keys[new_start:new_end])
    for change in found:
        start, end = old_start + change.start, old_start + change.end
        equal(start - position)
        new_position += start - position
        for i in range(start, end):
            run = old_runs[i]
            if run is not None:
                pieces.add(run, old.texts[i], history.deletion(i))
        for i in range(new_position, new_position + len(change.tokens)):
            run = new_runs[i]
            if run is not None:
                pieces.add(run, new_texts[i], history.insertion(i))
        new_position += len(change.tokens)
        position = end
    equal(old_end - position)
    return Paragraph(new.blocks[new_index], None, pieces.done())
