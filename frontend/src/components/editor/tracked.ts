// Tracked changes in the rich-text editor (Suggesting mode, the conflict view): the person's own
// insertions are underlined and their deletions struck through, in place, as they type.
//
// The document is always the text being proposed; what it changed from the base is worked out
// again on each change, as a word diff of the two documents (marks count: bolding a word shows
// the plain word struck out and the bold one inserted), except that a character typed into an
// insertion only grows it until the next pause (see `trackedChanges`). So "Propose" serialises
// the document as it is, undo and paste need no special case, and the marks can never drift from
// the text. Deleted words are widgets (not part of the document), shown where they were.
import type { Mark, Node as PMNode } from "prosemirror-model";
import { type EditorState, Plugin, PluginKey, type Transaction } from "prosemirror-state";
import { ReplaceStep } from "prosemirror-transform";
import { Decoration, DecorationSet } from "prosemirror-view";
import { whenQuiet } from "./quiet";

/** One word, run of spaces, sign, inline node or paragraph boundary of a document. */
export interface Token {
  /** What makes two tokens the same: the text (or node) and its marks. */
  key: string;
  /** The document positions the token covers; a paragraph boundary is empty, at the new block's start. */
  from: number;
  to: number;
  kind: "text" | "node" | "break";
  text: string;
  marks: readonly Mark[];
}

const WORD = /[\p{L}\p{M}\p{N}]+|\s+|[^\p{L}\p{M}\p{N}\s]/gu;

function marksKey(marks: readonly Mark[]): string {
  return marks.map((m) => (m.type.name === "link" ? `link(${m.attrs.href})` : m.type.name)).join(",");
}

/** The document as a list of tokens, in reading order. */
export function tokenize(doc: PMNode): Token[] {
  const tokens: Token[] = [];
  let blocks = 0;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const start = pos + 1;
    if (blocks++ > 0) {
      tokens.push({ key: `\n${node.type.name}`, from: start, to: start, kind: "break", text: "\n", marks: [] });
    }
    node.forEach((child, offset) => {
      const at = start + offset;
      if (child.isText) {
        const text = child.text ?? "";
        const marks = marksKey(child.marks);
        for (const match of text.matchAll(WORD)) {
          const from = at + (match.index ?? 0);
          tokens.push({
            key: `${marks}\u0000${match[0]}`,
            from,
            to: from + match[0].length,
            kind: "text",
            text: match[0],
            marks: child.marks,
          });
        }
      } else {
        const label = child.type.name === "footnote_ref" ? String(child.attrs.label) : " ";
        tokens.push({
          key: `\uFFFC${child.type.name}(${JSON.stringify(child.attrs)})${marksKey(child.marks)}`,
          from: at,
          to: at + child.nodeSize,
          kind: "node",
          text: label,
          marks: child.marks,
        });
      }
    });
    return false;
  });
  return tokens;
}

export type Op = { op: "equal" | "delete" | "insert"; a: number; b: number };

/**
 * The shortest edit script from `a` to `b`, one op per token: `a`/`b` index the token in each
 * list. The common start and end are taken off first, so a local edit costs little; what is left
 * is searched by Myers' algorithm, or by a table when one side of it has only a few tokens.
 */
export function diffKeys(a: readonly string[], b: readonly string[]): Op[] {
  const { start, endA, endB, ops: changed } = changedRun(a, b);
  const ops: Op[] = [];
  for (let i = 0; i < start; i++) ops.push({ op: "equal", a: i, b: i });
  ops.push(...changed);
  for (let i = 0; endA + i < a.length; i++) ops.push({ op: "equal", a: endA + i, b: endB + i });
  return ops;
}

/** The edit script between the common start (`start` tokens) and the common end (from `endA`
 *  in `a`, `endB` in `b`) of two key lists: its first and last op change something. */
function changedRun(
  a: readonly string[],
  b: readonly string[],
): { start: number; endA: number; endB: number; ops: Op[] } {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { start, endA, endB, ops: middle(a, b, start, endA, start, endB) };
}

/** At most this many tokens on one side of the changed run: the table is the quicker search. */
const FEW = 16;

