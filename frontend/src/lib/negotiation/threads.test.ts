import { describe, expect, it } from "vitest";
import { buildThreads, type CommentPublic, highlightSpans, splitResolved, withOpenThreads } from "./threads";

let seq = 0;
function comment(
  over: Omit<Partial<CommentPublic>, "anchor"> & { anchor?: Partial<CommentPublic["anchor"]> } = {},
): CommentPublic {
  seq++;
  const { anchor, ...rest } = over;
  return {
    id: `cmt_${String(seq).padStart(22, "q")}`,
    section_id: 1,
    language: null,
    version: 1,
    parent_id: null,
    author: { id: 1, name: "Noa" },
    delegation: null,
    visibility: "all",
    body: `comment ${seq}`,
    anchor: { quote: "word", start: 0, end: 4, version: 1, status: "exact", ...anchor },
    created_at: `2026-01-01T00:00:${String(seq).padStart(2, "0")}Z`,
    edited_at: null,
    resolved: false,
    resolved_at: null,
    resolved_by: null,
    edits: [],
    ...rest,
  };
}

describe("buildThreads", () => {
  it("attaches replies to their root, oldest first", () => {
    const root = comment();
    const late = comment({ parent_id: root.id, created_at: "2026-02-01T00:00:00Z" });
    const early = comment({ parent_id: root.id, created_at: "2026-01-15T00:00:00Z" });
    const threads = buildThreads([late, root, early]);
    expect(threads).toHaveLength(1);
    expect(threads[0]?.replies.map((r) => r.id)).toEqual([early.id, late.id]);
  });

  it("orders threads by where the anchor sits now, whole-section first and orphaned last", () => {
    const orphan = comment({ anchor: { status: "orphaned", start: 0, end: 0 } });
    const later = comment({ anchor: { start: 40, end: 45 } });
    const whole = comment({ anchor: { quote: "", start: 0, end: 0 } });
    const earlier = comment({ anchor: { start: 3, end: 8, status: "moved" } });
    const threads = buildThreads([orphan, later, whole, earlier]);
    expect(threads.map((t) => t.root.id)).toEqual([whole.id, earlier.id, later.id, orphan.id]);
    expect(threads[3]?.orphaned).toBe(true);
    expect(threads[3]?.start).toBeNull();
    expect(threads[0]?.start).toBeNull();
  });

  it("marks internal threads and splits resolved ones", () => {
    const internal = comment({ visibility: "delegation" });
    const done = comment({ resolved: true });
    const threads = buildThreads([internal, done]);
    expect(threads.find((t) => t.root.id === internal.id)?.internal).toBe(true);
    const { open, resolved } = splitResolved(threads);
    expect(open.map((t) => t.root.id)).toEqual([internal.id]);
    expect(resolved.map((t) => t.root.id)).toEqual([done.id]);
  });

  it("highlights only open, anchored threads", () => {
    const open = comment({ anchor: { start: 5, end: 9 } });
    const done = comment({ resolved: true, anchor: { start: 1, end: 3 } });
    const orphan = comment({ anchor: { status: "orphaned", start: 2, end: 2 } });
    expect(highlightSpans(buildThreads([open, done, orphan]))).toEqual([{ id: open.id, start: 5, end: 9 }]);
  });
});

describe("withOpenThreads", () => {
  it("groups a document's comments by section, keeping the sections with an open thread whole", () => {
    const open = comment({ section_id: 7 });
    const reply = comment({ section_id: 7, parent_id: open.id, resolved: true });
    const done = comment({ section_id: 7, resolved: true });
    const closed = comment({ section_id: 9, resolved: true });
    const closedReply = comment({ section_id: 9, parent_id: closed.id });
    const other = comment({ section_id: 3 });
    const grouped = withOpenThreads([other, open, reply, done, closed, closedReply]);
    expect([...grouped.keys()]).toEqual([3, 7]);
    expect(grouped.get(7)?.map((c) => c.id)).toEqual([open.id, reply.id, done.id]);
    expect(grouped.get(3)?.map((c) => c.id)).toEqual([other.id]);
  });
});
