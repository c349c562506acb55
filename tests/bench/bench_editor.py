"""Browser benchmark: the rich-text editor in place on the 150-paragraph benchmark communiqué.

A real Concord (one uvicorn worker, the built web app) on a fresh database seeded with the
benchmark communiqué (tests/bench/corpus.py), edited by the secretariat in Debian's Chromium.

- click -> editor ready: from the click's event time to the first frame painted after the editor
  holds the caret (a MutationObserver sees it; then one animation frame and a task, i.e. after
  that frame's paint), over paragraphs spread through the document; goal under 100 ms.
- keystroke -> screen updated: from each key's event time to after the next paint (animation
  frame, then a message-channel task), p95 over 200 keystrokes typed into a paragraph; goal under
  16 ms. The same keys typed into the raw-Markdown box (a plain textarea) are the baseline of the
  same run. The browser's own reading is counted too: its Event Timing entries for keydown
  (PerformanceObserver "event", at its least threshold, 16 ms; durations rounded to 8 ms) run
  from the key to the frame that shows it, so each is a key whose screen update took about 16 ms
  or more, and p95 is under 16 ms when at most 5 % of the keys have one.
- the same keystrokes in Suggesting mode: the rich-text editor that works out the person's own
  changes (components/editor/tracked.ts) and marks them in place after every key.
- the browser's floor: the same keys typed into a bare editable line on an empty page, in the same
  browser: what no web page can beat here (the frame clock of headless Chromium and its software
  compositor), so the editor's figures read against it.

- the work per key: the same keys typed once more with a Chromium trace on (its "toplevel"
  tasks), read as the CPU time per key of the renderer's main thread and of all the browser's
  threads (raster and draw included). CPU time, not elapsed time: less at the mercy of what else
  the machine runs than the times above, so a change to the page shows in it.

The keystrokes are typed first as a screen shows them: Chromium draws at most one frame per
16.7 ms (60 Hz), so a key waits for the next frame and even the empty page's p95 sits near 16 ms.
Then with the frame clock off (--disable-frame-rate-limit --disable-gpu-vsync), in three browsers
one after the other (ROUNDS): a frame is drawn as soon as there is something new, so the figure
is the page's own work per key (handlers, style, layout, paint) and the goal reads against the
median round.
Needs the built web app (`./dev web`).

    uv run python -m tests.bench.bench_editor
"""

from __future__ import annotations

import json
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from playwright.sync_api import Browser, Page, sync_playwright

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

PROBE = """
() => {
  const afterPaint = (cb) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => cb(performance.now());
    channel.port2.postMessage(null);
  });
  window.__bench = { opens: [], keys: [], slow: [] };
  document.addEventListener('click', (e) => {
    const clickAt = e.timeStamp;
    const observer = new MutationObserver(() => {
      const editor = document.querySelector('[data-testid="section-editor"]');
      if (editor && document.activeElement === editor) {
        observer.disconnect();
        afterPaint((now) => window.__bench.opens.push(now - clickAt));
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    setTimeout(() => observer.disconnect(), 5000);
  }, true);
  document.addEventListener('keydown', (e) => {
    if (e.key.length !== 1) return;
    const at = e.timeStamp;
    afterPaint((now) => window.__bench.keys.push(now - at));
  }, true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'keydown') window.__bench.slow.push(entry.duration);
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: false });
}
"""


def _row(name: str, value: str, goal: str = "", verdict: str = "") -> str:
    return f"  {name:<64} {value:>12}  {goal:<10} {verdict}"


def _against(name: str, ms: float, goal_ms: float) -> None:
    """A figure in milliseconds, read against its goal."""
    print(_row(name, f"{ms:.1f} ms", f"< {goal_ms:.0f} ms", "ok" if ms < goal_ms else "MISSED"))


