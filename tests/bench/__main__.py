"""Run every benchmark: `uv run python -m tests.bench` (figures only; missed goals do not fail).

`CONCORD_BENCH_DB=postgres` runs the drafting benchmark on PostgreSQL; the HTTP and live
benchmarks always use PostgreSQL (and say so when it is not reachable).
"""

from __future__ import annotations

import time
from collections.abc import Callable


def run_all() -> None:
    from tests.bench import (
        bench_archive,
        bench_audit,
        bench_brackets,
        bench_browser,
        bench_comments,
        bench_drafting,
        bench_editor,
        bench_export,
        bench_http,
        bench_ids,
        bench_import,
        bench_live,
        bench_notify,
        bench_pdf,
        bench_publication,
        bench_review,
        bench_text,
    )

    benchmarks: list[tuple[str, Callable[[], None]]] = [
        ("bench_text", bench_text.main),
        ("bench_drafting", bench_drafting.main),
        ("bench_brackets", bench_brackets.main),
        ("bench_export", bench_export.main),
        ("bench_pdf", bench_pdf.main),
        ("bench_import", bench_import.main),
        ("bench_http", lambda: bench_http.main([])),
        ("bench_live", lambda: bench_live.main([])),
        ("bench_notify", bench_notify.main),
        ("bench_browser", bench_browser.main),
        ("bench_comments", bench_comments.main),
        ("bench_review", bench_review.main),
        ("bench_editor", bench_editor.main),
        ("bench_archive", bench_archive.main),
        ("bench_audit", bench_audit.main),
        ("bench_ids", bench_ids.main),
        ("bench_publication", bench_publication.main),
    ]
    for name, main in benchmarks:
        started = time.perf_counter()
        main()
        print(f"  ({name} took {time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    run_all()
