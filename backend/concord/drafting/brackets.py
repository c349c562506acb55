"""Negotiation brackets: `[language not yet agreed]`, alternatives side by side `[shall][should]`.

A document cannot be adopted while brackets remain, and progress is the share of words still
bracketed, so Markdown's own brackets (links, images, footnotes, reference definitions, code)
must not count, while everything else that renders as a bracket must. When unsure, a bracket
counts: a false bracket delays adoption, a missed one adopts unagreed text. So an escaped
`\\[` counts too: it renders as a bracket.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from dataclasses import dataclass, field

from concord.drafting.diff import is_word, tokenize


@dataclass
class BracketReport:
    spans: list[tuple[int, int]] = field(default_factory=list)
    bracketed_words: int = 0
    total_words: int = 0
    unbalanced: list[int] = field(default_factory=list)
    # For matching over the whole document (drafting/spans.py): the `]` this text leaves open
    # for an earlier paragraph, the `[` it leaves for a later one (closers all come first),
    # every negotiation pair (nested ones too) and where each word of the text starts.
    closers: list[int] = field(default_factory=list)
    openers: list[int] = field(default_factory=list)
    pairs: list[tuple[int, int]] = field(default_factory=list)
    word_starts: list[int] = field(default_factory=list)


# A link reference definition occupies its whole line; its label becomes a valid reference.
_REF_DEF = re.compile(r"^ {0,3}\[((?:[^\]\\\n]|\\.){1,999})\]:[ \t]*\S.*$", re.MULTILINE)
_FOOTNOTE_DEF = re.compile(r"^ {0,3}\[\^[^\]\s]+\]:", re.MULTILINE)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_BACKTICKS = re.compile(r"`+")
_AUTOLINK = re.compile(r"<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>")
# Inline destination and optional title after `](`: brackets inside a URL are not negotiation.
_DESTINATION = re.compile(
    r"\(\s*(?:<[^<>\n]*>|[^\s()<>]*(?:\([^\s()]*\)[^\s()]*)*)"
    r"(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*\)"
)


def scan(text: str) -> BracketReport:
    """Find negotiation brackets; unbalanced ones are reported, never raised."""
    quiet = bytearray(len(text))  # 1: no brackets here (code, URLs, definitions)
    prose = bytearray(b"\x01") * len(text)  # 0: not words of the text (URLs, definitions)
    labels = _mask_definitions(text, quiet, prose)
    _mask_code(text, quiet)
    for match in _AUTOLINK.finditer(text):
        _mark(quiet, match.start(), match.end())
        _mark(prose, match.start(), match.end(), 0)
    pairs, closers, openers = _match(text, quiet, prose, labels)
    spans = _outermost(pairs)
    starts = _word_starts(text, prose)
    inside = sum(1 for w in starts if _within(spans, w))
    return BracketReport(
        spans, inside, len(starts), sorted(closers + openers), closers, openers, pairs, starts
    )


def _label(raw: str) -> str:
    """CommonMark label matching: case-insensitive, inner whitespace collapsed."""
    return " ".join(raw.split()).casefold()


def _mark(mask: bytearray, start: int, end: int, value: int = 1) -> None:
    mask[start:end] = bytes([value]) * (end - start)


def _mask_definitions(text: str, quiet: bytearray, prose: bytearray) -> set[str]:
    labels: set[str] = set()
    for match in _REF_DEF.finditer(text):
        if match.group(1).startswith("^"):
            continue  # a footnote definition: its text is prose and may hold brackets
        labels.add(_label(match.group(1)))
        _mark(quiet, match.start(), match.end())
        _mark(prose, match.start(), match.end(), 0)
    for match in _FOOTNOTE_DEF.finditer(text):
        _mark(quiet, match.start(), match.end())
        _mark(prose, match.start(), match.end(), 0)
    return labels


def _mask_code(text: str, quiet: bytearray) -> None:
    """Fenced blocks and code spans show brackets literally; they are never negotiation."""
    fence: str | None = None
    offset = 0
    for line in text.splitlines(keepends=True):
        opener = _FENCE.match(line)
        if fence is None and opener is not None:
            fence = opener.group(1)
        elif fence is not None and _closes(fence, line):
            fence = None
        if fence is not None or opener is not None:
            _mark(quiet, offset, offset + len(line))
        offset += len(line)
    _mask_code_spans(text, quiet)


def _closes(fence: str, line: str) -> bool:
    """A closing fence: same character, at least as long, nothing after it."""
    closer = _FENCE.match(line)
    return (
        closer is not None
        and closer.group(1)[0] == fence[0]
        and len(closer.group(1)) >= len(fence)
        and not line[closer.end() :].strip()
    )


def _mask_code_spans(text: str, quiet: bytearray) -> None:
    runs = [m for m in _BACKTICKS.finditer(text) if not quiet[m.start()]]
    used: set[int] = set()
    for i, opener in enumerate(runs):
        if i in used:
            continue
        for j in range(i + 1, len(runs)):
            if j not in used and len(runs[j].group()) == len(opener.group()):
                used.update((i, j))
                _mark(quiet, opener.start(), runs[j].end())
                break


def _match(
    text: str, quiet: bytearray, prose: bytearray, labels: set[str]
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Pair brackets innermost first, then decide what each pair is, as CommonMark would.
    Returns the negotiation pairs, the unmatched `]` and the unmatched `[`."""
    spans: list[tuple[int, int]] = []
    stack: list[int] = []
    unbalanced: list[int] = []
    markdown_pairs: set[int] = set()  # opening positions already known to be reference labels
    i = 0
    while i < len(text):
        ch = text[i]
        if quiet[i] or ch not in "[]":
            i += 1
            continue
        if ch == "[":
            stack.append(i)
            i += 1
            continue
        if not stack:
            unbalanced.append(i)
            i += 1
            continue
        start = stack.pop()
        if text.startswith("^", start + 1):
            _mark(prose, start, i + 1, 0)  # a footnote label is not a word of the text
        skip_to = _markdown_end(text, start, i, labels)
        if skip_to is None and start not in markdown_pairs:
            spans.append((start, i + 1))
        elif skip_to is not None and skip_to > i + 1:
            if text[i + 1] == "(":
                _mark(quiet, i + 1, skip_to)
                _mark(prose, i + 1, skip_to, 0)
            else:
                markdown_pairs.add(i + 1)  # `[text][ref]`: `[ref]` is part of the link
        i += 1
    return sorted(spans), unbalanced, stack


