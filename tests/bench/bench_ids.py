"""Cost of opaque ids: `uv run python -m tests.bench.bench_ids`.

Sealing an SSE event id (AES-SIV, live/event_ids.py) happens once per change and lens, opening
one once per reconnection; a public id (core/public_ids.py) is made once per comment or
amendment. Each is timed per id, against the frame it rides in (`events.frame`, the JSON of an
event) as the baseline measured in the same run. Prints figures and whether the goal (sealing
costs less than rendering the frame) is met; never fails (a benchmark is not a test).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from concord.core import public_ids
from concord.live import event_ids, events
from concord.live.schemas import EndEvent

KEY = "bench-secret-key"
RUNS = 7
N = 20_000


def per_call(fn: Callable[[int], object]) -> float:
    """Median over RUNS of the time of one call, in microseconds."""
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        for i in range(N):
            fn(i)
        times.append((time.perf_counter() - started) / N * 1e6)
    return statistics.median(times)


def main() -> None:
    event_ids.seal(1, 1, secret_key=KEY)  # the key is derived once (HKDF), then cached
    sealed = [event_ids.seal(i, 7, secret_key=KEY) for i in range(N)]
    end = EndEvent(reason="overflow")
    figures = {
        "frame (baseline)": per_call(lambda i: events.frame("end", end, event_id=None)),
        "seal": per_call(lambda i: event_ids.seal(i, 7, secret_key=KEY)),
        "open": per_call(lambda i: event_ids.open_id(sealed[i], 7, secret_key=KEY)),
        "open forged": per_call(lambda i: event_ids.open_id("A" * 32, 7, secret_key=KEY)),
        "new public id": per_call(lambda i: public_ids.new(public_ids.Kind.comment)),
        "parse public id": per_call(
            lambda i: public_ids.is_valid(public_ids.Kind.comment, "cmt_" + "A" * 22)
        ),
    }
    base = figures["frame (baseline)"]
    print(f"ids: median of {RUNS} runs of {N} calls each")
    for name, micro in figures.items():
        print(f"  {name:18} {micro:7.2f} µs/id   {micro / base:5.2f}× the frame")
    met = figures["seal"] < base
    print(f"  goal: sealing costs less than rendering its frame: {'met' if met else 'MISSED'}")


if __name__ == "__main__":
    main()
