// Word diffs from the API (`[[op, text], …]`, op -1 removed, 0 kept, 1 added) turned into
// segments the page renders as <del>/<ins>, with counts and long unchanged runs folded.

export type DiffOp = -1 | 0 | 1;
export type DiffPair = [number, string];
export type SegmentKind = "equal" | "insert" | "delete";

export interface Segment {
  kind: SegmentKind;
  text: string;
}

export interface FoldedSegment extends Segment {
  /** Present on an equal run that was shortened: how many characters were left out. */
  omitted?: number;
}

const KIND: Record<DiffOp, SegmentKind> = { [-1]: "delete", 0: "equal", 1: "insert" };

function kindOf(op: number): SegmentKind {
  if (op !== -1 && op !== 0 && op !== 1) throw new Error(`unknown diff op ${op}`);
  return KIND[op];
}

/** Adjacent pairs with the same op are merged; empty texts dropped. */
export function toSegments(diff: readonly DiffPair[]): Segment[] {
  const out: Segment[] = [];
  for (const [op, text] of diff) {
    if (!text) continue;
    const kind = kindOf(op);
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += text;
    else out.push({ kind, text });
  }
  return out;
}

/** The text before (`"from"`) or after (`"to"`) the change. */
export function sideText(diff: readonly DiffPair[], side: "from" | "to"): string {
  const skip = side === "from" ? 1 : -1;
  return diff
    .filter(([op]) => op !== skip)
    .map(([, text]) => text)
    .join("");
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export interface DiffStats {
  added: number;
  removed: number;
  unchanged: number;
}

export function diffStats(diff: readonly DiffPair[]): DiffStats {
  const stats: DiffStats = { added: 0, removed: 0, unchanged: 0 };
  for (const [op, text] of diff) {
    const words = countWords(text);
    if (op === 1) stats.added += words;
    else if (op === -1) stats.removed += words;
    else stats.unchanged += words;
  }
  return stats;
}

export function isUnchanged(diff: readonly DiffPair[]): boolean {
  return diff.every(([op, text]) => op === 0 || text === "");
}

/**
 * Shortens equal runs longer than `2 * context` characters to their first and last `context`
 * characters (cut at word boundaries when possible), so a long paragraph with one change
 * shows the change in its context.
 */
export function foldEqual(segments: readonly Segment[], context = 60): FoldedSegment[] {
  const out: FoldedSegment[] = [];
  segments.forEach((segment, index) => {
    if (segment.kind !== "equal" || segment.text.length <= context * 2 + 10) {
      out.push({ ...segment });
      return;
    }
    const first = index === 0;
    const last = index === segments.length - 1;
    const head = first ? "" : cutAfter(segment.text, context);
    const tail = last ? "" : cutBefore(segment.text, context);
    const omitted = segment.text.length - head.length - tail.length;
    if (head) out.push({ kind: "equal", text: head });
    out.push({ kind: "equal", text: "", omitted });
    if (tail) out.push({ kind: "equal", text: tail });
  });
  return out;
}

function cutAfter(text: string, n: number): string {
  const space = text.indexOf(" ", n);
  return space === -1 || space > n + 20 ? text.slice(0, n) : text.slice(0, space + 1);
}

function cutBefore(text: string, n: number): string {
  const from = text.length - n;
  const space = text.lastIndexOf(" ", from);
  return space === -1 || space < from - 20 ? text.slice(from) : text.slice(space);
}

/** The API's diff (typed loosely by the generated client) checked into pairs. */
export function asPairs(diff: ReadonlyArray<ReadonlyArray<string | number>>): DiffPair[] {
  return diff.map((pair) => {
    const [op, text] = pair;
    if (typeof op !== "number" || typeof text !== "string") throw new Error("malformed diff from the server");
    return [op, text];
  });
}