function middle(a: readonly string[], b: readonly string[], a0: number, a1: number, b0: number, b1: number): Op[] {
  const n = a1 - a0;
  const m = b1 - b0;
  // Words only added (typing on at the end of a change) or only taken away: nothing to search.
  if (n === 0 || m === 0) {
    const ops: Op[] = [];
    for (let y = 0; y < m; y++) ops.push({ op: "insert", a: a0, b: b0 + y });
    for (let x = 0; x < n; x++) ops.push({ op: "delete", a: a0 + x, b: b0 });
    return ops;
  }
  // A few words on one side (a sentence typed in beside a word it touched): Myers' search costs the
  // square of the whole run, a table of the common words the run times those few.
  if (Math.min(n, m) <= FEW) return byTable(a, b, a0, a1, b0, b1);
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const get = (row: Int32Array, k: number): number => row[offset + k] ?? 0;
  // Step d reads the diagonals -d-1 to d+1 of the step before: only those are kept (a long run,
  // a sentence typed in, would otherwise copy the whole row at every step).
  const trace: { row: Int32Array; first: number }[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push({ row: v.slice(offset - d - 1, offset + d + 2), first: -d - 1 });
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && get(v, k - 1) < get(v, k + 1)) ? get(v, k + 1) : get(v, k - 1) + 1;
      let y = x - k;
      while (x < n && y < m && a[a0 + x] === b[b0 + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk the trace back from the end, collecting ops in reverse.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const { row, first } = trace[d] as { row: Int32Array; first: number };
    const at = (diagonal: number): number => row[diagonal - first] ?? 0;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ op: "equal", a: a0 + x, b: b0 + y });
    }
    if (d === 0) break;
    if (down) {
      y--;
      ops.push({ op: "insert", a: a0 + x, b: b0 + y });
    } else {
      x--;
      ops.push({ op: "delete", a: a0 + x, b: b0 + y });
    }
  }
  return ops.reverse();
}

/** The shortest edit script of a[a0, a1) into b[b0, b1) from the table of their longest common
 *  subsequences (`common[i][j]`: of a's first i and b's first j in the run). */
function byTable(a: readonly string[], b: readonly string[], a0: number, a1: number, b0: number, b1: number): Op[] {
  const n = a1 - a0;
  const m = b1 - b0;
  const width = m + 1;
  const common = new Int32Array((n + 1) * width);
  const at = (i: number, j: number): number => common[i * width + j] ?? 0;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      common[i * width + j] =
        a[a0 + i - 1] === b[b0 + j - 1] ? at(i - 1, j - 1) + 1 : Math.max(at(i - 1, j), at(i, j - 1));
    }
  }
  const ops: Op[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && a[a0 + i - 1] === b[b0 + j - 1] && at(i, j) === at(i - 1, j - 1) + 1) {
      i--;
      j--;
      ops.push({ op: "equal", a: a0 + i, b: b0 + j });
    } else if (j > 0 && (i === 0 || at(i, j - 1) >= at(i - 1, j))) {
      j--;
      ops.push({ op: "insert", a: a0 + i, b: b0 + j });
    } else {
      i--;
      ops.push({ op: "delete", a: a0 + i, b: b0 + j });
    }
  }
  // Walked from the end, insertions first: read forwards, what goes comes before what replaces it.
  return ops.reverse();
}

/** What the person changed, against the base: insertions (ranges of the document) and deletions. */
export interface Changes {
  inserted: { from: number; to: number }[];
  /** Deleted tokens of the base, grouped, with the document position they are shown at. */
  deleted: { at: number; tokens: Token[] }[];
}

/** One step of the edit over the document: a range kept or inserted, or a base token deleted. */
type Step = { op: "equal" | "insert"; kind: Token["kind"]; from: number; to: number } | { op: "delete"; token: Token };

const LETTERS = /[\p{L}\p{M}\p{N}]/u;

function kept(op: "equal" | "insert", token: Token): Step {
  return { op, kind: token.kind, from: token.from, to: token.to };
}

/**
 * A word only lengthened where the person typed ("upon" → "thupon" while "the " is being typed
 * before it, "publish" → "publishes") reads as the letters added, not as the word struck out and
 * written again: otherwise the word would flash struck-through at every key typed beside it.
 * `null` when the change is anything else (then it reads by whole words).
 */
