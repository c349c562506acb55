import { describe, expect, it } from "vitest";
import { isoToZoned, offsetMinutes, zonedToIso } from "./embargo";

describe("zonedToIso", () => {
  it("tells a Paris winter morning with its offset", () => {
    expect(zonedToIso("2026-12-10T09:00", "Europe/Paris")).toBe("2026-12-10T09:00:00+01:00");
  });
  it("knows summer time", () => {
    expect(zonedToIso("2026-07-01T09:00", "Europe/Paris")).toBe("2026-07-01T09:00:00+02:00");
  });
  it("takes zones west of Greenwich and on the half hour", () => {
    expect(zonedToIso("2026-12-10T09:00", "America/New_York")).toBe("2026-12-10T09:00:00-05:00");
    expect(zonedToIso("2026-12-10T09:00", "Asia/Kolkata")).toBe("2026-12-10T09:00:00+05:30");
    expect(zonedToIso("2026-12-10T09:00", "UTC")).toBe("2026-12-10T09:00:00+00:00");
  });
  it("keeps seconds when given", () => {
    expect(zonedToIso("2026-12-10T09:00:30", "Europe/Paris")).toBe("2026-12-10T09:00:30+01:00");
    expect(isoToZoned("2026-12-10T09:00:30+01:00", "Europe/Paris")).toBe("2026-12-10T09:00:30");
  });
  it("refuses what is not a time or a zone", () => {
    expect(zonedToIso("10/12/2026 09:00", "Europe/Paris")).toBeNull();
    expect(zonedToIso("2026-12-10T09:00", "Mars/Olympus")).toBeNull();
  });
  it("is undone by isoToZoned", () => {
    const iso = zonedToIso("2026-03-29T12:30", "Asia/Riyadh") ?? "";
    expect(isoToZoned(iso, "Asia/Riyadh")).toBe("2026-03-29T12:30");
    expect(offsetMinutes(new Date(iso), "Asia/Riyadh")).toBe(180);
  });
});
