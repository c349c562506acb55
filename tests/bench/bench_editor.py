"""Browser benchmark: the rich-text editor in place on the 150-paragraph benchmark communiqué.

A real Concord (one uvicorn worker, the built web app) on a fresh database seeded with the
benchmark communiqué (tests/bench/corpus.py), edited by the secretariat in Debian's Chromium.

- click -> editor ready: from the click's event time to the first frame painted after the editor
  holds the caret (a MutationObserver sees it; then one animation frame and a task, i.e. after
  that frame's paint), over paragraphs spread through the document; goal under 100 ms.
- keystroke -> screen updated: p95 over 200 keystrokes typed into a paragraph; goal under 16 ms.
  Read from the browser's own performance timeline, three ways, in the same typing:
  - the browser's trace of each key (EventLatency, KEY_PRESSED): from the key's event time to the
    frame presented with it, to the microsecond. This is what the goal is read against. It is the
    span the browser's Event Timing API reports too, but that rounds it to 8 ms (a key of 12 ms
    reads 16), so its count of keys at 16 ms or more is printed beside it, not read as the goal;
  - the page's probe: from the key's event time to after the next paint (an animation frame, then
    a message-channel task), on the page's own clock;
  - the CPU time per key of the renderer's main thread and of all the browser's threads (raster
    and draw included), from the trace's "toplevel" tasks: less at the mercy of what else the
    machine runs than the times, so a change to the page shows in it.
  The same keys typed into the raw-Markdown box (a plain textarea) are the baseline of the same
  run; into a paragraph in Suggesting mode (components/editor/tracked.ts marks the person's own
  changes in place after every key) the second editor; into a bare editable line on an empty page,
  in the same browser, the floor: what no web page can beat here (the frame clock of headless
  Chromium and its software compositor).

The keystrokes are typed first as a screen shows them: Chromium draws at most one frame per
16.7 ms (60 Hz), so a key waits for the next frame and even the empty page's p95 sits near 16 ms.
Then with the frame clock off (--disable-frame-rate-limit --disable-gpu-vsync), in three browsers
one after the other (ROUNDS): a frame is drawn as soon as there is something new, so the figure
is the page's own work per key (handlers, style, layout, paint) and the goal reads against the
median round. These rounds run without Chrome's link predictor, whose frames of its own decided
a round at random (see NO_LINK_PREDICTOR); one more round, with it, is printed beside them.
Needs the built web app (`./dev web`).

    uv run python -m tests.bench.bench_editor
"""

from __future__ import annotations

import json
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from playwright.sync_api import Browser, Page, Playwright, sync_playwright

from tests.bench.corpus import bench_backend, bench_database
from tests.e2e.harness import (
    BENCH_PARAGRAPHS,
    PEOPLE,
    World,
    launch_chromium,
    new_context,
    serve_world,
    sign_in_quickly,
    time_to_readable,
)

OPENINGS = 15
KEYSTROKES = 200
OPEN_GOAL_MS = 100.0
KEY_GOAL_MS = 16.0

# The key probe, put in every typing page: each key's time to after the next paint, and the Event
# Timing entries of slow keys.
PROBE = """
() => {
  window.__afterPaint = (cb) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => cb(performance.now());
    channel.port2.postMessage(null);
  });
  window.__bench = { opens: [], keys: [], slow: [] };
  document.addEventListener('keydown', (e) => {
    if (e.key.length !== 1) return;
    const at = e.timeStamp;
    window.__afterPaint((now) => window.__bench.keys.push(now - at));
  }, true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'keydown') window.__bench.slow.push(entry.duration);
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: false });
}
"""

# The opening probe, armed only while openings are measured: it watches every change to the page
# until the editor holds the caret, and a watcher left running would be measured with the keys.
OPEN_PROBE = """
() => document.addEventListener('click', (e) => {
  const clickAt = e.timeStamp;
  const observer = new MutationObserver(() => {
    const editor = document.querySelector('[data-testid="section-editor"]');
    if (editor && document.activeElement === editor) {
      observer.disconnect();
      window.__afterPaint((now) => window.__bench.opens.push(now - clickAt));
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  setTimeout(() => observer.disconnect(), 5000);
}, { capture: true, signal: (window.__opening = new AbortController()).signal })
"""


