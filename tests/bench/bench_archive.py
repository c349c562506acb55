"""Backup and restore timings: `uv run python -m tests.bench.bench_archive [DOCUMENTS]`.

A larger world than the demo: DOCUMENTS G7-size communiqués (150 paragraphs, ~20,000 words,
Rev.1 and Rev.2 each; default 20) written through Concord's services, so the audit log is real.
Prints rows, archive sizes (.json and .json.gz), backup and restore times, and the peak Python
memory of a restore (tracemalloc), which stays flat because rows are streamed. Figures only.
`CONCORD_BENCH_DB=postgres` runs it on PostgreSQL.
"""

from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from concord.archive.backup import backup
from concord.archive.restore import restore
from concord.core.db import make_engine, transaction
from tests.bench.corpus import bench_backend, bench_database, communique, load
from tests.live_server import seed_person


def _row(name: str, value: str) -> str:
    return f"  {name:<44} {value:>16}"


def main(documents: int = 20) -> None:
    backend = bench_backend()
    print(f"\nbench_archive — {backend}, {documents} communiqués")
    parts = communique()
    with bench_database() as source_url, tempfile.TemporaryDirectory() as folder:
        engine = make_engine(source_url)
        started = time.perf_counter()
        for number in range(documents):
            with transaction(engine) as session:
                viewer, _token = seed_person(session)
                load(session, viewer, parts, title=f"Communiqué {number + 1}")
        print(_row("world written through the services", f"{time.perf_counter() - started:.1f} s"))
        for name in ("world.json", "world.json.gz"):
            summary = backup(engine, Path(folder) / name)
            print(_row(f"backup {name}: rows", f"{summary.total}"))
            print(_row(f"backup {name}: size", f"{summary.size / 1e6:.1f} MB"))
            print(_row(f"backup {name}: time", f"{summary.seconds:.2f} s"))
        engine.dispose()
        for name in ("world.json", "world.json.gz"):
            with bench_database() as target_url:
                target = make_engine(target_url)
                result = restore(target, Path(folder) / name)
                target.dispose()
            print(_row(f"restore {name}: time", f"{result.seconds:.2f} s"))
        with bench_database() as target_url:
            target = make_engine(target_url)
            tracemalloc.start()
            restore(target, Path(folder) / "world.json.gz")
            _current, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            target.dispose()
        print(_row("restore .json.gz: peak Python memory", f"{peak / 1e6:.1f} MB"))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
