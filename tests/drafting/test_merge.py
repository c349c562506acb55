"""Three-way merge: disjoint edits both survive, overlapping edits are never blended."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from concord.core.errors import Conflict
from concord.drafting.merge import EditConflict, merge3

BASE = "The parties shall respect the sovereignty of all states in the region."

vocabulary = st.sampled_from(["peace", "shall", "states", "السلام", "الدول", "שלום", "G7", "the"])
word_lists = st.lists(vocabulary, min_size=1, max_size=12)


def conflict_of(base: str, current: str, proposed: str) -> EditConflict:
    with pytest.raises(EditConflict) as caught:
        merge3(base, current, proposed)
    return caught.value


def test_edits_to_different_words_are_both_applied() -> None:
    current = BASE.replace("shall", "should")
    proposed = BASE.replace("region", "world")
    assert merge3(BASE, current, proposed) == (
        "The parties should respect the sovereignty of all states in the world."
    )


def test_edits_to_neighbouring_words_are_both_applied() -> None:
    current = BASE.replace("shall", "must")
    proposed = BASE.replace("respect", "uphold")
    assert merge3(BASE, current, proposed) == (
        "The parties must uphold the sovereignty of all states in the region."
    )


def test_identical_change_on_both_sides_is_taken_once() -> None:
    both = BASE.replace("shall", "should")
    proposed = both.replace("region", "world")
    assert merge3(BASE, both, proposed) == proposed


def test_conflict_is_a_409_with_code_edit_conflict() -> None:
    error = conflict_of(BASE, BASE.replace("shall", "should"), BASE.replace("shall", "must"))
    assert isinstance(error, Conflict)
    assert error.status == 409
    assert error.code == "edit_conflict"


def test_conflict_details_carry_all_texts_and_the_clash_in_base_characters() -> None:
    current = BASE.replace("shall", "should")
    proposed = BASE.replace("shall", "must")
    details = conflict_of(BASE, current, proposed).details
    start = BASE.index("shall")
    assert details == {
        "base": BASE,
        "current": current,
        "proposed": proposed,
        "conflicts": [
            {"base_start": start, "base_end": start + 5, "current": "should", "proposed": "must"}
        ],
    }


def test_two_insertions_at_the_same_point_conflict() -> None:
    conflict_of("a b c", "a b new c", "a b other c")


def test_insertion_next_to_a_replaced_word_conflicts() -> None:
    conflict_of("a b c", "a X c", "a b, c")


def test_insertion_inside_a_deleted_range_conflicts() -> None:
    conflict_of("one two three four", "one four", "one two and three four")


def test_deletion_overlapping_a_replacement_conflicts() -> None:
    conflict_of(
        BASE, BASE.replace("respect the sovereignty", "honour"), BASE.replace("the sov", "sov")
    )


def test_conflicts_that_chain_are_reported_as_one_range() -> None:
    base = "w1 w2 w3 w4 w5 w6 w7"
    # current edits w2 and w4 apart; proposed rewrites w2..w4, touching both.
    details = conflict_of(base, "w1 X2 w3 X4 w5 w6 w7", "w1 Y w5 w6 w7").details
    assert len(details["conflicts"]) == 1
    clash = details["conflicts"][0]
    assert base[clash["base_start"] : clash["base_end"]] == "w2 w3 w4"
    assert (clash["current"], clash["proposed"]) == ("X2 w3 X4", "Y")


def test_separate_conflicts_are_reported_separately() -> None:
    base = "alpha beta gamma delta epsilon zeta eta theta"
    current = "alpha BETA gamma delta epsilon zeta ETA theta"
    proposed = "alpha b gamma delta epsilon zeta e theta"
    conflicts = conflict_of(base, current, proposed).details["conflicts"]
    assert [(c["current"], c["proposed"]) for c in conflicts] == [("BETA", "b"), ("ETA", "e")]
    assert [base[c["base_start"] : c["base_end"]] for c in conflicts] == ["beta", "eta"]


def test_arabic_edits_in_different_words_merge() -> None:
    base = "يجب على الدول أن تلتزم بالسلام الدائم في المنطقة"
    current = base.replace("تلتزم", "تتعهد")
    proposed = base.replace("المنطقة", "العالم")
    assert merge3(base, current, proposed) == "يجب على الدول أن تتعهد بالسلام الدائم في العالم"


def test_hebrew_edits_to_the_same_word_conflict() -> None:
    base = "הצדדים יכבדו את השלום באזור"
    error = conflict_of(base, base.replace("השלום", "שָׁלוֹם"), base.replace("השלום", "הביטחון"))
    assert error.details["conflicts"][0]["proposed"] == "הביטחון"


@given(word_lists, word_lists)
def test_unchanged_current_returns_proposed(base: list[str], other: list[str]) -> None:
    assert merge3(" ".join(base), " ".join(base), " ".join(other)) == " ".join(other)


@given(word_lists, word_lists)
def test_unchanged_proposed_returns_current(base: list[str], other: list[str]) -> None:
    assert merge3(" ".join(base), " ".join(other), " ".join(base)) == " ".join(other)


@given(word_lists, word_lists)
def test_same_edit_on_both_sides_returns_it(base: list[str], edited: list[str]) -> None:
    assert merge3(" ".join(base), " ".join(edited), " ".join(edited)) == " ".join(edited)


@given(word_lists, word_lists, word_lists, word_lists)
def test_disjoint_edits_both_survive(
    left: list[str], right: list[str], new_left: list[str], new_right: list[str]
) -> None:
    # An unchanged sentinel in the middle keeps the two edits apart in the base.
    gap = " | GAP | "
    base = " ".join(left) + gap + " ".join(right)
    current = " ".join(new_left) + gap + " ".join(right)
    proposed = " ".join(left) + gap + " ".join(new_right)
    assert merge3(base, current, proposed) == " ".join(new_left) + gap + " ".join(new_right)


@given(word_lists, st.integers(0, 11), vocabulary, vocabulary)
def test_different_replacements_of_one_word_never_produce_a_text(
    base: list[str], at: int, ours: str, theirs: str
) -> None:
    at %= len(base)
    assume(len({base[at], ours, theirs}) == 3)
    current = [*base[:at], ours + "_c", *base[at + 1 :]]
    proposed = [*base[:at], theirs + "_p", *base[at + 1 :]]
    with pytest.raises(EditConflict):
        merge3(" ".join(base), " ".join(current), " ".join(proposed))


@given(word_lists, word_lists, word_lists)
def test_merge_is_deterministic(base: list[str], current: list[str], proposed: list[str]) -> None:
    def outcome() -> object:
        try:
            return merge3(" ".join(base), " ".join(current), " ".join(proposed))
        except EditConflict as error:
            return error.details

    assert outcome() == outcome()


@given(word_lists, word_lists, word_lists)
def test_a_merged_text_keeps_every_word_both_sides_added(
    base: list[str], current: list[str], proposed: list[str]
) -> None:
    try:
        merged = merge3(" ".join(base), " ".join(current), " ".join(proposed))
    except EditConflict:
        return
    for side in (current, proposed):
        for word in set(side) - set(base):
            assert word in merged.split(" ")
