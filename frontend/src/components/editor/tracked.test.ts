import fc from "fast-check";
import type { Node } from "prosemirror-model";
import { EditorState, TextSelection } from "prosemirror-state";
import { describe, expect, it } from "vitest";
import { parseMarkdown, serializeMarkdown } from "./markdown";
import {
  type Changes,
  countChanges,
  diffKeys,
  trackChanges,
  trackedChanges,
  trackedCount,
  trackedKey,
  WORK_OUT,
} from "./tracked";

/** The tracked changes of `after` over `before`, read back as text: [+inserted] and [-deleted]. */
function readChanges(before: string, after: string): string {
  const doc = parseMarkdown(after);
  return readTracked(doc, trackChanges(parseMarkdown(before), doc));
}

/** The changes tracked in `doc`, read back as text: [+inserted] and [-deleted]. */
function readTracked(doc: Node, changes: Changes): string {
  const marks: { at: number; text: string }[] = [];
  for (const d of changes.deleted) marks.push({ at: d.at, text: `[-${d.tokens.map((t) => t.text).join("")}]` });
  for (const i of changes.inserted) {
    marks.push({ at: i.from, text: "[+" }, { at: i.to, text: "]" });
  }
  // Deletions sit before what is inserted at the same place, as the editor shows them.
  marks.sort((x, y) => x.at - y.at || (x.text.startsWith("[-") ? -1 : 1));
  let out = "";
  let pos = 0;
  doc.descendants((node, at) => {
    if (!node.isText) return true;
    for (let i = 0; i <= (node.text ?? "").length; i++) {
      const here = at + i;
      while (marks[pos] && (marks[pos]?.at ?? 0) <= here) out += marks[pos++]?.text;
      if (i < (node.text ?? "").length) out += node.text?.[i];
    }
    return false;
  });
  while (marks[pos]) out += marks[pos++]?.text;
  return out;
}

/** `readChanges`'s text read back as [the base, the edited text]: a struck word ("[-…]", which may
 *  sit inside an insertion) is the base's alone, an underlined one ("[+…]") the edited text's. */
function bothSides(read: string): [string, string] {
  let before = "";
  let after = "";
  const open: string[] = [];
  for (let i = 0; i < read.length; i++) {
    const two = read.slice(i, i + 2);
    if (two === "[-" || two === "[+") {
      open.push(two);
      i++;
    } else if (read[i] === "]") open.pop();
    else if (open.at(-1) === "[-") before += read[i];
    else {
      if (open.length === 0) before += read[i];
      after += read[i];
    }
  }
  return [before, after];
}

