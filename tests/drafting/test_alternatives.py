"""Alternatives (`[shall][should]`) and options (`Option 1: …`) are found, and the chair's
decisions on them leave balanced brackets and only the chosen text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from concord.drafting import alternatives as alt
from concord.drafting import spans
from tests.bench.real_corpus import UNFCCC_NOVEMBER, parse


def test_adjacent_brackets_are_one_group_of_alternatives() -> None:
    text = "Parties [shall][should] act [now] [today] [and] later."
    groups = alt.alternatives(text)
    assert [g.choices(text) for g in groups] == [["shall", "should"], ["now", "today", "and"]]


def test_brackets_apart_are_not_alternatives() -> None:
    assert alt.alternatives("Parties [shall] act [now].") == []
    assert alt.alternatives("[a]\n[b]") == []  # a line break ends a group


def test_option_lines_are_options_with_a_paragraph_number_or_bullet() -> None:
    text = "12. Option 1: Parties shall act.\nOption 2: Parties should act.\n- Alt 3: No text."
    found = alt.options(text)
    assert found is not None
    assert [(label, body) for label, body, _, _ in found.lines] == [
        ("Option 1", "Parties shall act."),
        ("Option 2", "Parties should act."),
        ("Alt 3", "No text."),
    ]
    assert alt.resolve_option(text, 1) == "12. Parties should act."


def test_a_single_option_line_is_not_a_choice() -> None:
    assert alt.options("Option 1: only one.") is None


def test_resolving_keeps_the_chosen_alternative_without_brackets() -> None:
    text = "They [shall][should] act [now] [today]."
    assert alt.resolve_alternative(text, 0, 1) == "They should act [now] [today]."
    assert alt.resolve_alternative(text, 1, 0) == "They [shall][should] act now."


def test_clean_keeps_the_words_and_delete_drops_them() -> None:
    text = "They act [promptly] now."
    start = text.index("[")
    assert alt.clean_span(text, start) == "They act promptly now."
    assert alt.delete_span(text, start) == "They act now."
    assert alt.delete_span("They act [now].", 9) == "They act."


def test_a_decision_on_nothing_is_refused() -> None:
    with pytest.raises(alt.NoSuchChoice):
        alt.resolve_alternative("no brackets", 0, 0)
    with pytest.raises(alt.NoSuchChoice):
        alt.clean_span("a [b] c", 0)


def test_the_paris_draft_has_alternatives_and_options() -> None:
    texts = [p.text for p in parse(UNFCCC_NOVEMBER)]
    assert sum(len(alt.alternatives(t)) for t in texts) == 242
    assert sum(alt.options(t) is not None for t in texts) == 57


WORD = st.text(alphabet="abcdefgh", min_size=1, max_size=6)


@given(
    before=WORD,
    after=WORD,
    choices=st.lists(WORD, min_size=2, max_size=4),
    others=st.lists(WORD, min_size=0, max_size=3),
    pick=st.integers(0, 3),
)
def test_resolving_an_alternative_leaves_balanced_brackets_and_only_the_choice(
    before: str, after: str, choices: list[str], others: list[str], pick: int
) -> None:
    tail = " ".join(f"[{o}]" + " x" for o in others)
    text = f"{before} " + "".join(f"[{c}]" for c in choices) + f" {after} {tail}".rstrip()
    choice = pick % len(choices)
    result = alt.resolve_alternative(text, 0, choice)
    report = spans.report(result)
    assert report.unbalanced == []
    assert len(report.pairs) == len(others)
    kept = result.split(" ")[1]
    assert kept == choices[choice]
    for i, c in enumerate(choices):
        if i != choice:
            assert f"[{c}]" not in result.split(" ")[1]
