"""Run every benchmark: `uv run python -m tests.bench` (figures only; missed goals do not fail).

`CONCORD_BENCH_DB=postgres` runs the drafting benchmark on PostgreSQL; the HTTP benchmark always
uses PostgreSQL (and says so when it is not reachable).
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable


def _optional(module: str) -> Callable[[], None] | None:
    """`main` of a benchmark module that may not exist yet (others write some of them)."""
    try:
        loaded = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name != module:
            raise
        return None
    main: Callable[[], None] | None = getattr(loaded, "main", None)
    return main


def run_all() -> None:
    from tests.bench import bench_drafting, bench_http

    benchmarks: list[tuple[str, Callable[[], None] | None]] = [
        ("bench_text", _optional("tests.bench.bench_text")),
        ("bench_drafting", bench_drafting.main),
        ("bench_http", lambda: bench_http.main([])),
    ]
    for name, main in benchmarks:
        if main is None:
            print(f"\n{name}: not present, skipped")
            continue
        started = time.perf_counter()
        main()
        print(f"  ({name} took {time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    run_all()
