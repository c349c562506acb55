import { describe, expect, it } from "vitest";
import { asPairs, type DiffPair, diffStats, foldEqual, isUnchanged, sideText, toSegments } from "./diff";

const diff: DiffPair[] = [
  [0, "The parties "],
  [-1, "shall"],
  [1, "should"],
  [0, " "],
  [0, "respect the ceasefire."],
];

describe("toSegments", () => {
  it("maps ops to kinds and merges neighbours with the same op", () => {
    expect(toSegments(diff)).toEqual([
      { kind: "equal", text: "The parties " },
      { kind: "delete", text: "shall" },
      { kind: "insert", text: "should" },
      { kind: "equal", text: " respect the ceasefire." },
    ]);
  });

  it("drops empty texts", () => {
    expect(
      toSegments([
        [1, ""],
        [0, "a"],
      ]),
    ).toEqual([{ kind: "equal", text: "a" }]);
  });

  it("refuses an unknown op", () => {
    expect(() => toSegments([[2, "x"]])).toThrow(/unknown diff op/);
  });
});

describe("sideText", () => {
  it("rebuilds both texts", () => {
    expect(sideText(diff, "from")).toBe("The parties shall respect the ceasefire.");
    expect(sideText(diff, "to")).toBe("The parties should respect the ceasefire.");
  });

  it("keeps right-to-left text intact", () => {
    const arabic: DiffPair[] = [
      [0, "تحترم "],
      [-1, "الأطراف"],
      [1, "الدول"],
    ];
    expect(sideText(arabic, "to")).toBe("تحترم الدول");
  });
});

describe("diffStats", () => {
  it("counts words added, removed and kept", () => {
    expect(diffStats(diff)).toEqual({ added: 1, removed: 1, unchanged: 5 });
  });

  it("says when nothing changed", () => {
    expect(isUnchanged([[0, "same"]])).toBe(true);
    expect(isUnchanged(diff)).toBe(false);
  });
});

describe("foldEqual", () => {
  it("folds a long unchanged run between two changes", () => {
    const long = "word ".repeat(100);
    const folded = foldEqual(
      [
        { kind: "insert", text: "New" },
        { kind: "equal", text: long },
        { kind: "delete", text: "old" },
      ],
      20,
    );
    const gap = folded.find((s) => s.omitted !== undefined);
    expect(gap).toBeDefined();
    const shown = folded
      .filter((s) => s.kind === "equal")
      .map((s) => s.text)
      .join("");
    expect(shown.length + (gap?.omitted ?? 0)).toBe(long.length);
    expect(shown.length).toBeLessThan(60);
  });

  it("leaves short runs alone", () => {
    const segments = toSegments(diff);
    expect(foldEqual(segments)).toEqual(segments);
  });
});

describe("asPairs", () => {
  it("refuses a malformed pair", () => {
    expect(() => asPairs([["x", 1]])).toThrow(/malformed/);
    expect(asPairs([[1, "a"]])).toEqual([[1, "a"]]);
  });
});
