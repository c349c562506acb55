"""Bracket work per save on the real Paris draft: `uv run python -m tests.bench.bench_brackets`.

The 10 November 2015 UNFCCC text (634 sections) is matched over the whole document. A save
changes one paragraph: the incremental update scans that paragraph's new text and refolds the
document's leftovers (drafting/spans.py); a full rescan scans every text again. The paragraphs
edited are the real edits of the 4 December text, each a text never scanned before. Goal: under
10 ms of bracket work per save. Prints figures; never fails on a missed goal.
"""

from __future__ import annotations

import statistics
import time

from concord.drafting import spans
from tests.bench.real_corpus import UNFCCC_DECEMBER, UNFCCC_NOVEMBER, edits, parse

GOAL_MS = 10.0


def main() -> None:
    before, after = parse(UNFCCC_NOVEMBER), parse(UNFCCC_DECEMBER)
    texts = [p.text for p in before]
    changed = list(edits(before, after).items())
    spans.report.cache_clear()
    started = time.perf_counter()
    found = spans.match_texts(texts)
    first = (time.perf_counter() - started) * 1000
    print(
        f"bench_brackets: {len(texts)} sections, {len(found.spans)} spans "
        f"({len(found.crossing)} crossing), {len(found.unbalanced)} unmatched, "
        f"bracketed {found.bracketed_words / found.total_words:.1%}"
    )
    incremental: list[float] = []
    for index, text in changed:
        texts[index] = text
        started = time.perf_counter()
        spans.match_texts(texts)
        incremental.append((time.perf_counter() - started) * 1000)
    full: list[float] = []
    for _ in range(5):
        spans.report.cache_clear()
        started = time.perf_counter()
        spans.match_texts(texts)
        full.append((time.perf_counter() - started) * 1000)
    per_save = statistics.median(incremental)
    rescan = statistics.median(full)
    print(f"  first full scan: {first:.1f} ms")
    print(
        f"  per save (incremental, {len(incremental)} real edits): median {per_save:.2f} ms, "
        f"max {max(incremental):.2f} ms (goal < {GOAL_MS:.0f} ms: "
        f"{'met' if per_save < GOAL_MS else 'MISSED'})"
    )
    print(f"  full rescan: median {rescan:.1f} ms; ratio {rescan / per_save:.0f}x")


if __name__ == "__main__":
    main()