def _row(name: str, value: str, goal: str = "", verdict: str = "") -> str:
    return f"  {name:<64} {value:>12}  {goal:<10} {verdict}"


def _against(name: str, ms: float, goal_ms: float) -> None:
    """A figure in milliseconds, read against its goal."""
    print(_row(name, f"{ms:.1f} ms", f"< {goal_ms:.0f} ms", "ok" if ms < goal_ms else "MISSED"))


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _open_times(page: Page) -> list[float]:
    texts = page.get_by_test_id("section-text")
    step = max(1, BENCH_PARAGRAPHS // OPENINGS)
    page.evaluate(OPEN_PROBE)
    for index in range(0, step * OPENINGS, step):
        texts.nth(index).click()
        page.get_by_test_id("section-editor").wait_for()
        page.wait_for_function(f"window.__bench.opens.length >= {index // step + 1}")
        page.keyboard.press("Escape")
        page.get_by_test_id("in-place-editor").wait_for(state="detached")
    page.evaluate("window.__opening.abort()")
    return list(page.evaluate("window.__bench.opens"))


# What a typing pass traces: every task's CPU time ("toplevel") and each input event's latency
# from the key to the frame presented with it ("EventLatency", category "input").
TRACE_CATEGORIES = ["toplevel", "input"]


@dataclass
class Typed:
    """One pass of KEYSTROKES keys typed into one editor."""

    probe: list[float]
    """Per key, ms from its event time to after the next paint (the page's PROBE)."""
    slow: list[float]
    """The Event Timing durations (ms, rounded to 8) of the keydowns that took 16 ms or more."""
    latency: list[float]
    """Per key, ms from the key to the frame presented with it, as the browser's trace has it
    (EventLatency, KEY_PRESSED): the Event Timing duration before rounding."""
    cpu: Counter[str]
    """CPU ms per key of each kind of the browser's threads."""


def _thread_cpu(events: list[dict[str, Any]]) -> Counter[str]:
    """CPU milliseconds of each kind of thread in a Chromium trace of the "toplevel" category:
    the thread time of the outermost tasks, by thread name without its number."""
    names = {
        (e["pid"], e["tid"]): e["args"]["name"]
        for e in events
        if e.get("ph") == "M" and e["name"] == "thread_name"
    }
    tasks = sorted((e for e in events if e.get("ph") == "X" and "tdur" in e), key=lambda e: e["ts"])
    cpu: Counter[str] = Counter()
    busy_until: dict[tuple[int, int], float] = {}
    for task in tasks:
        thread = (task["pid"], task["tid"])
        if task["ts"] < busy_until.get(thread, 0):
            continue  # inside a task already counted
        busy_until[thread] = task["ts"] + task["dur"]
        cpu[names.get(thread, "?").rstrip("0123456789/")] += task["tdur"] / 1000
    return cpu


def _key_latencies(events: list[dict[str, Any]]) -> list[float]:
    """Each key press's latency (ms) in a trace: its EventLatency span, which begins at the key's
    event time and ends when the frame showing it is presented. The browser ends the spans of a
    thread in the order it began them (a frame is presented after the ones before it)."""
    spans = sorted((e for e in events if e["name"] == "EventLatency"), key=lambda e: e["ts"])
    open_spans: dict[tuple[int, int], list[dict[str, Any]]] = {}
    latencies = []
    for span in spans:
        thread = (span["pid"], span["tid"])
        if span["ph"] == "b":
            open_spans.setdefault(thread, []).append(span)
        elif span["ph"] == "e" and open_spans.get(thread):
            began = open_spans[thread].pop(0)
            if began["args"]["event_latency"]["event_type"] == "KEY_PRESSED":
                latencies.append((span["ts"] - began["ts"]) / 1000)
    return latencies


def _type(browser: Browser, page: Page, target: str) -> Typed:
    """Type the keys into `target` with a trace on."""
    page.evaluate("window.__bench.keys = []; window.__bench.slow = []")
    text = ("the Parties [shall] " * 20)[:KEYSTROKES]
    page.locator(target).press("End")
    browser.start_tracing(page=page, categories=TRACE_CATEGORIES)
    page.keyboard.type(text, delay=25)
    page.wait_for_function(f"window.__bench.keys.length >= {KEYSTROKES}")
    page.wait_for_timeout(300)  # Event Timing entries arrive once their frame is presented
    events = json.loads(browser.stop_tracing())["traceEvents"]
    cpu = _thread_cpu(events)
    return Typed(
        probe=list(page.evaluate("window.__bench.keys")),
        slow=list(page.evaluate("window.__bench.slow")),
        # The last KEYSTROKES: the End pressed before may end within the trace too.
        latency=_key_latencies(events)[-KEYSTROKES:],
        cpu=Counter({thread: ms / KEYSTROKES for thread, ms in cpu.items()}),
    )


def _floor(browser: Browser) -> Typed:
    """The same keys typed into a bare editable line on an empty page."""
    page = browser.new_page()
    try:
        page.set_content('<div contenteditable="true" data-testid="bare">Text</div>')
        page.evaluate(PROBE)
        page.get_by_test_id("bare").click()
        return _type(browser, page, '[data-testid="bare"]')
    finally:
        page.close()


def _suggest(browser: Browser, page: Page, document_id: int) -> Typed:
    """Type into a paragraph in Suggesting mode (its changes tracked as they are typed)."""
    time_to_readable(page, f"/documents/{document_id}", BENCH_PARAGRAPHS)
    page.evaluate(PROBE)
    page.get_by_test_id("suggesting-mode").click()
    page.get_by_test_id("suggest-button").nth(BENCH_PARAGRAPHS // 2 + 1).click()
    page.get_by_test_id("suggest-editor").wait_for()
    return _type(browser, page, '[data-testid="suggest-editor"]')


# Chrome's link predictor (the NavigationPredictor feature) watches, at random, 1 in 100 of the
# links laid out on a page (of the browsers started here, some watched one and some did not).
# While the layout changes, as at every key, it has that link's place checked at most every
# 100 ms, in a frame of its own (63 more frames for 200 keys). With the frame clock off, a key
# that comes while such a frame is under way waits 6-14 ms for the next one to begin
# ("RendererMainFinishedToBeginImplFrame" in its trace), about 1 key in 15: whether a round
# watched a link decided its p95 more than the page did. The rounds read against the goal run
# without it; one more round runs with it watching every link, its figures printed beside them.
UNTHROTTLED = ("--disable-frame-rate-limit", "--disable-gpu-vsync")
NO_LINK_PREDICTOR = ("--disable-features=NavigationPredictor",)
PREDICTOR_ON_EVERY_LINK = ("--enable-features=NavigationPredictor:random_anchor_sampling_period/1",)
# The frame-clock-off pass runs in three browsers, one after the other, and reads the median round
# against the goal: on a shared 2-core machine one run's share of slow keys was seen anywhere from
# 2 % to 68 % for the same build, more than any change to the page moves it.
ROUNDS = 3


FLOOR = "empty page (floor)"


@dataclass
class Keys:
    """One browser's typing passes."""

    rich: Typed
    raw: Typed
    suggesting: Typed
    floor: Typed

    def passes(self) -> dict[str, Typed]:
        """Each typing pass by its label: the three editors', then the floor's (no goal)."""
        return {
            "rich-text editor": self.rich,
            "raw textarea (baseline)": self.raw,
            "Suggesting (changes tracked)": self.suggesting,
            FLOOR: self.floor,
        }


def _measure(browser: Browser, world: World, *, opens: list[float] | None = None) -> Keys:
    """Type the keys (and, when `opens` is given, open paragraphs) in one browser."""
    context = new_context(browser, world)
    sign_in_quickly(context, PEOPLE["officer"])
    page = context.new_page()
    time_to_readable(page, f"/documents/{world.benchmark_document_id}", BENCH_PARAGRAPHS)
    page.evaluate(PROBE)
    if opens is not None:
        opens.extend(_open_times(page))
    page.get_by_test_id("section-text").nth(BENCH_PARAGRAPHS // 2).click()
    rich = _type(browser, page, '[data-testid="section-editor"]')
    page.get_by_test_id("tool-markdown").check()
    raw = _type(browser, page, '[data-testid="section-editor-markdown"]')
    # One page at a time, as a person has one tab: a page left open keeps drawing (its caret
    # blinks) and would be measured with the next.
    page.close()
    suggesting = _suggest(browser, context.new_page(), world.benchmark_document_id)
    context.close()
    return Keys(rich, raw, suggesting, _floor(browser))


def _median(
    rounds: list[Typed], figure: Callable[[Typed], float], digits: int = 1
) -> tuple[float, str]:
    """The median of a figure over the rounds, and each round's figure (when there are several)."""
    values = [figure(typed) for typed in rounds]
    each = " / ".join(f"{value:.{digits}f}" for value in values)
    return statistics.median(values), f" ({each})" if len(values) > 1 else ""


def _report(title: str, rounds: list[Keys], *, goal: bool = True) -> None:
    """Each editor's figures: the median of the rounds (each round's in brackets), read against the
    goal (unless `goal` is false): the p95 of the keys' latency to the presented frame, as the
    browser's trace has it."""
    print(_row(title, ""))
    for label in rounds[0].passes():
        typed = [keys.passes()[label] for keys in rounds]
        p95, each = _median(typed, lambda t: _p95(t.latency))
        name = f"keystroke -> frame presented, p95 of {len(typed[0].latency)}, {label}"
        if label == FLOOR or not goal:
            print(_row(name, f"{p95:.1f} ms"))
        else:
            _against(name, p95, KEY_GOAL_MS)
        if each:
            print(_row(f"  each round{each}", ""))
        probe, each = _median(typed, lambda t: _p95(t.probe))
        print(_row(f"  p95 by the page's probe (after the next paint){each}", f"{probe:.1f} ms"))
        share, each = _median(typed, lambda t: 100 * len(t.slow) / len(t.probe), 0)
        print(_row(f"  % keys at >= 16 ms by Event Timing (8 ms steps){each}", f"{share:.0f} %"))
        main, _ = _median(typed, lambda t: t.cpu["CrRendererMain"])
        every, _ = _median(typed, lambda t: sum(t.cpu.values()))
        print(
            _row(
                "  CPU per key, renderer main thread / all threads", f"{main:.1f} / {every:.1f} ms"
            )
        )
    rich = statistics.median(_p95(keys.rich.latency) for keys in rounds)
    raw = statistics.median(_p95(keys.raw.latency) for keys in rounds)
    floor = statistics.median(_p95(keys.floor.latency) for keys in rounds)
    print(_row("rich / baseline p95 ratio", f"{rich / max(raw, 0.01):.2f}"))
    print(_row("rich / empty page p95 ratio", f"{rich / max(floor, 0.01):.2f}"))


def _in_browser(
    playwright: Playwright, world: World, args: tuple[str, ...], opens: list[float] | None = None
) -> Keys:
    """Type the keys (see `_measure`) in a browser of its own, launched with `args`."""
    browser = launch_chromium(playwright, extra_args=args)
    try:
        return _measure(browser, world, opens=opens)
    finally:
        browser.close()


def main() -> None:
    backend = bench_backend()
    print(f"\nbench_editor — {backend}, Chromium, {BENCH_PARAGRAPHS} paragraphs")
    opens: list[float] = []
    with bench_database(backend) as url, serve_world(url) as world, sync_playwright() as p:
        clocked = _in_browser(p, world, (), opens)
        unthrottled = [
            _in_browser(p, world, UNTHROTTLED + NO_LINK_PREDICTOR) for _ in range(ROUNDS)
        ]
        predicted = _in_browser(p, world, UNTHROTTLED + PREDICTOR_ON_EVERY_LINK)
    print(_row("measure", "value", "goal", ""))
    print(_row("-" * 64, "-" * 12, "-" * 10, "-" * 6))
    _against(
        f"click -> editor ready, median of {len(opens)} paragraphs",
        statistics.median(opens),
        OPEN_GOAL_MS,
    )
    print(_row("  min / max", f"{min(opens):.0f}/{max(opens):.0f} ms"))
    _report("on the 60 Hz frame clock (a key waits for the next frame)", [clocked])
    _report(
        f"frame clock off (the page's own work per key), median of {ROUNDS} rounds", unthrottled
    )
    _report(
        "frame clock off, Chrome's link predictor watching every link (not read against the goal)",
        [predicted],
        goal=False,
    )


if __name__ == "__main__":
    main()
