// Turning a selection in a rendered paragraph into the anchor a comment is posted with:
// `{quote, prefix, suffix}` where `quote` occurs verbatim in the version's Markdown source
// (the server re-finds it there, version after version: deliberation/anchors.py).

export interface Anchor {
  quote: string;
  prefix: string;
  suffix: string;
}

/** Characters of context kept on each side (the server keeps the same: anchors.CONTEXT). */
export const CONTEXT = 32;
/** Longer selections are refused: a comment anchors to a phrase, not a chapter. */
export const MAX_QUOTE = 2000;

/** Offsets of a range within `root.textContent`, or null when the range leaves `root`. */
export function rangeOffsets(root: Node, range: Range): { start: number; end: number } | null {
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const start = offsetOf(root, range.startContainer, range.startOffset);
  const end = offsetOf(root, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  return start <= end ? { start, end } : { start: end, end: start };
}

function offsetOf(root: Node, container: Node, offset: number): number | null {
  // A boundary inside an element counts its child nodes; inside text, its characters.
  const doc = root.ownerDocument ?? (root as Document);
  const probe = doc.createRange();
  probe.selectNodeContents(root);
  try {
    probe.setEnd(container, offset);
  } catch {
    return null;
  }
  return probe.toString().length;
}

/** Quote and context from rendered text and a selected span, whitespace-trimmed. */
export function anchorInText(text: string, start: number, end: number, context = CONTEXT): Anchor | null {
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  if (start >= end || end - start > MAX_QUOTE) return null;
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
  };
}

const MARKUP = "[*_`~\\\\]*";

function escapeRegExp(char: string): string {
  return char.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * Where a quote taken from rendered text sits in the Markdown source. Inline markup between
 * the quoted characters (`**`, `_`, `` ` ``) and runs of whitespace are tolerated. Among several
 * occurrences the one whose surroundings best match the rendered prefix and suffix wins.
 */
export function locateInSource(source: string, rendered: Anchor): { start: number; end: number } | null {
  const chars = Array.from(rendered.quote.replace(/\s+/g, " "));
  const pattern = chars.map((c) => (c === " " ? "\\s+" : escapeRegExp(c))).join(MARKUP);
  const regexp = new RegExp(pattern, "gu");
  let best: { start: number; end: number; score: number } | null = null;
  for (const match of source.matchAll(regexp)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const score =
      commonSuffix(strip(source.slice(0, start)), strip(rendered.prefix)) +
      commonPrefix(strip(source.slice(end)), strip(rendered.suffix));
    if (!best || score > best.score) best = { start, end, score };
  }
  return best && { start: best.start, end: best.end };
}

function strip(text: string): string {
  return text.replace(/[*_`~\\]/g, "").replace(/\s+/g, " ");
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * The anchor for a selection inside `root` (a rendered paragraph) against the version's
 * Markdown `source`; null when nothing usable is selected or the quote is not in the source.
 */
export function anchorFromSelection(
  root: Node,
  selection: Pick<Selection, "rangeCount" | "getRangeAt" | "isCollapsed">,
  source: string,
  context = CONTEXT,
): Anchor | null {
  if (selection.rangeCount === 0 || selection.isCollapsed) return null;
  const offsets = rangeOffsets(root, selection.getRangeAt(0));
  if (!offsets) return null;
  const rendered = anchorInText(root.textContent ?? "", offsets.start, offsets.end, context);
  if (!rendered) return null;
  const found = locateInSource(source, rendered);
  if (!found) return null;
  return {
    quote: source.slice(found.start, found.end),
    prefix: source.slice(Math.max(0, found.start - context), found.start),
    suffix: source.slice(found.end, found.end + context),
  };
}
