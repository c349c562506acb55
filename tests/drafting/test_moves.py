"""Moves between two orders of a document's sections: the fewest, and the places a redline
weaves together so that accepting every change gives the newer order, rejecting the older."""

from __future__ import annotations

import random

import pytest

from concord.drafting.revisions import moves, places


def _orders(seed: int) -> tuple[list[int], list[int]]:
    rng = random.Random(seed)
    old = list(range(rng.randint(0, 12)))
    new = [s for s in old if rng.random() > 0.25] + list(range(100, 100 + rng.randint(0, 3)))
    rng.shuffle(new) if rng.random() < 0.5 else None
    if new and rng.random() < 0.5:  # one paragraph moved far
        new.insert(rng.randrange(len(new) + 1), new.pop(rng.randrange(len(new))))
    return old, new


def _longest_common_order(old: list[int], new: list[int]) -> int:
    """Quadratic dynamic programming: the reference the fast one must agree with."""
    lengths = [[0] * (len(new) + 1) for _ in range(len(old) + 1)]
    for i, a in enumerate(old):
        for j, b in enumerate(new):
            lengths[i + 1][j + 1] = (
                lengths[i][j] + 1 if a == b else max(lengths[i][j + 1], lengths[i + 1][j])
            )
    return lengths[-1][-1]


@pytest.mark.parametrize("seed", range(300))
def test_the_moves_are_the_fewest_and_the_rest_keep_their_order(seed: int) -> None:
    old, new = _orders(seed)
    moved = moves(old, new)
    kept = [s for s in new if s in old]
    staying = [s for s in kept if s not in moved]
    assert staying == [s for s in old if s in staying]
    assert len(staying) == _longest_common_order(old, new)


@pytest.mark.parametrize("seed", range(300))
def test_accepting_the_places_gives_the_newer_order_rejecting_the_older(seed: int) -> None:
    old, new = _orders(seed)
    moved = moves(old, new)
    woven = places(old, new, moved)
    accepted = [sid for sid, older in woven if not older]
    rejected = [sid for sid, older in woven if older or (sid in old and sid not in moved)]
    assert accepted == new
    assert rejected == old


def test_a_paragraph_moved_down_is_the_one_moved() -> None:
    assert moves([1, 2, 3, 4, 5], [1, 3, 4, 5, 2]) == {2}
    assert places([1, 2, 3, 4, 5], [1, 3, 4, 5, 2], {2}) == [
        (1, False),
        (2, True),
        (3, False),
        (4, False),
        (5, False),
        (2, False),
    ]
