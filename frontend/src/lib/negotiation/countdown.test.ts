import { describe, expect, it } from "vitest";
import { defaultDeadlineInput, formatRemaining, localInputToIso, remaining } from "./countdown";

describe("remaining", () => {
  it("splits the time left into days, hours, minutes and seconds", () => {
    const now = Date.parse("2026-12-01T10:00:00Z");
    const r = remaining("2026-12-03T13:04:05Z", now);
    expect(r).toMatchObject({ passed: false, days: 2, hours: 3, minutes: 4, seconds: 5 });
    expect(formatRemaining(r)).toBe("2 d 03:04:05");
  });

  it("drops the days under a day and reports a passed deadline", () => {
    const now = Date.parse("2026-12-01T10:00:00Z");
    expect(formatRemaining(remaining("2026-12-01T10:59:09Z", now))).toBe("00:59:09");
    const past = remaining("2026-12-01T09:00:00Z", now);
    expect(past.passed).toBe(true);
    expect(past.totalSeconds).toBe(0);
  });

  it("honours the deadline's offset", () => {
    const now = Date.parse("2026-12-01T10:00:00Z");
    expect(remaining("2026-12-01T12:00:00+01:00", now).totalSeconds).toBe(3600);
  });
});

describe("localInputToIso", () => {
  it("keeps the local wall time and adds the offset, and it round-trips", () => {
    const iso = localInputToIso("2026-12-01T12:30");
    expect(iso).toMatch(/^2026-12-01T12:30:00[+-]\d\d:\d\d$/);
    expect(new Date(iso as string).getTime()).toBe(new Date(2026, 11, 1, 12, 30).getTime());
  });

  it("refuses what is not a date and time", () => {
    expect(localInputToIso("")).toBeNull();
    expect(localInputToIso("2026-02-30T10:00")).toBeNull();
    expect(localInputToIso("tomorrow")).toBeNull();
  });
});

describe("defaultDeadlineInput", () => {
  it("rounds up to the next quarter hour", () => {
    const now = new Date(2026, 0, 1, 9, 7, 30);
    expect(defaultDeadlineInput(now, 24)).toBe("2026-01-02T09:15");
  });
});
