"""Three-way merge by words, for an edit or amendment made on a base that has since moved.

Invariant 2 (docs/invariants.md): both changes survive only when they touch disjoint parts of
the base; anything else is a conflict shown to people, never a silent blend. diff-match-patch's
`patch_apply` blends overlapping hunks, so conflicts are decided here, against the base itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate
from typing import Any

from concord.core.errors import Conflict
from concord.drafting.diff import Change, changes, tokenize

CURRENT, PROPOSED = "current", "proposed"


class EditConflict(Conflict):
    """Both sides changed the same words (or words next to each other) of the base."""

    code = "edit_conflict"


def merge3(base: str, current: str, proposed: str) -> str:
    """Apply both base→current and base→proposed, or raise EditConflict listing the clashes."""
    if current == proposed or proposed == base:
        return current
    if current == base:
        return proposed
    base_tokens = tokenize(base)
    ours = changes(base_tokens, tokenize(current))
    theirs = changes(base_tokens, tokenize(proposed))
    shared = set(ours) & set(theirs)
    tagged = sorted(
        [(c, CURRENT) for c in ours if c not in shared]
        + [(c, PROPOSED) for c in theirs if c not in shared]
        + [(c, CURRENT) for c in shared],
        key=lambda item: (item[0].start, item[0].end),
    )
    clusters = _clusters(tagged)
    clashes = [cluster for cluster in clusters if len({side for _, side in cluster}) > 1]
    if clashes:
        raise EditConflict(
            f"{len(clashes)} overlapping change(s): both sides edited the same words",
            details=_conflict_details(base, current, proposed, base_tokens, clashes),
        )
    return _apply(base_tokens, [change for change, _ in tagged])


Tagged = tuple[Change, str]


def _clusters(tagged: Sequence[Tagged]) -> list[list[Tagged]]:
    """Group changes whose closed ranges meet. Touching counts as meeting: an insertion at the
    edge of a replaced range, or two insertions at one point, have no order anyone agreed on.
    Changes from one side never meet each other (an equal token separates them), so a group
    with more than one member always holds both sides."""
    groups: list[list[Tagged]] = []
    reach = -1
    for item in tagged:
        change = item[0]
        if groups and change.start <= reach:
            groups[-1].append(item)
            reach = max(reach, change.end)
        else:
            groups.append([item])
            reach = change.end
    return groups


def _apply(base_tokens: Sequence[str], ordered: Sequence[Change]) -> str:
    out: list[str] = []
    position = 0
    for change in ordered:
        out.extend(base_tokens[position : change.start])
        out.extend(change.tokens)
        position = change.end
    out.extend(base_tokens[position:])
    return "".join(out)


def _conflict_details(
    base: str,
    current: str,
    proposed: str,
    base_tokens: Sequence[str],
    clashes: Sequence[Sequence[Tagged]],
) -> dict[str, Any]:
    """Each clash as a character range of the base and what each side wrote there."""
    offsets = [0, *accumulate(len(t) for t in base_tokens)]
    return {
        "base": base,
        "current": current,
        "proposed": proposed,
        "conflicts": [_describe(base_tokens, offsets, clash) for clash in clashes],
    }


def _describe(
    base_tokens: Sequence[str], offsets: Sequence[int], clash: Sequence[Tagged]
) -> dict[str, Any]:
    start = min(change.start for change, _ in clash)
    end = max(change.end for change, _ in clash)

    def side_text(side: str) -> str:
        mine = [_shifted(change, start) for change, s in clash if s == side]
        return _apply(base_tokens[start:end], mine)

    return {
        "base_start": offsets[start],
        "base_end": offsets[end],
        "current": side_text(CURRENT),
        "proposed": side_text(PROPOSED),
    }


def _shifted(change: Change, by: int) -> Change:
    """The change relative to a window of the base starting at token `by`."""
    return Change(change.start - by, change.end - by, change.tokens)
