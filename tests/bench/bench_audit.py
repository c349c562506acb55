"""The cost of keying the audit chain on the save path: `uv run python -m tests.bench.bench_audit`.

Each save appends one audit event, whose hash is now an HMAC-SHA256 under the audit key. This
compares, in one run, the event hash keyed and unkeyed (plain SHA-256, the baseline), and sets
the difference against a whole append (`audit.record`: lock the head, insert, move the head) on
a fresh SQLite database. Prints figures; never fails.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from concord.audit import service as audit
from concord.audit.keys import get_keyring
from concord.audit.models import AuditEvent
from concord.core.clock import now
from concord.core.db import transaction
from tests.db import migrated_engine

HASHES = 10_000
APPENDS = 2_000
RUNS = 5


def per_call_us(runs: list[Callable[[], object]], calls: int) -> list[float]:
    """Median µs per call of each, the runs interleaved so that a busy machine slows all alike."""
    samples: list[list[float]] = [[] for _ in runs]
    for _ in range(RUNS):
        for run, found in zip(runs, samples, strict=True):
            start = time.perf_counter()
            for _ in range(calls):
                run()
            found.append((time.perf_counter() - start) / calls * 1e6)
    return [statistics.median(found) for found in samples]


def event() -> AuditEvent:
    """A typical save's event: a version of a section, with its hash in the payload."""
    return AuditEvent(
        seq=123_456,
        at=now(),
        actor_id=42,
        action="version.create",
        object_type="section",
        object_id="981",
        payload=audit.canonical_json(
            {"document_id": 7, "number": 12, "base_version": 11, "content_hash": "ab" * 32}
        ),
        prev_hash="cd" * 32,
        hash="",
        key_id=get_keyring().current.id,
    )


def append_us() -> float:
    with tempfile.TemporaryDirectory() as folder, migrated_engine(Path(folder)) as engine:
        samples = []
        for _ in range(RUNS):
            with transaction(engine) as session:
                start = time.perf_counter()
                for n in range(APPENDS // RUNS):
                    audit.record(
                        session,
                        actor_id=None,
                        action="version.create",
                        object_type="section",
                        object_id=n,
                        payload={"number": n, "content_hash": "ab" * 32},
                    )
                samples.append((time.perf_counter() - start) / (APPENDS // RUNS) * 1e6)
        return statistics.median(samples)


def main() -> None:
    sample, key = event(), get_keyring().current
    unkeyed, keyed = per_call_us(
        [lambda: audit.compute_hash(sample, None), lambda: audit.compute_hash(sample, key)], HASHES
    )
    whole = append_us()
    print("audit chain keying (median of 5 runs)")
    print(f"  event hash, plain SHA-256 (before):  {unkeyed:7.2f} µs")
    print(f"  event hash, HMAC-SHA256 (now):       {keyed:7.2f} µs  ({keyed / unkeyed:.2f}×)")
    print(f"  whole append on SQLite (now):        {whole:7.1f} µs")
    print(f"  keying's share of an append:         {(keyed - unkeyed) / whole:7.1%}")


if __name__ == "__main__":
    main()