function lengthened(deleted: readonly Token[], inserted: readonly Token[]): Step[] | null {
  const word = deleted.length === 1 ? (deleted[0] as Token) : null;
  if (word?.kind !== "text" || !LETTERS.test(word.text) || inserted.length === 0) return null;
  const same = (token: Token) =>
    token.kind === "text" && token.text.length > word.text.length && marksKey(token.marks) === marksKey(word.marks);
  const last = inserted[inserted.length - 1] as Token;
  if (same(last) && last.text.endsWith(word.text)) {
    const at = last.to - word.text.length;
    return [
      ...inserted.slice(0, -1).map((token) => kept("insert", token)),
      { op: "insert", kind: "text", from: last.from, to: at },
      { op: "equal", kind: "text", from: at, to: last.to },
    ];
  }
  const first = inserted[0] as Token;
  if (same(first) && first.text.startsWith(word.text)) {
    const at = first.from + word.text.length;
    return [
      { op: "equal", kind: "text", from: first.from, to: at },
      { op: "insert", kind: "text", from: at, to: first.to },
      ...inserted.slice(1).map((token) => kept("insert", token)),
    ];
  }
  return null;
}

/** The edit script as steps over the document, each run of changes between kept tokens read as a
 *  lengthened word where it is one. */
function steps(a: readonly Token[], b: readonly Token[], ops: readonly Op[]): Step[] {
  const out: Step[] = [];
  const asStep = (op: Op): Step =>
    op.op === "delete" ? { op: "delete", token: a[op.a] as Token } : kept(op.op, b[op.b] as Token);
  for (let i = 0; i < ops.length; ) {
    let j = i;
    while (j < ops.length && (ops[j] as Op).op !== "equal") j++;
    if (j === i) {
      out.push(asStep(ops[i++] as Op));
      continue;
    }
    const run = ops.slice(i, j);
    const deleted = run.filter((op) => op.op === "delete").map((op) => a[op.a] as Token);
    const inserted = run.filter((op) => op.op === "insert").map((op) => b[op.b] as Token);
    out.push(...(lengthened(deleted, inserted) ?? run.map(asStep)));
    i = j;
  }
  return out;
}

const keysOf = (tokens: readonly Token[]) => tokens.map((t) => t.key);
// The base's keys, worked out once per base (the editor diffs against one base at every key).
const baseKeys = new WeakMap<readonly Token[], readonly string[]>();

/** `base`: the base document, or its tokens (the editor tokenises its base once). */
export function trackChanges(base: PMNode | readonly Token[], doc: PMNode): Changes {
  const a = Array.isArray(base) ? (base as readonly Token[]) : tokenize(base as PMNode);
  let keys = baseKeys.get(a);
  if (!keys) {
    keys = keysOf(a);
    baseKeys.set(a, keys);
  }
  const b = tokenize(doc);
  // Only what lies between the common start and end can change anything: the steps through the
  // rest (each token kept) are not walked at every key.
  const { start, ops } = changedRun(keys, keysOf(b));
  const changes: Changes = { inserted: [], deleted: [] };
  // Where a deletion shows: just after the last token of the document passed so far.
  let after = start > 0 ? (b[start - 1] as Token).to : firstTextPosition(doc);
  let deleting: { at: number; tokens: Token[] } | null = null;
  for (const step of steps(a, b, ops)) {
    if (step.op === "delete") {
      if (!deleting) {
        deleting = { at: after, tokens: [] };
        changes.deleted.push(deleting);
      }
      deleting.tokens.push(step.token);
      continue;
    }
    deleting = null;
    if (step.op === "insert" && step.kind !== "break") {
      const last = changes.inserted[changes.inserted.length - 1];
      if (last && last.to === step.from) last.to = step.to;
      else changes.inserted.push({ from: step.from, to: step.to });
    }
    after = step.to; // a paragraph boundary is empty: from and to are the new block's start
  }
  return changes;
}

function firstTextPosition(doc: PMNode): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found >= 0) return false;
    if (node.isTextblock) {
      found = pos + 1;
      return false;
    }
    return true;
  });
  return Math.max(found, 0);
}

/** How many separate changes: each deletion and each insertion not right beside a deletion. */
export function countChanges(changes: Changes): number {
  const at = new Set(changes.deleted.map((d) => d.at));
  return changes.deleted.length + changes.inserted.filter((i) => !at.has(i.from)).length;
}

const MARK_TAGS: Record<string, string> = { strong: "strong", em: "em", code: "code", link: "u" };

/** The deleted words as they read: marks kept, paragraph boundaries as a pilcrow. */
function deletedDOM(tokens: readonly Token[]): HTMLElement {
  const del = document.createElement("del");
  del.className = "tracked-del";
  del.contentEditable = "false";
  for (const token of tokens) {
    let node: Node;
    if (token.kind === "break") node = document.createTextNode(" ¶ ");
    else if (token.kind === "node" && token.text.trim()) {
      node = document.createElement("sup");
      node.textContent = token.text;
    } else node = document.createTextNode(token.text);
    for (const mark of token.marks) {
      const tag = MARK_TAGS[mark.type.name];
      if (!tag) continue;
      const wrap = document.createElement(tag);
      wrap.appendChild(node);
      node = wrap;
    }
    del.appendChild(node);
  }
  return del;
}

