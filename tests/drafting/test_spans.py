"""Brackets are matched over the whole document: spans cross paragraphs, nest as a tree, and a
bracket is unbalanced only when the document leaves it open (drafting/spans.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from concord.drafting import spans
from concord.drafting.diff import is_word, tokenize
from tests.bench.real_corpus import UNFCCC_DECEMBER, UNFCCC_NOVEMBER, parse

_SEPARATOR = "\n\n"
# What the reader leaves out: footnote labels and definitions, and inline links `[x](dest)`.
_FOOTNOTE = re.compile(r"\[\^[^\]\s]+\]:?")
_LINK = re.compile(r"\[([^\[\]\n]*)\](\([^\s()]*\))")


class Reader:
    """An independent count: one plain stack over the ordered text of the document."""

    def __init__(self, texts: list[str]) -> None:
        self.starts: list[int] = []
        offset = 0
        for text in texts:
            self.starts.append(offset)
            offset += len(text) + len(_SEPARATOR)
        chars = list(_SEPARATOR.join(texts))
        prose = [True] * len(chars)
        joined = "".join(chars)
        for m in _FOOTNOTE.finditer(joined):
            chars[m.start() : m.end()] = " " * (m.end() - m.start())
            prose[m.start() : m.end()] = [False] * (m.end() - m.start())
        for m in _LINK.finditer("".join(chars)):
            chars[m.start()] = chars[m.end(1)] = " "
            prose[m.start(2) : m.end(2)] = [False] * (m.end(2) - m.start(2))
        self.text = "".join(chars)
        self.prose = prose
        self.pairs: list[tuple[int, int]] = []
        self.open: list[int] = []
        stack: list[int] = []
        for i, ch in enumerate(self.text):
            if ch == "[":
                stack.append(i)
            elif ch == "]" and stack:
                self.pairs.append((stack.pop(), i))
            elif ch == "]":
                self.open.append(i)
        self.open = sorted(self.open + stack)

    def place(self, position: int) -> tuple[int, int]:
        index = max(i for i, s in enumerate(self.starts) if s <= position)
        return index, position - self.starts[index]

    def words(self) -> tuple[int, int]:
        outer: list[tuple[int, int]] = []
        for start, end in sorted(self.pairs):
            if not outer or start > outer[-1][1]:
                outer.append((start, end))
        masked = "".join(c if p else " " for c, p in zip(self.text, self.prose, strict=True))
        inside = total = position = k = 0
        for token in tokenize(masked):
            if is_word(token):
                total += 1
                while k < len(outer) and outer[k][1] < position:
                    k += 1
                inside += k < len(outer) and outer[k][0] <= position <= outer[k][1]
            position += len(token)
        return inside, total


@pytest.mark.parametrize("path", [UNFCCC_NOVEMBER, UNFCCC_DECEMBER], ids=["nov", "dec"])
def test_document_spans_equal_an_independent_readers_count(path: Path) -> None:
    texts = [p.text for p in parse(path)]
    found = spans.match_texts(texts)
    reader = Reader(texts)
    assert len(found.spans) == len(reader.pairs)
    assert found.unbalanced == [reader.place(p) for p in reader.open]
    assert (found.bracketed_words, found.total_words) == reader.words()


def test_paris_november_text_is_mostly_bracketed_once_spans_cross_paragraphs() -> None:
    texts = [p.text for p in parse(UNFCCC_NOVEMBER)]
    found = spans.match_texts(texts)
    per_paragraph = sum(spans.report(t).bracketed_words for t in texts)
    assert round(per_paragraph / found.total_words, 3) == 0.427
    assert round(found.bracketed_words / found.total_words, 3) == 0.841
    assert len(found.crossing) == 37
    assert len(found.unbalanced) == 5
    # The source's own imbalance (1,617 `[` for 1,618 `]`): one `]` more than `[` is left open.
    closers = sum(texts[i][o] == "]" for i, o in found.unbalanced)
    assert closers - (len(found.unbalanced) - closers) == 1


def test_a_bracketed_article_is_one_span_over_its_paragraphs() -> None:
    texts = [
        "## [Article 2",
        "1. Parties shall act.",
        "2. They [shall][should] report.]",
        "3. Done.",
    ]
    found = spans.match_texts(texts)
    (article,) = found.roots
    assert (article.start, article.end) == ((0, 3), (2, len(texts[2]) - 1))
    assert [found.spans[c].crossing for c in article.children] == [False, False]
    assert found.touched == [True, True, True, False]
    assert found.section_words[1] == (4, 4)
    assert found.section_words[3] == (0, 2)
    assert [s.id for s in found.covering(1)] == [article.id]
    assert found.unbalanced == []


def test_nested_crossing_spans_form_a_tree() -> None:
    texts = ["[Preamble [first", "second] middle", "last]"]
    found = spans.match_texts(texts)
    outer, inner = found.spans
    assert inner.parent == outer.id and inner.depth == 1 and outer.children == [inner.id]
    assert inner.start == (0, 10) and inner.end == (1, 6)
    assert outer.end == (2, 4)


def test_a_bracket_is_unbalanced_only_when_the_document_leaves_it_open() -> None:
    texts = ["stray] text", "[opens", "closes]", "[never closed"]
    found = spans.match_texts(texts)
    assert found.unbalanced == [(0, 5), (3, 0)]
    assert len(found.crossing) == 1


def test_markdown_brackets_do_not_cross_paragraphs() -> None:
    texts = ["See [the report](https://example.org) and [^1]", "[^1]: A note [kept]."]
    found = spans.match_texts(texts)
    assert found.crossing == []
    assert [(s.start, s.end) for s in found.spans] == [((1, 13), (1, 18))]