def _spread(times: list[float]) -> None:
    print(_row("  median / max", f"{statistics.median(times):.1f}/{max(times):.0f} ms"))


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _open_times(page: Page) -> list[float]:
    texts = page.get_by_test_id("section-text")
    step = max(1, BENCH_PARAGRAPHS // OPENINGS)
    for index in range(0, step * OPENINGS, step):
        texts.nth(index).click()
        page.get_by_test_id("section-editor").wait_for()
        page.wait_for_function(f"window.__bench.opens.length >= {index // step + 1}")
        page.keyboard.press("Escape")
        page.get_by_test_id("in-place-editor").wait_for(state="detached")
    return list(page.evaluate("window.__bench.opens"))


def _type(page: Page, target: str) -> tuple[list[float], list[float]]:
    page.evaluate("window.__bench.keys = []; window.__bench.slow = []")
    text = ("the Parties [shall] " * 20)[:KEYSTROKES]
    page.locator(target).press("End")
    page.keyboard.type(text, delay=25)
    page.wait_for_function(f"window.__bench.keys.length >= {KEYSTROKES}")
    page.wait_for_timeout(300)  # Event Timing entries arrive once their frame is presented
    return list(page.evaluate("window.__bench.keys")), list(page.evaluate("window.__bench.slow"))


Typist = Callable[[Page, str], tuple[list[float], list[float]]]


def _thread_cpu(trace: bytes) -> Counter[str]:
    """CPU milliseconds of each kind of thread in a Chromium trace of the "toplevel" category:
    the thread time of the outermost tasks, by thread name without its number."""
    events = json.loads(trace)["traceEvents"]
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


def _traced(browser: Browser, work: list[Counter[str]]) -> Typist:
    """`_type`, with the CPU time per key of each kind of the browser's threads added to `work`."""

    def typist(page: Page, target: str) -> tuple[list[float], list[float]]:
        browser.start_tracing(page=page, categories=["toplevel"])
        typed = _type(page, target)
        cpu = _thread_cpu(browser.stop_tracing())
        work.append(Counter({thread: ms / KEYSTROKES for thread, ms in cpu.items()}))
        return typed

    return typist


def _floor(browser: Browser, typist: Typist) -> list[float]:
    """The same keys typed into a bare editable line on an empty page."""
    page = browser.new_page()
    try:
        page.set_content('<div contenteditable="true" data-testid="bare">Text</div>')
        page.evaluate(PROBE)
        page.get_by_test_id("bare").click()
        return typist(page, '[data-testid="bare"]')[0]
    finally:
        page.close()


def _suggest(page: Page, document_id: int, typist: Typist) -> tuple[list[float], list[float]]:
    """Type into a paragraph in Suggesting mode (its changes tracked as they are typed)."""
    time_to_readable(page, f"/documents/{document_id}", BENCH_PARAGRAPHS)
    page.evaluate(PROBE)
    page.get_by_test_id("suggesting-mode").click()
    page.get_by_test_id("suggest-button").nth(BENCH_PARAGRAPHS // 2 + 1).click()
    page.get_by_test_id("suggest-editor").wait_for()
    return typist(page, '[data-testid="suggest-editor"]')


UNTHROTTLED = ("--disable-frame-rate-limit", "--disable-gpu-vsync")
# The frame-clock-off pass runs in three browsers, one after the other, and reads the median round
# against the goal: on a shared 2-core machine one run's share of slow keys was seen anywhere from
# 2 % to 68 % for the same build, more than any change to the page moves it.
ROUNDS = 3


@dataclass
class Keys:
    """Per-key times (ms) and slow Event Timing entries of one browser's typing passes."""

    rich: tuple[list[float], list[float]]
    raw: tuple[list[float], list[float]]
    suggesting: tuple[list[float], list[float]]
    floor: list[float]

    def editors(self) -> dict[str, tuple[list[float], list[float]]]:
        return {
            "rich-text editor": self.rich,
            "raw textarea (baseline)": self.raw,
            "Suggesting (changes tracked)": self.suggesting,
        }


def _measure(
    browser: Browser, world: World, *, opens: list[float] | None = None, typist: Typist = _type
) -> Keys:
    """Type the keys (and, when `opens` is given, open paragraphs) in one browser."""
    context = new_context(browser, world)
    sign_in_quickly(context, PEOPLE["officer"])
    page = context.new_page()
    time_to_readable(page, f"/documents/{world.benchmark_document_id}", BENCH_PARAGRAPHS)
    page.evaluate(PROBE)
    if opens is not None:
        opens.extend(_open_times(page))
    page.get_by_test_id("section-text").nth(BENCH_PARAGRAPHS // 2).click()
    rich = typist(page, '[data-testid="section-editor"]')
    page.get_by_test_id("tool-markdown").check()
    raw = typist(page, '[data-testid="section-editor-markdown"]')
    # One page at a time, as a person has one tab: a page left open keeps drawing (its caret
    # blinks) and would be measured with the next.
    page.close()
    suggesting = _suggest(context.new_page(), world.benchmark_document_id, typist)
    context.close()
    return Keys(rich, raw, suggesting, _floor(browser, typist))


def _rounds(label: str, values: list[str]) -> None:
    """Each round's figure, when there are several."""
    if len(values) > 1:
        print(_row(f"  {label}, each of {len(values)} rounds", " / ".join(values)))


def _report(title: str, rounds: list[Keys]) -> None:
    """Each editor's figures: the median of the rounds, read against the goal."""
    print(_row(title, ""))
    for label in rounds[0].editors():
        typed = [keys.editors()[label] for keys in rounds]
        p95s = [_p95(times) for times, _ in typed]
        _against(
            f"keystroke -> screen, p95 of {len(typed[0][0])}, {label}",
            statistics.median(p95s),
            KEY_GOAL_MS,
        )
        _rounds("p95", [f"{p95:.1f}" for p95 in p95s])
        _spread([time for times, _ in typed for time in times])
        shares = [len(slow) / len(times) for times, slow in typed]
        share = statistics.median(shares)
        print(
            _row(
                "  keys at >= 16 ms by the browser's Event Timing",
                f"{share:.0%}",
                "<= 5 %",
                "ok" if share <= 0.05 else "MISSED",
            )
        )
        _rounds("  share", [f"{each:.0%}" for each in shares])
    floors = [_p95(keys.floor) for keys in rounds]
    print(
        _row(
            f"keystroke -> screen, p95 of {len(rounds[0].floor)}, empty page (floor)",
            f"{statistics.median(floors):.1f} ms",
        )
    )
    _rounds("p95", [f"{p95:.1f}" for p95 in floors])
    rich = statistics.median(_p95(keys.rich[0]) for keys in rounds)
    raw = statistics.median(_p95(keys.raw[0]) for keys in rounds)
    print(_row("rich / baseline p95 ratio", f"{rich / max(raw, 0.01):.2f}"))
    print(_row("rich / empty page p95 ratio", f"{rich / max(statistics.median(floors), 0.01):.2f}"))


def _report_work(labels: list[str], work: list[Counter[str]]) -> None:
    """CPU per key (`work`: each editor's in the order of `labels`, then the empty page's): the
    renderer's main thread, and every thread of the browser's processes."""
    *editors, floor = work

    def both(cpu: Counter[str]) -> str:
        return f"{cpu['CrRendererMain']:.1f} / {sum(cpu.values()):.1f} ms"

    print(_row("CPU time per key, frame clock off, traced (main thread / all threads)", ""))
    for label, cpu in zip(labels, editors, strict=True):
        print(_row(f"  {label}", both(cpu)))
    print(_row("  empty page (floor)", both(floor)))
    ratio = editors[0]["CrRendererMain"] / max(floor["CrRendererMain"], 0.01)
    print(_row("rich / empty page, main-thread CPU per key", f"{ratio:.2f}"))


def main() -> None:
    backend = bench_backend()
    print(f"\nbench_editor — {backend}, Chromium, {BENCH_PARAGRAPHS} paragraphs")
    opens: list[float] = []
    with bench_database(backend) as url, serve_world(url) as world, sync_playwright() as p:
        browser = launch_chromium(p)
        try:
            clocked = _measure(browser, world, opens=opens)
        finally:
            browser.close()
        unthrottled = []
        for _ in range(ROUNDS):
            browser = launch_chromium(p, extra_args=UNTHROTTLED)
            try:
                unthrottled.append(_measure(browser, world))
            finally:
                browser.close()
        work: list[Counter[str]] = []
        browser = launch_chromium(p, extra_args=UNTHROTTLED)
        try:
            traced = _measure(browser, world, typist=_traced(browser, work))
        finally:
            browser.close()
    print(_row("measure", "value", "goal", ""))
    print(_row("-" * 64, "-" * 12, "-" * 10, "-" * 6))
    _against(
        f"click -> editor ready, median of {len(opens)} paragraphs",
        statistics.median(opens),
        OPEN_GOAL_MS,
    )
    print(_row("  min / max", f"{min(opens):.0f}/{max(opens):.0f} ms"))
    _report("on the 60 Hz frame clock (a key waits for the next frame)", [clocked])
    _report(f"frame clock off (the page's own work per key), {ROUNDS} rounds", unthrottled)
    _report_work(list(traced.editors()), work)


if __name__ == "__main__":
    main()
