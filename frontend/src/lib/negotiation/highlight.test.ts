import { describe, expect, it } from "vitest";
import { markRanges, renderedRange } from "./highlight";

function cp(text: string, quote: string, from = 0): [number, number] {
  const points = Array.from(text);
  for (let i = from; i <= points.length; i++) {
    if (points.slice(i, i + Array.from(quote).length).join("") === quote) return [i, i + Array.from(quote).length];
  }
  throw new Error(`${quote} not in ${text}`);
}

describe("renderedRange", () => {
  it("finds a quote through inline markup", () => {
    const source = "States **shall** protect civic space.";
    const rendered = "States shall protect civic space.";
    const [s, e] = cp(source, "**shall** protect");
    const r = renderedRange(source, rendered, s, e);
    expect(r && rendered.slice(r.start, r.end)).toBe("shall protect");
  });

  it("picks the same occurrence as in the source", () => {
    const source = "the parties and the _parties_ agree";
    const rendered = "the parties and the parties agree";
    const [s, e] = cp(source, "_parties_");
    const r = renderedRange(source, rendered, s, e);
    expect(r).toEqual({ start: 20, end: 27 });
  });

  it("counts code points in the source and UTF-16 units in the page", () => {
    const source = "😀 emoji then target words";
    const rendered = "😀 emoji then target words";
    const [s, e] = cp(source, "target");
    expect(s).toBe(13);
    const r = renderedRange(source, rendered, s, e);
    expect(r).toEqual({ start: 14, end: 20 });
  });

  it("folds whitespace and line breaks", () => {
    const source = "one\ntwo   three";
    const rendered = "one two three";
    const r = renderedRange(source, rendered, 0, Array.from(source).length);
    expect(r).toEqual({ start: 0, end: rendered.length });
  });

  it("gives null when the words are not there or the span is empty", () => {
    expect(renderedRange("abc def", "xyz", 0, 3)).toBeNull();
    expect(renderedRange("abc def", "abc def", 2, 2)).toBeNull();
  });
});

describe("markRanges", () => {
  it("wraps a range crossing elements without changing the text", () => {
    const root = document.createElement("div");
    root.innerHTML = "<p>States <strong>shall</strong> protect civic space.</p>";
    const before = root.textContent;
    const made = markRanges(root, [{ id: "7", start: 7, end: 20 }]);
    expect(made).toBe(2);
    expect(root.textContent).toBe(before);
    const marks = Array.from(root.querySelectorAll("mark.anchor-mark"));
    expect(marks.map((m) => m.textContent).join("")).toBe("shall protect");
    expect(marks.every((m) => (m as HTMLElement).dataset.commentId === "7")).toBe(true);
  });

  it("marks several ranges, including overlapping ones", () => {
    const root = document.createElement("div");
    root.textContent = "abcdefghij";
    markRanges(root, [
      { id: "1", start: 0, end: 4 },
      { id: "2", start: 2, end: 6 },
    ]);
    expect(root.textContent).toBe("abcdefghij");
    const ids = Array.from(root.querySelectorAll("mark")).map(
      (m) => `${(m as HTMLElement).dataset.commentId}:${m.textContent}`,
    );
    expect(ids).toContain("2:cd");
    expect(
      ids
        .filter((x) => x.startsWith("1:"))
        .map((x) => x.slice(2))
        .join(""),
    ).toBe("abcd");
  });
});
