"""The audit log: `uv run python -m tests.bench.bench_audit`.

First, the cost of keying the audit chain on the save path.

Each save appends one audit event, whose hash is now an HMAC-SHA256 under the audit key. This
compares, in one run, the event hash keyed and unkeyed (plain SHA-256, the baseline), and sets
the difference against a whole append (`audit.record`: lock the head, insert, move the head) on
a fresh SQLite database.

Then the secretariat's audit screen on a log of 100,000 events (as many sign-ins as saves, and
positions and comments): a page of 50 with what each event is about, as `GET /audit` builds it
(`auditlog.service.event_page`), against the bare query of the same 50 rows (the baseline), and
the page after 95,000 events reached by `before` (a keyset) against the same page by `offset`.
One person's page is served newest first by the index on (actor_id, seq) (migration 0012): 54 ms
a page before it, as much as an unfiltered page after.
Prints figures; never fails.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import insert
from sqlmodel import Session

from concord.audit import service as audit
from concord.audit.actions import ActionKind
from concord.audit.keys import get_keyring
from concord.audit.models import AuditEvent
from concord.auditlog.schemas import AuditQuery
from concord.auditlog.service import event_page
from concord.core.clock import now
from concord.core.db import transaction
from tests.db import migrated_engine
from tests.live_server import seed_document, seed_person

LOG_EVENTS = 100_000
DEEP = 95_000  # events skipped to reach a deep page
# One in ten saves is followed by a position or a comment; sign-ins as many as saves.
MIX = ("auth.login", "version.create") * 4 + ("approval.set", "comment.create")

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


def fill_log(session: Session, count: int) -> dict[str, int]:
    """`count` events in bulk (hashes are not checked by reading), over a real document."""
    viewers = [seed_person(session, name=f"Officer {n}")[0] for n in range(10)]
    _, sections = seed_document(session, viewers[0], sections=20)
    people = [v.user.id for v in viewers if v.user.id is not None]
    rows = []
    for seq in range(1, count + 1):
        action = MIX[seq % len(MIX)]
        person = people[seq % len(people)]
        section = sections[seq % len(sections)]
        about = ("user", str(person)) if action == "auth.login" else ("section", str(section))
        rows.append(
            {
                "seq": seq + 1_000,
                "at": now(),
                "actor_id": person,
                "action": action,
                "object_type": about[0],
                "object_id": about[1],
                "payload": "{}" if action == "auth.login" else f'{{"section_id":{section}}}',
                "prev_hash": "0" * 64,
                "hash": "0" * 64,
                "key_id": None,
            }
        )
    session.execute(insert(AuditEvent), rows)
    # The page after the first 95,000 events (sign-ins included), newest first.
    return {"actor": people[3], "deep_before": 1_000 + count - DEEP + 1}


def timed_ms(run: Callable[[], object], times: int = 15) -> float:
    samples = []
    for _ in range(times):
        start = time.perf_counter()
        run()
        samples.append((time.perf_counter() - start) * 1e3)
    return statistics.median(samples)


def audit_screen() -> None:
    with tempfile.TemporaryDirectory() as folder, migrated_engine(Path(folder)) as engine:
        with transaction(engine) as session:
            marks = fill_log(session, LOG_EVENTS)
        with transaction(engine) as session:
            figures = {
                "bare 50 rows (baseline)": timed_ms(lambda: audit.list_events(session, limit=51)),
                "first page, sign-ins left out": timed_ms(
                    lambda: event_page(session, AuditQuery())
                ),
                "positions only": timed_ms(
                    lambda: event_page(session, AuditQuery(kind=ActionKind.positions))
                ),
                "one person, bare 50 rows": timed_ms(
                    lambda: audit.list_events(session, actor_id=marks["actor"], limit=51)
                ),
                "one person": timed_ms(
                    lambda: event_page(session, AuditQuery(actor_id=marks["actor"]))
                ),
                "deep page by before": timed_ms(
                    lambda: event_page(
                        session, AuditQuery(sign_ins=True, before=marks["deep_before"])
                    )
                ),
                "same depth by offset": timed_ms(
                    lambda: event_page(session, AuditQuery(sign_ins=True, offset=DEEP)), times=5
                ),
            }
    base = figures["bare 50 rows (baseline)"]
    print(f"audit screen on {LOG_EVENTS:,} events, SQLite (median ms per page of 50)")
    for name, ms in figures.items():
        print(f"  {name:32} {ms:8.2f} ms  ({ms / base:5.1f}× the bare query)")


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
    audit_screen()


if __name__ == "__main__":
    main()