def _markdown_end(text: str, start: int, close: int, labels: set[str]) -> int | None:
    """If the pair [start, close] is Markdown syntax, the end of that syntax; else None."""
    after = close + 1
    if text.startswith("^", start + 1):
        return after  # footnote reference
    destination = _DESTINATION.match(text, after)
    if destination is not None:
        return destination.end()  # inline link or image
    own_label = _label(text[start + 1 : close]) in labels
    if text.startswith("[", after):
        end = text.find("]", after)
        if end == after + 1 and own_label:
            return end + 1  # collapsed reference link `[ref][]`
        if end > after + 1 and _label(text[after + 1 : end]) in labels:
            return end + 1  # full reference link `[text][ref]`
    if own_label:
        return after  # shortcut reference link `[ref]`
    return None


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`[a [b] c]` is one span: nested brackets do not count twice."""
    result: list[tuple[int, int]] = []
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if result and span[1] <= result[-1][1]:
            continue
        result.append(span)
    return result


def _within(spans: list[tuple[int, int]], position: int) -> bool:
    """Spans are sorted and disjoint, so only the last one starting at or before counts."""
    k = bisect_right(spans, (position, sys.maxsize)) - 1
    return k >= 0 and spans[k][0] <= position < spans[k][1]


def _word_starts(text: str, prose: bytearray) -> list[int]:
    masked = "".join(" " if not p else c for c, p in zip(text, prose, strict=True))
    starts: list[int] = []
    position = 0
    for token in tokenize(masked):
        if is_word(token):
            starts.append(position)
        position += len(token)
    return starts
