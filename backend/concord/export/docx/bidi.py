"""Right-to-left in Word: which runs are Arabic or Hebrew, and how to split a mixed sentence.

Word decides a run's direction from `w:rtl`, not from its characters, and shapes it with the
complex-script font and language. So a mixed sentence is cut into runs by direction: strong
characters decide, neutrals (spaces, punctuation, digits) between two runs of the same direction
join them, and otherwise take the paragraph's direction (as the Unicode bidi algorithm resolves
them, rules N1 and N2).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

Direction = Literal["ltr", "rtl"]

_RTL_CLASSES = frozenset({"R", "AL", "AN"})
_HEBREW = re.compile("[\u0590-\u05ff\ufb1d-\ufb4f]")
# Fast path: a run with no character from the right-to-left blocks is one left-to-right run.
_MAYBE_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def language(text: str) -> str:
    """The `w:lang w:bidi` value for a right-to-left run."""
    return "he-IL" if _HEBREW.search(text) else "ar-SA"


def segments(text: str, base: Direction) -> list[tuple[str, bool]]:
    """(piece, is_rtl) pieces of `text` in logical order, joined they give `text` back."""
    if _MAYBE_RTL.search(text) is None:
        if base == "ltr" or _has_strong(text):
            return [(text, False)]
        return [(text, True)]
    kinds = [_strong(ch) for ch in text]
    resolved = _resolve(kinds, base == "rtl")
    out: list[tuple[str, bool]] = []
    start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or resolved[index] != resolved[start]:
            out.append((text[start:index], resolved[start]))
            start = index
    return out


def _has_strong(text: str) -> bool:
    return any(_strong(ch) is not None for ch in text)


def _strong(ch: str) -> bool | None:
    kind = unicodedata.bidirectional(ch)
    if kind in _RTL_CLASSES:
        return True
    if kind == "L":
        return False
    return None


def _resolve(kinds: list[bool | None], base_rtl: bool) -> list[bool]:
    """Neutrals between two strong characters of one direction take it; others the base."""
    resolved: list[bool] = []
    previous: bool = base_rtl
    index = 0
    while index < len(kinds):
        kind = kinds[index]
        if kind is not None:
            resolved.append(kind)
            previous = kind
            index += 1
            continue
        end = index
        while end < len(kinds) and kinds[end] is None:
            end += 1
        following = kinds[end] if end < len(kinds) else base_rtl
        value = previous if previous == following else base_rtl
        resolved.extend([value] * (end - index))
        index = end
    return resolved
