import { describe, expect, it } from "vitest";
import { textDirection } from "./direction";

describe("textDirection", () => {
  it("reads Arabic and Hebrew paragraphs as right to left", () => {
    expect(textDirection("تؤكد الدول الأعضاء [التزامها] بالسلام.")).toBe("rtl");
    expect(textDirection("**שלום** לכולם")).toBe("rtl");
  });

  it("reads English as left to right, whatever follows", () => {
    expect(textDirection("The parties [shall] agree, سلام.")).toBe("ltr");
  });

  it("skips marks, numbers and link targets before the first letter", () => {
    expect(textDirection("1. [^2] — «سلام»")).toBe("rtl");
    expect(textDirection("[نص](https://example.org) more")).toBe("rtl");
    expect(textDirection("")).toBe("ltr");
  });
});
