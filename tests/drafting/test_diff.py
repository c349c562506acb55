"""Word-level diffs, including right-to-left and mixed-direction text."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from concord.drafting.diff import Change, changes, is_word, tokenize, word_diff

WORDS = ["the", "parties", "shall", "should", "peace", "السلام", "الدول", "שלום", "שָׁלוֹם", "G7"]
texts = st.lists(
    st.sampled_from([*WORDS, " ", "  ", "\n", ",", ".", "[", "]", "(", "*"]), max_size=40
).map("".join)


def side(ops: list[tuple[int, str]], keep: int) -> str:
    return "".join(text for op, text in ops if op in (0, keep))


def test_tokens_are_words_whitespace_runs_and_single_punctuation() -> None:
    assert tokenize("Shall,  they  [not]?") == [
        "Shall",
        ",",
        "  ",
        "they",
        "  ",
        "[",
        "not",
        "]",
        "?",
    ]


def test_arabic_harakat_stay_inside_their_word() -> None:
    assert tokenize("الْحَمْدُ لِلَّهِ") == ["الْحَمْدُ", " ", "لِلَّهِ"]


def test_hebrew_niqqud_stay_inside_their_word() -> None:
    assert tokenize("שָׁלוֹם עֲלֵיכֶם") == ["שָׁלוֹם", " ", "עֲלֵיכֶם"]


def test_zero_width_non_joiner_stays_inside_a_persian_word() -> None:
    assert tokenize("می\u200cخواهم") == ["می\u200cخواهم"]


def test_astral_combining_mark_stays_inside_its_word() -> None:
    # U+E0100 is a variation selector (a mark beyond the BMP); 𝐀 is an astral letter.
    assert tokenize("\u845b\U000e0100 \U0001d400\u0301x, y") == [
        "\u845b\U000e0100",
        " ",
        "\U0001d400\u0301x",
        ",",
        " ",
        "y",
    ]


def test_is_word_distinguishes_words_from_spaces_and_punctuation() -> None:
    assert [is_word(t) for t in ["G7", "السلام", " ", ",", "ُ"]] == [True, True, False, False, True]


@given(st.text())
def test_tokens_join_back_to_the_text(text: str) -> None:
    assert "".join(tokenize(text)) == text


def test_one_changed_english_word_is_reported_as_that_word() -> None:
    assert word_diff("The parties shall agree.", "The parties should agree.") == [
        (0, "The parties "),
        (-1, "shall"),
        (1, "should"),
        (0, " agree."),
    ]


def test_one_changed_arabic_word_is_reported_as_that_word() -> None:
    before = "يجب على الدول أن تلتزم بالسلام الدائم"
    after = "يجب على الدول أن تتعهد بالسلام الدائم"
    assert word_diff(before, after) == [
        (0, "يجب على الدول أن "),
        (-1, "تلتزم"),
        (1, "تتعهد"),
        (0, " بالسلام الدائم"),
    ]


def test_adding_harakat_to_an_arabic_word_replaces_the_whole_word() -> None:
    assert word_diff("على الدول أن", "على الدُّوَل أن") == [
        (0, "على "),
        (-1, "الدول"),
        (1, "الدُّوَل"),
        (0, " أن"),
    ]


def test_one_changed_hebrew_word_with_niqqud_is_reported_as_that_word() -> None:
    assert word_diff("הצדדים יכבדו את השלום", "הצדדים יכבדו את שָׁלוֹם") == [
        (0, "הצדדים יכבדו את "),
        (-1, "השלום"),
        (1, "שָׁלוֹם"),
    ]


def test_mixed_direction_sentence_diffs_by_words() -> None:
    before = "The G7 and الجامعة العربية welcome שלום today"
    after = "The G7 and الجامعة العربية support שלום today"
    assert word_diff(before, after) == [
        (0, "The G7 and الجامعة العربية "),
        (-1, "welcome"),
        (1, "support"),
        (0, " שלום today"),
    ]


def test_identical_texts_are_one_equal_op() -> None:
    assert word_diff("same text", "same text") == [(0, "same text")]


def test_empty_texts_have_no_ops() -> None:
    assert word_diff("", "") == []


def test_diff_handles_more_distinct_tokens_than_the_surrogate_gap() -> None:
    a = " ".join(f"w{i}" for i in range(60_000))
    b = a.replace("w59999", "end")
    assert word_diff(a, b)[-2:] == [(-1, "w59999"), (1, "end")]


def test_changes_are_in_base_token_coordinates() -> None:
    base = tokenize("a b c d")
    assert changes(base, tokenize("a x c d e")) == [
        Change(2, 3, ("x",)),
        Change(7, 7, (" ", "e")),
    ]


def test_consecutive_changes_are_separated_by_an_unchanged_token() -> None:
    base = tokenize("one two three four five six")
    found = changes(base, tokenize("uno two tres four cinco six"))
    assert all(left.end < right.start for left, right in pairwise(found))


@given(texts, texts)
def test_word_diff_reconstructs_both_texts(a: str, b: str) -> None:
    ops = word_diff(a, b)
    assert side(ops, -1) == a
    assert side(ops, 1) == b
    assert all(text for _, text in ops)
    assert all(x[0] != y[0] for x, y in pairwise(ops))


@settings(max_examples=200)
@given(st.text(), st.text())
def test_word_diff_reconstructs_any_unicode(a: str, b: str) -> None:
    ops = word_diff(a, b)
    assert side(ops, -1) == a
    assert side(ops, 1) == b


@given(texts, texts)
def test_applying_changes_to_base_gives_the_other_text(a: str, b: str) -> None:
    base = tokenize(a)
    out: list[str] = []
    position = 0
    for change in changes(base, tokenize(b)):
        out += base[position : change.start] + list(change.tokens)
        position = change.end
    assert "".join(out + base[position:]) == b