describe("trackChanges over generated edits", () => {
  const word = fc.constantFrom("the", "Parties", "shall", "should", "publish", ",", ".", "الأطراف", "*urgently*");
  const paragraph = fc.array(word, { minLength: 1, maxLength: 10 }).map((words) => words.join(" "));

  it("reads back as the base with the struck words, and as the edited text without them", () => {
    fc.assert(
      fc.property(paragraph, paragraph, (before, after) => {
        const text = (markdown: string) => parseMarkdown(markdown).textContent;
        expect(bothSides(readChanges(before, after))).toEqual([text(before), text(after)]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("typing into an insertion", () => {
  const word = fc.constantFrom("the", "Parties", "shall", "publish", ",", ".", "الأطراف", "*urgently*");
  const paragraph = fc.array(word, { minLength: 1, maxLength: 10 }).map((words) => words.join(" "));
  const typed = fc.array(fc.tuple(fc.nat(), fc.constantFrom("a", " ", "the", "Parties", ",", "ال")), {
    minLength: 1,
    maxLength: 8,
  });

  it("moves the changes along, true on both sides, and works them out again at a pause", () => {
    fc.assert(
      fc.property(paragraph, paragraph, typed, (before, after, keys) => {
        const base = parseMarkdown(before);
        let state = EditorState.create({ doc: parseMarkdown(after), plugins: [trackedChanges(base)] });
        for (const [pick, text] of keys) {
          const inserted = trackedKey.getState(state)?.changes.inserted ?? [];
          const range = inserted[pick % Math.max(inserted.length, 1)];
          if (!range) return;
          state = state.apply(state.tr.insertText(text, range.from + (pick % (range.to - range.from + 1))));
          const tracked = trackedKey.getState(state);
          expect(tracked?.moved).toBe(true);
          const changes = tracked?.changes ?? { inserted: [], deleted: [] };
          expect(bothSides(readTracked(state.doc, changes))).toEqual([base.textContent, state.doc.textContent]);
          // What is shown underlined is what is counted inserted.
          const underlined = (tracked?.decorations.find() ?? []).filter((d) => d.from < d.to);
          expect(underlined.map((d) => [d.from, d.to])).toEqual(changes.inserted.map((i) => [i.from, i.to]));
        }
        const paused = state.apply(state.tr.setMeta(trackedKey, WORK_OUT));
        expect(trackedKey.getState(paused)?.moved).toBe(false);
        expect(trackedKey.getState(paused)?.changes).toEqual(trackChanges(base, paused.doc));
      }),
      { numRuns: 300 },
    );
  });

  it("works them out at once for anything else: a deletion, a new paragraph, typing in the base", () => {
    const base = parseMarkdown("Parties shall publish.");
    let state = EditorState.create({ doc: base, plugins: [trackedChanges(base)] });
    state = state.apply(state.tr.insertText("promptly ", 15));
    expect(trackedKey.getState(state)?.moved).toBe(false);
    state = state.apply(state.tr.insertText("very ", 15));
    expect(trackedKey.getState(state)?.moved).toBe(true);
    for (const change of [
      (s: EditorState) => s.tr.delete(9, 15),
      (s: EditorState) => s.tr.split(20),
      (s: EditorState) => s.tr.insertText("x", 2),
    ]) {
      const next = state.apply(change(state));
      expect(trackedKey.getState(next)?.moved).toBe(false);
      expect(trackedKey.getState(next)?.changes).toEqual(trackChanges(base, next.doc));
    }
  });
});

describe("diffKeys", () => {
  it("is the shortest edit, in order, and rebuilds both sides", () => {
    const a = "the cat sat on the mat".split(" ");
    const b = "the black cat sat on a mat today".split(" ");
    const ops = diffKeys(a, b);
    expect(ops.filter((o) => o.op !== "equal")).toHaveLength(4);
    expect(ops.filter((o) => o.op !== "insert").map((o) => a[o.a])).toEqual(a);
    expect(ops.filter((o) => o.op !== "delete").map((o) => b[o.b])).toEqual(b);
  });

  it("is the shortest edit over generated lists", () => {
    const lcs = (a: string[], b: string[]) => {
      let row = new Array<number>(b.length + 1).fill(0);
      for (const x of a) {
        const next = [0];
        for (const [j, y] of b.entries()) {
          next.push(x === y ? (row[j] ?? 0) + 1 : Math.max(row[j + 1] ?? 0, next[j] ?? 0));
        }
        row = next;
      }
      return row[b.length] ?? 0;
    };
    const keys = fc.array(fc.constantFrom("a", "b", "c", " "), { maxLength: 60 });
    fc.assert(
      fc.property(keys, keys, (a, b) => {
        const ops = diffKeys(a, b);
        expect(ops.filter((o) => o.op !== "insert").map((o) => a[o.a])).toEqual(a);
        expect(ops.filter((o) => o.op !== "delete").map((o) => b[o.b])).toEqual(b);
        for (const o of ops.filter((o) => o.op === "equal")) expect(a[o.a]).toBe(b[o.b]);
        expect(ops.filter((o) => o.op !== "equal")).toHaveLength(a.length + b.length - 2 * lcs(a, b));
      }),
      { numRuns: 300 },
    );
  });

  it("handles empty sides", () => {
    expect(diffKeys([], [])).toEqual([]);
    expect(diffKeys(["x"], []).map((o) => o.op)).toEqual(["delete"]);
    expect(diffKeys([], ["x", "y"]).map((o) => o.op)).toEqual(["insert", "insert"]);
  });
});

describe("trackChanges", () => {
  it("underlines what was typed and strikes out what was deleted, by whole words", () => {
    expect(readChanges("Parties shall publish.", "Parties shall promptly publish.")).toBe(
      "Parties shall [+promptly ]publish.",
    );
    expect(readChanges("Parties shall publish.", "Parties should publish.")).toBe("Parties [-shall][+should] publish.");
    expect(readChanges("Parties shall publish their positions.", "Parties shall publish.")).toBe(
      "Parties shall publish[- their positions].",
    );
  });

  it("counts formatting as a change: the plain word goes, the bold one comes", () => {
    const changes = trackChanges(parseMarkdown("We welcome it."), parseMarkdown("We **welcome** it."));
    expect(changes.deleted.map((d) => d.tokens.map((t) => t.text).join(""))).toEqual(["welcome"]);
    expect(changes.inserted).toHaveLength(1);
    expect(countChanges(changes)).toBe(1);
  });

  it("reads a word only lengthened as the letters added, while typing beside it too", () => {
    expect(readChanges("Parties shall publish.", "Parties shall republish.")).toBe("Parties shall [+re]publish.");
    expect(readChanges("Parties shall publish.", "Parties shall publishes.")).toBe("Parties shall publish[+es].");
    // "the Pa" typed right before "publish", its space not yet typed.
    expect(readChanges("Parties shall publish.", "Parties shall the Papublish.")).toBe(
      "Parties shall [+the Pa]publish.",
    );
    expect(readChanges("Parties shall publish.", "Parties shall publish it all.")).toBe(
      "Parties shall publish[+ it all].",
    );
    // Anything else still reads by whole words: a changed word, a bolded lengthening.
    expect(readChanges("Parties shall publish.", "Parties shall publicise.")).toBe(
      "Parties shall [-publish][+publicise].",
    );
    const bolded = trackChanges(parseMarkdown("We publish."), parseMarkdown("We **republish**."));
    expect(bolded.deleted.map((d) => d.tokens.map((t) => t.text).join(""))).toEqual(["publish"]);
  });

  it("reads Arabic by words too", () => {
    const before = "تلتزم جميع الأطراف بحماية الفضاء المدني.";
    expect(readChanges(before, before.replace("بحماية", "بحماية وتعزيز"))).toBe(
      "تلتزم جميع الأطراف بحماية [+وتعزيز ]الفضاء المدني.",
    );
  });

  it("shows a joined paragraph as a deleted boundary", () => {
    const changes = trackChanges(parseMarkdown("One.\n\nTwo."), parseMarkdown("One.Two."));
    expect(changes.deleted.map((d) => d.tokens.map((t) => t.kind))).toEqual([["break"]]);
    expect(changes.inserted).toEqual([]);
  });

  it("finds nothing in an unchanged text", () => {
    const text = "Parties [shall][should] act.[^1]\n\n[^1]: A note.";
    const changes = trackChanges(parseMarkdown(text), parseMarkdown(text));
    expect(changes).toEqual({ inserted: [], deleted: [] });
  });
});

describe("the trackedChanges plugin", () => {
  it("follows the person's typing; the document stays the proposed text", () => {
    const base = parseMarkdown("Parties shall publish.");
    let state = EditorState.create({ doc: base, plugins: [trackedChanges(base)] });
    expect(trackedCount(state)).toBe(0);
    // Type "promptly " before "publish" (position 15: after "Parties shall ").
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 15)).insertText("promptly "));
    expect(trackedCount(state)).toBe(1);
    expect(serializeMarkdown(state.doc)).toBe("Parties shall promptly publish.");
    // Delete "shall " (positions 9–15).
    state = state.apply(state.tr.delete(9, 15));
    // "shall " deleted right where "promptly " was typed: one change, shown as two marks.
    expect(trackedCount(state)).toBe(1);
    const found = trackedKey.getState(state)?.decorations.find() ?? [];
    expect(found).toHaveLength(2);
    expect(serializeMarkdown(state.doc)).toBe("Parties promptly publish.");
  });
});
