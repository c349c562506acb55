"""Negotiation brackets are found; Markdown's own brackets are not mistaken for them."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from concord.drafting.brackets import scan


def bracketed(text: str) -> list[str]:
    return [text[s:e] for s, e in scan(text).spans]


def test_bracketed_language_is_one_span_including_the_brackets() -> None:
    text = "The parties [shall respect] the text."
    report = scan(text)
    assert bracketed(text) == ["[shall respect]"]
    assert (report.bracketed_words, report.total_words) == (2, 6)
    assert report.unbalanced == []


def test_alternatives_side_by_side_are_two_spans() -> None:
    assert bracketed("They [shall][should] act.") == ["[shall]", "[should]"]


def test_alternatives_are_a_reference_link_when_the_second_label_is_defined() -> None:
    text = "They [shall][should] act.\n\n[should]: https://example.org"
    assert bracketed(text) == []


def test_nested_brackets_count_the_outer_span_once() -> None:
    text = "a [b [c] d] e"
    report = scan(text)
    assert bracketed(text) == ["[b [c] d]"]
    assert report.bracketed_words == 3


def test_inline_link_is_not_a_negotiation_bracket() -> None:
    assert bracketed("See [the report](https://example.org/a_(b)) now.") == []


def test_brackets_inside_a_link_destination_are_ignored() -> None:
    text = "See [x](https://example.org/[a]) [y"
    assert scan(text).unbalanced == [text.index("[y")]


def test_negotiation_bracket_inside_link_text_counts() -> None:
    assert bracketed("[see [the] report](https://example.org)") == ["[the]"]


def test_link_inside_negotiation_bracket_keeps_the_outer_span() -> None:
    text = "[as set out in [the report](https://example.org)]"
    assert bracketed(text) == [text]


def test_image_is_not_a_negotiation_bracket() -> None:
    assert bracketed("![map of the region](map.png)") == []


def test_footnote_reference_and_definition_are_not_negotiation_brackets() -> None:
    assert bracketed("Agreed.[^1]\n\n[^1]: Adopted in Rome.") == []


def test_brackets_inside_a_footnote_definition_count() -> None:
    assert bracketed("Agreed.[^n]\n\n[^n]: Adopted in [Rome][Geneva].") == ["[Rome]", "[Geneva]"]


def test_reference_links_in_all_three_forms_are_not_negotiation_brackets() -> None:
    text = "See [ref], [Ref][] and [the text][REF].\n\n[ref]: https://example.org"
    assert bracketed(text) == []


def test_undefined_reference_is_a_negotiation_bracket() -> None:
    assert bracketed("See [ref] here.") == ["[ref]"]


def test_link_reference_definition_words_are_not_counted() -> None:
    assert scan("One two.\n\n[ref]: https://example.org/long/url").total_words == 2


def test_brackets_in_code_spans_and_fences_are_ignored() -> None:
    text = "Use `a[0]` and ``[x]`` here.\n\n```\n[not a bracket]\n```\n\n~~~~\n[nor]\n~~~~\n"
    assert scan(text).spans == []
    assert scan(text).unbalanced == []


def test_unbalanced_brackets_are_reported_not_raised() -> None:
    text = "x] y [z [w]"
    report = scan(text)
    assert report.unbalanced == [1, 5]
    assert bracketed(text) == ["[w]"]


def test_arabic_bracketed_words_are_counted_with_the_diff_tokenizer() -> None:
    text = "تلتزم الدول [بالسلام الدائم] في المنطقة"
    report = scan(text)
    assert bracketed(text) == ["[بالسلام الدائم]"]
    assert (report.bracketed_words, report.total_words) == (2, 6)


def test_hebrew_alternatives_with_niqqud() -> None:
    assert bracketed("הצדדים [יכבדו][יְכַבְּדוּ] את") == ["[יכבדו]", "[יְכַבְּדוּ]"]


def test_empty_text_has_nothing() -> None:
    report = scan("")
    assert (report.spans, report.bracketed_words, report.total_words, report.unbalanced) == (
        [],
        0,
        0,
        [],
    )


@given(st.text(alphabet="ab []()^:!`\n"))
def test_scan_never_raises_and_spans_are_disjoint_brackets(text: str) -> None:
    report = scan(text)
    for start, end in report.spans:
        assert text[start] == "[" and text[end - 1] == "]"
    assert all(a[1] <= b[0] for a, b in pairwise(report.spans))
    assert 0 <= report.bracketed_words <= report.total_words
