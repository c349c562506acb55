"""Saving versions over HTTP: Concord against a bare insert endpoint, on PostgreSQL.

16 clients (threads, one HTTP client each), each a person of their own with their own token,
save versions of their own section (no conflicts) against a real server process (uvicorn,
several workers): 16 people, so that the per-person admission limits (core/admission.py) are not
what is measured. Then, in the same run and under the same load and uvicorn settings, a bare
FastAPI endpoint defined here inserts one row per request into a table of the same database with
plain SQLAlchemy. Goals: Concord's throughput at least 0.8 of the bare endpoint's, p99 under
100 ms. Figures are printed; missed goals do not fail.

    uv run python -m tests.bench.bench_http   [--workers N] [--requests N] [--clients N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import threading
import time
from collections.abc import Callable
from contextlib import ExitStack, suppress
from dataclasses import dataclass
from typing import Annotated

import httpx2 as httpx
from fastapi import Body, FastAPI
from sqlalchemy import (
    Column,
    DateTime,
    Integer,
    MetaData,
    Table,
    Text,
    create_engine,
    func,
    insert,
    text,
)
from sqlalchemy.engine import make_url

from concord.core.db import make_engine, transaction
from tests.bench.corpus import bench_database
from tests.live_server import CONCORD_APP, exit_on_sigterm, seed_document, seed_person, serve

CLIENTS = 16
REQUESTS = 40  # per client, timed
WARMUP = 3  # per client, untimed
WORKERS = 2  # this machine has 2 cores; the load generator runs on them too
RATIO_GOAL = 0.8
P99_GOAL_MS = 100.0
PHASE_LIMIT_S = 120.0  # a phase stops here, whatever is left: a sick server must not hang the run

# --- the bare endpoint ---------------------------------------------------------------------------

bare_metadata = MetaData()
bare_rows = Table(
    "bench_bare_row",
    bare_metadata,
    Column("id", Integer, primary_key=True),
    Column("section", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), server_default=func.now()),
)


def _engine_url(url: str) -> str:
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def bare_app() -> FastAPI:
    """One sync endpoint, one transaction, one INSERT: the floor under any real write."""
    engine = create_engine(
        _engine_url(os.environ["CONCORD_DATABASE_URL"]),
        pool_size=20,
        max_overflow=10,
        pool_pre_ping=True,
    )
    app = FastAPI()

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        return {"status": "ok"}

    @app.post("/rows", status_code=201)
    def add_row(section: Annotated[int, Body()], text: Annotated[str, Body()]) -> dict[str, int]:
        with engine.begin() as connection:
            row_id = connection.execute(
                insert(bare_rows).values(section=section, text=text).returning(bare_rows.c.id)
            ).scalar_one()
        return {"id": row_id}

    return app


# --- load ----------------------------------------------------------------------------------------


@dataclass
class Load:
    latencies_ms: list[float]
    errors: list[str]
    seconds: float
    cut_short: bool = False

    @property
    def rate(self) -> float:
        return len(self.latencies_ms) / self.seconds if self.seconds else 0.0

    def pct(self, q: float) -> float:
        ordered = sorted(self.latencies_ms)
        if not ordered:
            return float("nan")
        return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


# A client's request maker: given the client's HTTP client and the request number, send one
# request and return the response. State (like the last version seen) lives in the closure.
Sender = Callable[[httpx.Client, int], httpx.Response]


def run_load(
    base_url: str,
    senders: list[Sender],
    *,
    requests: int,
    warmup: int,
    headers: dict[str, str] | None = None,
    limit_s: float = PHASE_LIMIT_S,
) -> Load:
    latencies: list[list[float]] = [[] for _ in senders]
    errors: list[str] = []
    # Everyone starts the timed part together; a client that dies breaks the barrier (and the
    # run reports it) instead of leaving the others waiting for ever.
    start = threading.Barrier(len(senders) + 1, timeout=300)
    deadline = [float("inf")]
    cut_short = threading.Event()

    def client(index: int) -> None:
        send = senders[index]
        try:
            with httpx.Client(base_url=base_url, headers=headers, timeout=30.0) as http:
                for n in range(warmup):
                    send(http, n)
                start.wait()
                for n in range(warmup, warmup + requests):
                    if time.perf_counter() > deadline[0]:
                        cut_short.set()
                        break
                    began = time.perf_counter()
                    response = send(http, n)
                    elapsed = (time.perf_counter() - began) * 1000.0
                    if response.status_code >= 300:
                        errors.append(f"{response.status_code} {response.text[:200]}")
                        continue
                    latencies[index].append(elapsed)
        except Exception as exc:
            errors.append(f"client {index}: {exc!r}")
            start.abort()

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(len(senders))]
    for thread in threads:
        thread.start()
    with suppress(threading.BrokenBarrierError):
        start.wait()
    began = time.perf_counter()
    deadline[0] = began + limit_s
    for thread in threads:
        thread.join(timeout=limit_s + 60)
    seconds = time.perf_counter() - began
    done = [x for per in latencies for x in per]
    return Load(done, errors, seconds, cut_short.is_set())


def concord_senders(section_ids: list[int], tokens: list[str]) -> list[Sender]:
    def make(section_id: int, token: str) -> Sender:
        state = {"base": 1}
        headers = {"Authorization": f"Bearer {token}"}

        def send(http: httpx.Client, n: int) -> httpx.Response:
            response = http.post(
                f"/api/v1/sections/{section_id}/versions",
                json={
                    "text": f"Paragraph {section_id}, edit {n}: we [shall] act together.",
                    "base_version": state["base"],
                },
                headers=headers,
            )
            if response.status_code in (200, 201):
                state["base"] = int(response.json()["number"])
            return response

        return send

    return [make(s, t) for s, t in zip(section_ids, tokens, strict=True)]


def bare_senders(count: int) -> list[Sender]:
    def make(section: int) -> Sender:
        def send(http: httpx.Client, n: int) -> httpx.Response:
            return http.post(
                "/rows",
                json={"section": section, "text": f"Paragraph {section}, edit {n}: we act."},
            )

        return send

    return [make(i) for i in range(count)]


def _row(name: str, *values: str) -> str:
    return f"  {name:<26}" + "".join(f"{v:>14}" for v in values)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--workers", type=int, default=WORKERS)
    parser.add_argument("--clients", type=int, default=CLIENTS)
    parser.add_argument("--requests", type=int, default=REQUESTS, help="per client, timed")
    parser.add_argument(
        "--concord-app", default=CONCORD_APP, help="app factory to serve (to measure a variant)"
    )
    args = parser.parse_args(argv)
    exit_on_sigterm()

    print(
        f"\nbench_http — PostgreSQL, {args.clients} clients × {args.requests} saves "
        f"(+{WARMUP} warm-up), uvicorn --workers {args.workers}"
    )
    with ExitStack() as stack:
        try:
            url = stack.enter_context(bench_database("postgres"))
        except Exception as exc:
            print(f"  skipped: PostgreSQL is not reachable ({exc.__class__.__name__}: {exc})")
            return
        engine = make_engine(url)
        try:
            with transaction(engine) as session:
                people = [seed_person(session) for _ in range(args.clients)]
                _document_id, section_ids = seed_document(
                    session, people[0][0], sections=args.clients
                )
            bare_metadata.create_all(engine)
        finally:
            engine.dispose()

        with serve(url, workers=args.workers, app=args.concord_app) as base:
            concord = run_load(
                base,
                concord_senders(section_ids, [token for _viewer, token in people]),
                requests=args.requests,
                warmup=WARMUP,
            )
        with serve(url, workers=args.workers, app="tests.bench.bench_http:bare_app") as base:
            bare = run_load(base, bare_senders(args.clients), requests=args.requests, warmup=WARMUP)

    print()
    print(_row("", "saves/s", "p50 ms", "p99 ms", "max ms", "errors"))
    for name, load in (("Concord POST versions", concord), ("bare INSERT endpoint", bare)):
        print(
            _row(
                name,
                f"{load.rate:.1f}",
                f"{load.pct(0.50):.1f}",
                f"{load.pct(0.99):.1f}",
                f"{max(load.latencies_ms, default=float('nan')):.1f}",
                str(len(load.errors)),
            )
        )
    ratio = concord.rate / bare.rate if bare.rate else float("nan")
    p99 = concord.pct(0.99)
    print()
    print(
        f"  Concord/bare throughput: {ratio:.2f}  (goal ≥ {RATIO_GOAL})  "
        f"{'ok' if ratio >= RATIO_GOAL else 'MISSED'}"
    )
    print(
        f"  Concord p99: {p99:.1f} ms  (goal < {P99_GOAL_MS:.0f} ms)  "
        f"{'ok' if p99 < P99_GOAL_MS else 'MISSED'}"
    )
    print(
        f"  median latency ratio Concord/bare: "
        f"{statistics.median(concord.latencies_ms) / statistics.median(bare.latencies_ms):.1f}×"
        if concord.latencies_ms and bare.latencies_ms
        else ""
    )
    for name, load in (("Concord", concord), ("bare", bare)):
        if load.cut_short:
            print(f"  {name}: stopped after {PHASE_LIMIT_S:.0f} s with requests left")
        for error in load.errors[:5]:
            print(f"  {name} error: {error}")


if __name__ == "__main__":
    main()
