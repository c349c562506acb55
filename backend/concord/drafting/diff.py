"""Word-level diffs: what negotiators read in a redline, and what a three-way merge works on.

Diffing by characters splits words ("sh[all→ould]") and is slow on long sections; diffing by
words is what a delegate expects to see. Each distinct token is mapped to one code point (the
lines-to-chars trick) and the C++ diff-match-patch diffs those strings: 5,000 words in under
20 ms where difflib takes 0.3 s, and 20,000 words in 80 ms against 7 s (tests/bench).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import fast_diff_match_patch

from concord.core.errors import TooLarge
from concord.core.text import has_astral

DELETE, EQUAL, INSERT = -1, 0, 1
Op = tuple[int, str]


def _mark_ranges(points: Iterable[int]) -> str:
    """Combining marks as a regex class body: `\\w` excludes them, yet Arabic harakat and
    Hebrew niqqud belong to the letter they sit on and must stay inside its word."""
    ranges: list[str] = []
    start = prev = -2
    for point in points:
        if unicodedata.category(chr(point)).startswith("M"):
            if point != prev + 1:
                if start >= 0:
                    ranges.append(_span(start, prev))
                start = point
            prev = point
    ranges.append(_span(start, prev))
    return "".join(ranges)


def _span(first: int, last: int) -> str:
    if first == last:
        return re.escape(chr(first))
    return f"{re.escape(chr(first))}-{re.escape(chr(last))}"


# Words (letters, digits, marks, ZWNJ/ZWJ as used inside Persian and Arabic words), whitespace
# runs, and any other single character. The last branch matches anything, so tokens always
# join back to the exact input. A class that reaches beyond the BMP makes `re` test ranges one by
# one (about 3x slower), so astral marks (plane 1 and the variation selectors of plane 14) get
# their own pattern, used only for text that has astral characters at all.
_BMP_WORD_CHAR = rf"[\w{_mark_ranges(range(0x10000))}\u200c\u200d]"
_WORD_CHAR = (
    rf"(?:{_BMP_WORD_CHAR}|[{_mark_ranges((*range(0x10000, 0x20000), *range(0xE0100, 0xE01F0)))}])"
)
_BMP_TOKEN = re.compile(rf"{_BMP_WORD_CHAR}+|\s+|.", re.DOTALL)
_TOKEN = re.compile(rf"{_WORD_CHAR}+|\s+|.", re.DOTALL)
_WORD = re.compile(_WORD_CHAR)


def tokenize(text: str) -> list[str]:
    """Split into word, whitespace and punctuation tokens; `"".join(tokenize(t)) == t`."""
    if has_astral(text):
        return _TOKEN.findall(text)
    return _BMP_TOKEN.findall(text)


def is_word(token: str) -> bool:
    """True for word tokens: what word counts (bracket progress) count."""
    return _WORD.match(token) is not None


class Change(NamedTuple):
    """Replace base tokens [start, end) by `tokens`; start == end is a pure insertion."""

    start: int
    end: int
    tokens: tuple[str, ...]


def word_diff(a: str, b: str) -> list[Op]:
    """Diff two texts word by word, in diff-match-patch's (op, text) shape."""
    merged: list[Op] = []
    ops, index = _token_diff(tokenize(a), tokenize(b))
    for op, chars in ops:
        text = "".join(map(index.__getitem__, chars))
        if merged and merged[-1][0] == op:
            merged[-1] = (op, merged[-1][1] + text)
        elif text:
            merged.append((op, text))
    return merged


def changes(base_tokens: Sequence[str], other_tokens: Sequence[str]) -> list[Change]:
    """Changes from base to other, in base token coordinates, one per run of edits.

    Consecutive changes are always separated by at least one unchanged base token, so two
    changes from the same diff never touch: merge relies on that.
    """
    found: list[Change] = []
    position = 0
    pending: Change | None = None
    ops, index = _token_diff(base_tokens, other_tokens)
    for op, chars in ops:
        if op == EQUAL:
            if pending is not None:
                found.append(pending)
                pending = None
            position += len(chars)
            continue
        if pending is None:
            pending = Change(position, position, ())
        if op == DELETE:
            position += len(chars)
            pending = Change(pending.start, position, pending.tokens)
        else:
            inserted = tuple(map(index.__getitem__, chars))
            pending = Change(pending.start, pending.end, pending.tokens + inserted)
    if pending is not None:
        found.append(pending)
    return found


# Code points that stand for tokens: everything below 0x110000 except the surrogates, which
# cannot live in a well-formed string handed to C++.
_SURROGATES = range(0xD800, 0xE000)
_CAPACITY = sys.maxunicode + 1 - len(_SURROGATES)


def _code_point(index: int) -> str:
    return chr(index if index < _SURROGATES.start else index + len(_SURROGATES))


def _encode(tokens: Sequence[str], table: dict[str, str]) -> str:
    """One character per token; new tokens get the next free code point. Loops stay in C
    (dict.fromkeys, map): a Python loop over 10,000 tokens costs more than the diff itself."""
    for token in dict.fromkeys(tokens):
        if token not in table:
            if len(table) >= _CAPACITY:
                raise TooLarge(
                    "text has too many distinct words to compare",
                    code="text_too_large",
                    details={"field": "text", "limit": _CAPACITY, "size": len(table) + 1},
                )
            table[token] = _code_point(len(table))
    return "".join(map(table.__getitem__, tokens))


def _token_diff(a: Sequence[str], b: Sequence[str]) -> tuple[list[tuple[int, str]], dict[str, str]]:
    """Diff token lists exactly, returning ops over the stand-in characters (one per token)
    and the way back to tokens; callers map back only what they need (equal runs are long).

    No time limit: a timed-out diff degrades to "delete all, insert all", which would turn
    every concurrent edit into a conflict.
    """
    table: dict[str, str] = {}
    left, right = _encode(a, table), _encode(b, table)
    ops = fast_diff_match_patch.diff(
        left, right, timelimit=0, checklines=False, cleanup="Semantic", counts_only=False
    )
    index = {char: token for token, char in table.items()}
    return [(_OPS[symbol], chars) for symbol, chars in ops], index


_OPS = {"=": EQUAL, "-": DELETE, "+": INSERT}
