import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { QUIET_MS, whenQuiet } from "./quiet";

describe("whenQuiet", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs once, after a pause in the asking", () => {
    const then = vi.fn();
    const tell = whenQuiet(then);
    for (let key = 0; key < 10; key++) {
      tell.ask();
      vi.advanceTimersByTime(QUIET_MS / 2);
    }
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(QUIET_MS / 2);
    expect(then).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(QUIET_MS * 4);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it("runs at once when told to, only if it is due, and not again at the pause", () => {
    const then = vi.fn();
    const tell = whenQuiet(then);
    tell.now();
    expect(then).not.toHaveBeenCalled();
    tell.ask();
    tell.now();
    expect(then).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(QUIET_MS * 2);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it("forgets what it was asked when cancelled", () => {
    const then = vi.fn();
    const tell = whenQuiet(then);
    tell.ask();
    tell.cancel();
    tell.now();
    vi.advanceTimersByTime(QUIET_MS * 2);
    expect(then).not.toHaveBeenCalled();
  });
});
