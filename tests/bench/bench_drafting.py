"""Drafting benchmarks on a G7-size communiqué (tests/bench/corpus.py).

(a) Redline: `revisions.compare` of Rev.1 and Rev.2 (all section diffs). Goal: median < 100 ms.
(b) Loading the document: `GET /api/v1/documents/{id}` through the app; SQL statements per
    request for 10 and for 162 sections (the count must not grow with the length), p50 time.

    uv run python -m tests.bench.bench_drafting                      # SQLite
    CONCORD_BENCH_DB=postgres uv run python -m tests.bench.bench_drafting
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine, event

from concord.core.db import make_engine, transaction
from concord.drafting import revisions
from concord.drafting import service as drafting
from concord.drafting.diff import word_diff
from concord.main import create_app
from tests.bench.corpus import (
    Loaded,
    bench_backend,
    bench_database,
    communique,
    load,
    next_revision,
    word_count,
)
from tests.live_server import seed_person

REDLINE_RUNS = 15
LOAD_RUNS = 30
REDLINE_GOAL_MS = 100.0


def _ms(seconds: float) -> float:
    return seconds * 1000.0


def _timed(fn: Callable[[], Any], runs: int) -> list[float]:
    times: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(_ms(time.perf_counter() - started))
    return times


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _row(name: str, value: str, goal: str = "", verdict: str = "") -> str:
    return f"  {name:<52} {value:>14}  {goal:<14} {verdict}"


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


class StatementCounter:
    """Counts SQL statements sent on an engine (`before_cursor_execute`)."""

    def __init__(self, engine: Engine) -> None:
        self.count = 0
        event.listen(engine, "before_cursor_execute", self._on_execute)

    def _on_execute(self, *_args: Any) -> None:
        self.count += 1


def bench_redline(engine: Engine, loaded: Loaded) -> dict[str, float]:
    with transaction(engine, write=False) as session:
        document = drafting.get_document(session, loaded.document_id)
        rev1 = revisions.snapshot(session, document, "Rev.1")
        rev2 = revisions.snapshot(session, document, "Rev.2")
        result = revisions.compare(session, document, rev1, rev2)
        assert result.changed == loaded.edited, (result.changed, loaded.edited)
        times = _timed(lambda: revisions.compare(session, document, rev1, rev2), REDLINE_RUNS)
    # The diff work alone, every section (changed or not), without the database.
    parts = communique()
    pairs = list(zip(parts, next_revision(parts), strict=True))
    all_diffs = _timed(lambda: [word_diff(a.text, b.text) for a, b in pairs], REDLINE_RUNS)
    return {
        "median": statistics.median(times),
        "min": min(times),
        "max": max(times),
        "all_sections_median": statistics.median(all_diffs),
    }


def bench_document_load(engine: Engine, token: str, small_id: int, big_id: int) -> dict[str, Any]:
    app = create_app(engine)
    counter = StatementCounter(engine)
    headers = {"Authorization": f"Bearer {token}"}
    out: dict[str, Any] = {}
    with TestClient(app) as client:
        for label, document_id in (("small", small_id), ("big", big_id)):
            url = f"/api/v1/documents/{document_id}"
            counter.count = 0
            started = time.perf_counter()
            first = client.get(url, headers=headers)
            out[f"{label}_cold_ms"] = _ms(time.perf_counter() - started)
            assert first.status_code == 200, first.text
            out[f"{label}_sections"] = len(first.json()["sections"])
            out[f"{label}_statements"] = counter.count
            counter.count = 0
            times = _timed(lambda url=url: client.get(url, headers=headers), LOAD_RUNS)  # type: ignore[misc]
            out[f"{label}_warm_statements"] = counter.count / LOAD_RUNS
            out[f"{label}_p50_ms"] = statistics.median(times)
            out[f"{label}_p90_ms"] = _pct(times, 0.9)
    return out


def main() -> None:
    backend = bench_backend()
    parts = communique()
    print(f"\nbench_drafting — {backend}")
    print(
        f"  corpus: {len(parts)} sections "
        f"({sum(p.kind == 'paragraph' for p in parts)} paragraphs), {word_count(parts)} words"
    )
    with bench_database(backend) as url:
        engine = make_engine(url)
        try:
            started = time.perf_counter()
            with transaction(engine) as session:
                viewer, token = seed_person(session)
                big = load(session, viewer, parts)
                small = load(session, viewer, parts[:10], revise=False, title="Ten sections")
            loading_s = time.perf_counter() - started
            redline = bench_redline(engine, big)
            loading = bench_document_load(engine, token, small.document_id, big.document_id)
        finally:
            engine.dispose()

    print(f"  loaded Rev.1 + {big.edited} edited sections + Rev.2 in {loading_s:.1f} s\n")
    print(_row("measure", "value", "goal", ""))
    print(_row("-" * 52, "-" * 14, "-" * 14, "-" * 6))
    print(
        _row(
            f"redline Rev.1→Rev.2, compare() median of {REDLINE_RUNS}",
            f"{redline['median']:.1f} ms",
            f"< {REDLINE_GOAL_MS:.0f} ms",
            _verdict(redline["median"] < REDLINE_GOAL_MS),
        )
    )
    print(_row("  compare() min / max", f"{redline['min']:.1f}/{redline['max']:.1f} ms"))
    print(
        _row(
            f"  word_diff of all {len(parts)} sections, no database",
            f"{redline['all_sections_median']:.1f} ms",
        )
    )
    for label in ("small", "big"):
        n = loading[f"{label}_sections"]
        print(
            _row(
                f"GET document, {n} sections: SQL statements (cold)",
                str(loading[f"{label}_statements"]),
            )
        )
        print(
            _row(
                f"GET document, {n} sections: SQL statements (warm)",
                f"{loading[f'{label}_warm_statements']:.1f}",
            )
        )
        print(
            _row(
                f"GET document, {n} sections: first request",
                f"{loading[f'{label}_cold_ms']:.1f} ms",
            )
        )
        print(
            _row(
                f"GET document, {n} sections: p50 / p90 of {LOAD_RUNS}",
                f"{loading[f'{label}_p50_ms']:.1f}/{loading[f'{label}_p90_ms']:.1f} ms",
            )
        )
    flat = loading["big_warm_statements"] <= loading["small_warm_statements"]
    print(
        _row(
            "statements: 162 sections vs 10 sections",
            f"{loading['big_warm_statements']:.0f} vs {loading['small_warm_statements']:.0f}",
            "no growth",
            _verdict(flat),
        )
    )


if __name__ == "__main__":
    main()
