import { describe, expect, it } from "vitest";
import { afterForMove, insertBody, insertKey, moved } from "./arrange";

const order = [10, 20, 30, 40];

describe("afterForMove", () => {
  it("moves up after the section two places before", () => {
    expect(afterForMove(order, 30, "up")).toEqual({ after: 10 });
    expect(afterForMove(order, 40, "up")).toEqual({ after: 20 });
  });
  it("moves the second section first with after: null", () => {
    expect(afterForMove(order, 20, "up")).toEqual({ after: null });
  });
  it("moves down after the section that follows", () => {
    expect(afterForMove(order, 10, "down")).toEqual({ after: 20 });
    expect(afterForMove(order, 30, "down")).toEqual({ after: 40 });
  });
  it("cannot move the first up, the last down, or a section not in the order", () => {
    expect(afterForMove(order, 10, "up")).toBeUndefined();
    expect(afterForMove(order, 40, "down")).toBeUndefined();
    expect(afterForMove(order, 99, "up")).toBeUndefined();
    expect(afterForMove([10], 10, "down")).toBeUndefined();
  });
  it("gives the order the server makes", () => {
    for (const id of order) {
      for (const direction of ["up", "down"] as const) {
        const move = afterForMove(order, id, direction);
        if (!move) continue;
        const next = moved(order, id, move.after);
        const from = order.indexOf(id);
        expect(next.indexOf(id)).toBe(direction === "up" ? from - 1 : from + 1);
        expect([...next].sort()).toEqual([...order].sort());
      }
    }
  });
});

describe("moved", () => {
  it("puts a section first, or after another", () => {
    expect(moved(order, 30, null)).toEqual([30, 10, 20, 40]);
    expect(moved(order, 10, 40)).toEqual([20, 30, 40, 10]);
  });
  it("leaves the order alone when `after` is unknown", () => {
    expect(moved(order, 10, 99)).toEqual(order);
  });
});

describe("insertBody", () => {
  it("omits `after` to append, sends null to insert first", () => {
    expect(insertBody("end")).toEqual({});
    expect("after" in insertBody("end")).toBe(false);
    expect(insertBody({ after: null })).toEqual({ after: null });
    expect(JSON.stringify(insertBody({ after: null }))).toBe('{"after":null}');
    expect(insertBody({ after: 20 })).toEqual({ after: 20 });
  });
  it("keys where a composer is open", () => {
    expect(insertKey("end")).toBe("end");
    expect(insertKey({ after: null })).toBe("first");
    expect(insertKey({ after: 7 })).toBe("7");
  });
});
