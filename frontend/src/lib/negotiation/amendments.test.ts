import { describe, expect, it } from "vitest";
import { amendmentNumbers, type Numbered } from "./amendments";

function amendment(id: string, created_at: string): Numbered {
  return { id, created_at };
}

describe("amendmentNumbers", () => {
  it("numbers what the viewer sees by time, not by id", () => {
    const late = amendment("amd_AAAAAAAAAAAAAAAAAAAAAA", "2026-03-01T00:00:00Z");
    const early = amendment("amd_zzzzzzzzzzzzzzzzzzzzzz", "2026-01-01T00:00:00Z");
    const numbers = amendmentNumbers([late, early]);
    expect(numbers.get(early.id)).toBe(1);
    expect(numbers.get(late.id)).toBe(2);
  });

  it("leaves no gap where the viewer sees nothing", () => {
    const shown = [
      amendment("amd_bbbbbbbbbbbbbbbbbbbbbb", "2026-01-01T00:00:00Z"),
      amendment("amd_cccccccccccccccccccccc", "2026-01-05T00:00:00Z"),
    ];
    expect([...amendmentNumbers(shown).values()]).toEqual([1, 2]);
  });
});
