"""Brackets over the whole document: a span may open in one paragraph and close in a later one.

Negotiators bracket whole articles or the preamble ("[The Parties to this Agreement, … ]"), so
brackets are matched over the document in order (live sections by position, headings included,
retired ones left out), and every word inside a span is bracketed. A bracket is unbalanced only
when the document as a whole leaves it open.

Matching one text (drafting/brackets.py) leaves at most some `]` for earlier paragraphs and then
some `[` for later ones; the document's spans are those texts' own pairs plus what a single
stack makes of the leftovers in order. That fold is the whole cost of a document once each text
has been scanned, and texts are immutable versions, so a save rescans one paragraph and refolds:
the incremental update (tests/bench/bench_brackets.py measures both).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from concord.drafting import brackets

# Where a bracket stands: (index of the section in document order, offset in its text).
Place = tuple[int, int]


@lru_cache(maxsize=16384)
def report(text: str) -> brackets.BracketReport:
    """One text's brackets; versions are immutable, so the scan is cached by text."""
    return brackets.scan(text)


@dataclass
class Span:
    id: int
    start: Place  # the `[`
    end: Place  # the `]`
    parent: int | None = None
    children: list[int] = field(default_factory=list)
    depth: int = 0

    @property
    def crossing(self) -> bool:
        return self.start[0] != self.end[0]


@dataclass
class DocumentSpans:
    """The spans of a document as a tree (in order of opening), and what is left open."""

    spans: list[Span]
    unbalanced: list[Place]
    bracketed_words: int
    total_words: int
    section_words: list[tuple[int, int]]  # per section: (bracketed words, words)
    touched: list[bool]  # per section: some span or unbalanced bracket lies in it

    @property
    def roots(self) -> list[Span]:
        return [s for s in self.spans if s.parent is None]

    @property
    def crossing(self) -> list[Span]:
        return [s for s in self.spans if s.crossing]

    def covering(self, index: int) -> list[Span]:
        """The crossing spans that open in, close in or run through section `index`."""
        return [s for s in self.crossing if s.start[0] <= index <= s.end[0]]


def match_texts(texts: Sequence[str]) -> DocumentSpans:
    return match([report(t) for t in texts])


def match(reports: Sequence[brackets.BracketReport]) -> DocumentSpans:
    pairs: list[tuple[Place, Place]] = []
    unbalanced: list[Place] = []
    stack: list[Place] = []
    for index, found in enumerate(reports):
        pairs.extend(((index, s), (index, e - 1)) for s, e in found.pairs)
        for closer in found.closers:
            if stack:
                pairs.append((stack.pop(), (index, closer)))
            else:
                unbalanced.append((index, closer))
        stack.extend((index, opener) for opener in found.openers)
    unbalanced.extend(stack)
    spans = _tree(pairs)
    return _count(reports, spans, sorted(unbalanced))


def _tree(pairs: list[tuple[Place, Place]]) -> list[Span]:
    """Stack matching nests properly, so sorting by opening gives each span its parent."""
    spans: list[Span] = []
    open_: list[Span] = []
    for start, end in sorted(pairs):
        while open_ and open_[-1].end < start:
            open_.pop()
        span = Span(len(spans), start, end)
        if open_:
            parent = open_[-1]
            span.parent, span.depth = parent.id, parent.depth + 1
            parent.children.append(span.id)
        spans.append(span)
        open_.append(span)
    return spans


def _count(
    reports: Sequence[brackets.BracketReport], spans: list[Span], unbalanced: list[Place]
) -> DocumentSpans:
    inside = [0] * len(reports)
    touched = [False] * len(reports)
    for index, _ in unbalanced:
        touched[index] = True
    for span in spans:
        if span.parent is not None:
            continue
        (first, start), (last, end) = span.start, span.end
        for index in range(first, last + 1):
            words = reports[index].word_starts
            low = bisect_left(words, start) if index == first else 0
            high = bisect_left(words, end + 1) if index == last else len(words)
            inside[index] += high - low
            touched[index] = True
    totals = [len(r.word_starts) for r in reports]
    return DocumentSpans(
        spans=spans,
        unbalanced=unbalanced,
        bracketed_words=sum(inside),
        total_words=sum(totals),
        section_words=list(zip(inside, totals, strict=True)),
        touched=touched,
    )
