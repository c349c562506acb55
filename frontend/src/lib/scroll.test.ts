import { afterEach, describe, expect, it, vi } from "vitest";
import { scrollToMiddle } from "./scroll";

/** An element whose top moves as the test says (jsdom lays nothing out). */
function element(tops: number[]) {
  const el = document.createElement("div");
  document.body.appendChild(el);
  let at = 0;
  el.getBoundingClientRect = () => ({ top: tops[Math.min(at++, tops.length - 1)] }) as DOMRect;
  const scrolls = vi.fn();
  el.scrollIntoView = scrolls;
  return { el, scrolls };
}

function runFrames(count: number) {
  for (let i = 0; i < count; i++) vi.advanceTimersToNextFrame();
}

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = "";
});

describe("scrolling to a paragraph", () => {
  it("scrolls again while the paragraph moves as the page around it takes its real size", () => {
    vi.useFakeTimers();
    // Put at 300; then pushed to 520 by paragraphs shown above it; put back at 300; then stays.
    const { el, scrolls } = element([300, 520, 300, 300, 300]);
    scrollToMiddle(el);
    runFrames(4);
    expect(scrolls).toHaveBeenCalledTimes(2);
    expect(scrolls).toHaveBeenCalledWith({ block: "center" });
  });

  it("scrolls once when nothing moves, and stops after a few frames whatever happens", () => {
    vi.useFakeTimers();
    const still = element([300]);
    scrollToMiddle(still.el);
    runFrames(10);
    expect(still.scrolls).toHaveBeenCalledTimes(1);

    const moving = element(Array.from({ length: 40 }, (_, i) => (i % 2 ? 300 : 700)));
    scrollToMiddle(moving.el, 4);
    runFrames(20);
    expect(moving.scrolls.mock.calls.length).toBeLessThanOrEqual(5);
  });
});
