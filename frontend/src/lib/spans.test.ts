import { describe, expect, it } from "vitest";
import { spanNotes } from "./spans";

const section = (
  id: number,
  number: number | null,
  spans: { role: "opens" | "inside" | "closes"; depth: number }[],
) => ({
  id,
  number,
  kind: number == null ? ("heading" as const) : ("paragraph" as const),
  current: { text: number == null ? "## [Article 2" : "text" } as never,
  spans: spans.map((m) => ({
    span: m.depth,
    role: m.role,
    depth: m.depth,
    first_section_id: 1,
    last_section_id: 3,
    start: 0,
    end: 0,
  })),
});

describe("spanNotes", () => {
  it("names both ends of a span over paragraphs, outermost first, and skips the others", () => {
    const notes = spanNotes([
      section(1, null, [{ role: "opens", depth: 0 }]),
      section(2, 1, [
        { role: "inside", depth: 1 },
        { role: "inside", depth: 0 },
      ]),
      section(3, 2, [{ role: "closes", depth: 0 }]),
      section(4, 3, []),
    ]);
    expect(notes.get(1)?.map((n) => n.text)).toEqual(["[ Brackets open here and close in para. 2"]);
    expect(notes.get(2)?.map((n) => n.depth)).toEqual([0, 1]);
    expect(notes.get(2)?.[0]?.text).toBe("Inside brackets from “[Article 2” to para. 2");
    expect(notes.get(3)?.[0]?.role).toBe("closes");
    expect(notes.has(4)).toBe(false);
  });
});
