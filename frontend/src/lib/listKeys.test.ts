import { describe, expect, it } from "vitest";
import { keyed } from "./listKeys";

describe("keyed", () => {
  it("keys items by content and tells repeats apart", () => {
    expect(keyed(["a", "b", "a", "a"], (s) => s).map(([key]) => key)).toEqual(["a", "b", "a#2", "a#3"]);
  });

  it("keeps a key when an item before it with other content goes", () => {
    const before = keyed(["x", "y", "z"], (s) => s);
    const after = keyed(["y", "z"], (s) => s);
    expect(after.map(([key]) => key)).toEqual(before.slice(1).map(([key]) => key));
  });
});
