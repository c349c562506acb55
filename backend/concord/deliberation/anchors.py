"""Anchors: where a comment's quoted span sits in the text of a section, version after version.

A comment quotes a span of the version it was written on, with some text before and after it.
On a later version the span is found again, in this order:

1. `exact`  — the quote, verbatim, where the edits since then put it (its old offset mapped
   through the word diff between the two versions, give or take a few characters);
2. `moved`  — the quote, verbatim, elsewhere (the sentence was moved); context decides between
   several occurrences, then closeness to the expected place;
3. `fuzzy`  — diff-match-patch's Bitap `match_main` finds the quote's start (with the text before
   it) and its end (with the text after it) near the expected place, tolerating edits; the span
   between them is kept only when it still resembles the quote;
4. `orphaned` — the quoted words are gone: the comment keeps its quote and is shown as orphaned,
   at the place where the span used to be (start == end).

Pure functions on strings: no database, no clock. Offsets are Python string indices (code
points), which is what the API returns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from diff_match_patch import diff_match_patch

from concord.drafting.diff import DELETE, INSERT, Op

# Context kept on each side of a quote when a comment is written: enough to tell two
# occurrences of a short quote apart and to steer the fuzzy match, small enough to store.
CONTEXT = 32
# How far (in characters) a verbatim occurrence may sit from the expected place and still be
# `exact`: the word-diff mapping of an untouched span is exact, this absorbs diff alignment.
NEAR = 8
# Bitap works on patterns of up to 32 characters (one machine word in the original).
MAX_BITS = 32
# Characters of surrounding context inside each Bitap pattern.
PATTERN_CONTEXT = 8
# Bitap's score is errors/length + distance/Match_Distance: 0.4 allows a few edited characters
# in a 32-character pattern close to the expected place, and refuses unrelated text (the
# library's default 0.5 matched paragraphs that had lost the quote in our tests).
MATCH_THRESHOLD = 0.4
MATCH_DISTANCE = 1000
# A fuzzy span must keep at least this share of the quote (1 - Levenshtein / length).
MIN_SIMILARITY = 0.5


class AnchorStatus(StrEnum):
    exact = "exact"
    moved = "moved"
    fuzzy = "fuzzy"
    orphaned = "orphaned"


@dataclass(frozen=True)
class Anchor:
    """A quote of one version of a section: its text, its surroundings and its start offset."""

    quote: str
    prefix: str
    suffix: str
    start: int

    @property
    def whole_section(self) -> bool:
        return self.quote == ""


@dataclass(frozen=True)
class Located:
    start: int
    end: int
    status: AnchorStatus


class AnchorNotFound(ValueError):
    """The quote does not occur in the text (with the given context)."""


class AnchorAmbiguous(ValueError):
    """The quote occurs more than once and the context does not say which occurrence."""

    def __init__(self, count: int) -> None:
        super().__init__(f"the quote occurs {count} times")
        self.count = count


def _occurrences(text: str, quote: str) -> list[int]:
    found: list[int] = []
    at = text.find(quote)
    while at != -1:
        found.append(at)
        at = text.find(quote, at + 1)
    return found


def capture(text: str, quote: str, prefix: str = "", suffix: str = "") -> Anchor:
    """Anchor `quote` in `text`, the version being commented on.

    `prefix` and `suffix` (text just before and after the quote, as the client saw it) choose
    between occurrences; the stored context is taken from `text` itself. An empty quote
    anchors the comment to the whole section.
    """
    if quote == "":
        return Anchor(quote="", prefix="", suffix="", start=0)
    candidates = [
        at
        for at in _occurrences(text, quote)
        if text[:at].endswith(prefix) and text[at + len(quote) :].startswith(suffix)
    ]
    if not candidates:
        raise AnchorNotFound(quote)
    if len(candidates) > 1:
        raise AnchorAmbiguous(len(candidates))
    start = candidates[0]
    end = start + len(quote)
    return Anchor(
        quote=quote,
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
        start=start,
    )


def map_offset(diff: Sequence[Op], offset: int) -> int:
    """Where `offset` of the diff's old text lands in its new text (diff-match-patch's
    `diff_xIndex`): inside deleted text it lands where the deletion was; text inserted just
    before it pushes it along."""
    old = new = 0
    for op, chunk in diff:
        if op != INSERT:
            if old + len(chunk) > offset:
                return new if op == DELETE else new + (offset - old)
            old += len(chunk)
        if op != DELETE:
            new += len(chunk)
    return new


def relocate(anchor: Anchor, text: str, expected: int | None = None) -> Located:
    """Find the anchor in `text`; `expected` is where its start should be (default: where it
    was), best computed with `map_offset` over the diff from the anchored version."""
    if anchor.whole_section:
        return Located(0, len(text), AnchorStatus.exact)
    expected = min(max(0, anchor.start if expected is None else expected), len(text))
    verbatim = _verbatim(anchor, text, expected)
    if verbatim is not None:
        return verbatim
    fuzzy = _fuzzy(anchor, text, expected)
    if fuzzy is not None:
        return fuzzy
    return Located(expected, expected, AnchorStatus.orphaned)


def _context_score(anchor: Anchor, text: str, at: int) -> int:
    """How many characters of the stored context still surround an occurrence."""
    before = text[max(0, at - len(anchor.prefix)) : at]
    after = text[at + len(anchor.quote) : at + len(anchor.quote) + len(anchor.suffix)]
    score = 0
    for a, b in zip(reversed(before), reversed(anchor.prefix), strict=False):
        if a != b:
            break
        score += 1
    for a, b in zip(after, anchor.suffix, strict=False):
        if a != b:
            break
        score += 1
    return score


def _verbatim(anchor: Anchor, text: str, expected: int) -> Located | None:
    found = _occurrences(text, anchor.quote)
    if not found:
        return None
    closest = min(found, key=lambda at: abs(at - expected))
    if abs(closest - expected) <= NEAR:
        return Located(closest, closest + len(anchor.quote), AnchorStatus.exact)
    best = max(found, key=lambda at: (_context_score(anchor, text, at), -abs(at - expected)))
    return Located(best, best + len(anchor.quote), AnchorStatus.moved)


def _matcher() -> diff_match_patch:
    dmp = diff_match_patch()
    dmp.Match_Threshold = MATCH_THRESHOLD
    dmp.Match_Distance = MATCH_DISTANCE
    dmp.Diff_Timeout = 0.1
    return dmp


def _find(dmp: diff_match_patch, text: str, pattern: str, offset: int, expected: int) -> int | None:
    """Bitap-match `pattern` near `expected - offset`; return where its character `offset`
    lands in `text` (through a small diff of the pattern against what matched)."""
    if not pattern:
        return None
    loc = int(dmp.match_main(text, pattern, max(0, expected - offset)))
    if loc == -1:
        return None
    # The window reaches past the pattern's length: the matched text may have grown.
    window = text[loc : loc + 2 * len(pattern)]
    diffs = dmp.diff_main(pattern, window, False)
    return loc + int(dmp.diff_xIndex(diffs, offset))


def _fuzzy(anchor: Anchor, text: str, expected: int) -> Located | None:
    quote = anchor.quote
    dmp = _matcher()
    room = MAX_BITS - min(len(quote), MAX_BITS - PATTERN_CONTEXT)
    before = anchor.prefix[len(anchor.prefix) - min(room, len(anchor.prefix)) :]
    head = before + quote[: MAX_BITS - len(before)]
    start = _find(dmp, text, head, len(before), expected)
    if start is None:
        return None
    after = anchor.suffix[: min(room, len(anchor.suffix))]
    tail_quote = quote[-(MAX_BITS - len(after)) :]
    tail = tail_quote + after
    expected_end = start + len(quote)
    end = _find(dmp, text, tail, len(tail_quote), expected_end)
    if end is None or end <= start:
        return None
    span = text[start:end]
    diffs = dmp.diff_main(quote, span, False)
    similarity = 1 - dmp.diff_levenshtein(diffs) / max(len(quote), len(span))
    if similarity < MIN_SIMILARITY:
        return None
    return Located(start, end, AnchorStatus.fuzzy)
