"""Browser benchmark: time from navigation to the 150-paragraph communiqué being readable.

A real Concord (one uvicorn worker, the built web app) on a fresh database seeded with the
benchmark communiqué (tests/bench/corpus.py), read by the secretariat in Debian's Chromium
(tests/e2e/harness.py). "Readable": every paragraph of the document page shows its text; the time
runs from the navigation's start (the page's time origin) to that animation frame. A cold load is
a new browser context (nothing cached); a warm load reloads the page in the same context.
Goal: under 1.5 s. Needs the built web app (`./dev web`).

    uv run python -m tests.bench.bench_browser
"""

from __future__ import annotations

import statistics

from playwright.sync_api import sync_playwright

from tests.bench.corpus import bench_backend, bench_database
from tests.e2e.harness import (
    BENCH_PARAGRAPHS,
    PEOPLE,
    launch_chromium,
    new_context,
    serve_world,
    sign_in_quickly,
    time_to_readable,
)

RUNS = 5
GOAL_MS = 1500.0


def _row(name: str, value: str, goal: str = "", verdict: str = "") -> str:
    return f"  {name:<52} {value:>14}  {goal:<14} {verdict}"


def main() -> None:
    backend = bench_backend()
    print(f"\nbench_browser — {backend}, Chromium, {BENCH_PARAGRAPHS} paragraphs")
    cold: list[float] = []
    warm: list[float] = []
    with bench_database(backend) as url, serve_world(url) as world, sync_playwright() as p:
        browser = launch_chromium(p)
        try:
            path = f"/documents/{world.benchmark_document_id}"
            for _ in range(RUNS):
                context = new_context(browser, world)
                try:
                    sign_in_quickly(context, PEOPLE["officer"])
                    page = context.new_page()
                    cold.append(time_to_readable(page, path, BENCH_PARAGRAPHS))
                    warm.append(time_to_readable(page, path, BENCH_PARAGRAPHS))
                finally:
                    context.close()
        finally:
            browser.close()
    print(_row("measure", "value", "goal", ""))
    print(_row("-" * 52, "-" * 14, "-" * 14, "-" * 6))
    for label, times in (("new context (cold)", cold), ("reload (warm)", warm)):
        median = statistics.median(times)
        print(
            _row(
                f"time to readable, {label}, median of {RUNS}",
                f"{median:.0f} ms",
                f"< {GOAL_MS:.0f} ms",
                "ok" if median < GOAL_MS else "MISSED",
            )
        )
        print(_row("  min / max", f"{min(times):.0f}/{max(times):.0f} ms"))


if __name__ == "__main__":
    main()
