import { describe, expect, it } from "vitest";
import type { ApprovalMatrix } from "../../api/client";
import { foreseeBlockers } from "./blockers";

const aur = { id: 1, code: "AUR", name: "Aurelia", kind: "government" as const, announced: true };
const bor = { id: 2, code: "BOR", name: "Borealia", kind: "government" as const, announced: true };
const clean = { spans: 0, unbalanced: [] };
const cell = (delegation_id: number, decision: string | null, state: "current" | "stale" | "none") =>
  ({ delegation_id, decision, state, version: 1, statement: "", set_by: null, set_at: null }) as never;
const row = (section_id: number, positions: never[], kind = "paragraph") =>
  ({ section_id, kind, number: section_id, version: 1, content_hash: "h", positions }) as never;

function matrix(sections: never[]): Pick<ApprovalMatrix, "parties" | "sections"> {
  return { parties: [aur, bor], sections };
}

describe("foreseeBlockers", () => {
  it("finds nothing when every party agrees on every paragraph and no brackets remain", () => {
    const m = matrix([row(1, [cell(1, "approve", "current"), cell(2, "abstain", "current")])]);
    expect(foreseeBlockers([{ id: 1, brackets: clean }], m, true)).toBeNull();
  });

  it("names missing and stale approvals for adoption, not for silence", () => {
    const m = matrix([row(1, [cell(1, "approve", "stale")]), row(2, [], "heading")]);
    const sections = [
      { id: 1, brackets: clean },
      { id: 2, brackets: clean },
    ];
    expect(foreseeBlockers(sections, m, true)).toEqual({
      objections: [],
      missing_approvals: [
        { section_id: 1, delegation_id: 1, stale: true },
        { section_id: 1, delegation_id: 2, stale: false },
      ],
    });
    expect(foreseeBlockers(sections, m, false)).toBeNull();
  });

  it("names brackets and standing objections for silence too", () => {
    const m = matrix([row(1, [cell(1, "approve", "current"), cell(2, "object", "current")])]);
    const found = foreseeBlockers([{ id: 1, brackets: { spans: 2, unbalanced: [] } }], m, false);
    expect(found).toEqual({
      objections: [{ section_id: 1, delegation_id: 2 }],
      missing_approvals: [],
      brackets: { sections: [1], spans: 2 },
    });
  });

  it("counts a paragraph inside a span from other paragraphs, and the document's spans once", () => {
    const m = matrix([row(1, []), row(2, []), row(3, [])]);
    const sections = [
      { id: 1, brackets: { spans: 0, unbalanced: [0] }, spans: [{}] },
      { id: 2, brackets: clean, spans: [{}] },
      { id: 3, brackets: { spans: 0, unbalanced: [9] }, spans: [{}] },
    ];
    expect(foreseeBlockers(sections, m, false, 1)?.brackets).toEqual({ sections: [1, 2, 3], spans: 1 });
  });
});