function decorations(changes: Changes, doc: PMNode): DecorationSet {
  const found: Decoration[] = [];
  for (const { from, to } of changes.inserted) {
    // Inclusive: a character typed at either edge of an insertion is inserted too (see `moved`).
    found.push(
      Decoration.inline(
        from,
        to,
        { nodeName: "ins", class: "tracked-ins" },
        { inclusiveStart: true, inclusiveEnd: true },
      ),
    );
  }
  for (const { at, tokens } of changes.deleted) {
    const key = `del-${at}-${tokens.map((t) => t.key).join("|")}`;
    found.push(Decoration.widget(at, () => deletedDOM(tokens), { side: -1, key, marks: [], ignoreSelection: true }));
  }
  return DecorationSet.create(doc, found);
}

interface TrackState {
  changes: Changes;
  decorations: DecorationSet;
  /** Moved along with typing (`moved`), not worked out again since: valid, maybe not the shortest. */
  moved: boolean;
}

export const trackedKey = new PluginKey<TrackState>("tracked");
/** The meta of the transaction that has the changes worked out again, at a pause in typing. */
export const WORK_OUT = "work out";

function compute(base: readonly Token[], doc: PMNode): TrackState {
  const changes = trackChanges(base, doc);
  return { changes, decorations: decorations(changes, doc), moved: false };
}

/**
 * Whether the transaction only types inline content inside an insertion, or at one of its edges:
 * what is typed there is inserted as well, so the changes shown need only move along with it.
 */
function typedIntoInsertion(tr: Transaction, changes: Changes): boolean {
  const [step, ...more] = tr.steps;
  if (!(step instanceof ReplaceStep) || more.length > 0 || step.from !== step.to) return false;
  const { content, openStart, openEnd } = step.slice;
  let inline = openStart === 0 && openEnd === 0 && content.childCount > 0;
  content.forEach((node) => {
    inline &&= node.isInline;
  });
  return inline && changes.inserted.some(({ from, to }) => from <= step.from && step.from <= to);
}

/** The changes moved along with what was typed into an insertion: the insertion grows by it. */
function moved(old: TrackState, tr: Transaction): TrackState {
  const { mapping } = tr;
  return {
    changes: {
      inserted: old.changes.inserted.map(({ from, to }) => ({ from: mapping.map(from, -1), to: mapping.map(to, 1) })),
      deleted: old.changes.deleted.map(({ at, tokens }) => ({ at: mapping.map(at, -1), tokens })),
    },
    decorations: old.decorations.map(mapping, tr.doc),
    moved: true,
  };
}

/**
 * Shows, in place, what the document changed from `base`. A character typed into an insertion
 * (most of a sentence being written) moves the changes shown along with it, which costs a key
 * almost nothing; anything else works them out again at once, and so does a pause in typing
 * (QUIET_MS), which may then find a shorter way to say them (a word deleted and typed again).
 */
export function trackedChanges(base: PMNode): Plugin<TrackState> {
  const tokens = tokenize(base);
  return new Plugin<TrackState>({
    key: trackedKey,
    state: {
      init: (_config, state) => compute(tokens, state.doc),
      apply(tr, old) {
        if (tr.getMeta(trackedKey) === WORK_OUT) return compute(tokens, tr.doc);
        if (!tr.docChanged) return old;
        return typedIntoInsertion(tr, old.changes) ? moved(old, tr) : compute(tokens, tr.doc);
      },
    },
    view(view) {
      const pause = whenQuiet(() =>
        view.dispatch(view.state.tr.setMeta(trackedKey, WORK_OUT).setMeta("addToHistory", false)),
      );
      return {
        update(current) {
          if (trackedKey.getState(current.state)?.moved) pause.ask();
        },
        destroy: pause.cancel,
      };
    },
    props: {
      decorations(state) {
        return this.getState(state)?.decorations;
      },
    },
  });
}

/** The number of changes tracked in an editor's state (0 when it does not track). */
export function trackedCount(state: EditorState): number {
  const tracked = trackedKey.getState(state);
  return tracked ? countChanges(tracked.changes) : 0;
}
