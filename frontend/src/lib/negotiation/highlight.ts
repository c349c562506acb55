// Showing where a comment is anchored. The API gives the anchor as code-point offsets into the
// current version's Markdown source; the page shows the server-rendered HTML. `renderedRange`
// finds the same words in the rendered text (markup dropped, whitespace folded), and
// `markRanges` wraps them in <mark> elements.

const MARKUP = new Set(["*", "_", "`", "~", "\\"]);

function escapeRegExp(char: string): string {
  return char.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

function patternFor(quote: string): RegExp | null {
  const chars = Array.from(quote).filter((c) => !MARKUP.has(c));
  const parts: string[] = [];
  for (const c of chars) {
    if (/\s/.test(c)) {
      if (parts.length > 0 && parts[parts.length - 1] !== "\\s+") parts.push("\\s+");
    } else {
      parts.push(escapeRegExp(c));
    }
  }
  while (parts[parts.length - 1] === "\\s+") parts.pop();
  if (parts.length === 0) return null;
  return new RegExp(parts.join(""), "gu");
}

function strip(text: string): string {
  return Array.from(text)
    .filter((c) => !MARKUP.has(c))
    .join("");
}

/**
 * Where the source span [start, end) (code points of `source`) shows in `rendered`, as UTF-16
 * offsets (what DOM ranges count); null when the words cannot be found there.
 */
export function renderedRange(
  source: string,
  rendered: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  const points = Array.from(source);
  if (start < 0 || end > points.length || start >= end) return null;
  const pattern = patternFor(points.slice(start, end).join(""));
  if (!pattern) return null;
  // The same occurrence as in the source: the quote may appear several times.
  const upToEnd = strip(points.slice(0, end).join(""));
  const occurrence = Math.max(0, Array.from(upToEnd.matchAll(pattern)).length - 1);
  const found = Array.from(rendered.matchAll(pattern));
  if (found.length === 0) return null;
  const match = found[Math.min(occurrence, found.length - 1)];
  if (!match) return null;
  const at = match.index ?? 0;
  return { start: at, end: at + match[0].length };
}

export interface MarkRange {
  id: string;
  start: number;
  end: number;
}

function textNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/**
 * Wraps each range (UTF-16 offsets into `root.textContent`) in <mark class="anchor-mark">
 * elements, one per text node it crosses, carrying `data-comment-id`. Returns how many
 * elements were made. The text content of `root` is unchanged.
 */
export function markRanges(root: HTMLElement, ranges: readonly MarkRange[]): number {
  const doc = root.ownerDocument;
  let made = 0;
  for (const range of ranges) {
    let offset = 0;
    for (const node of textNodes(root)) {
      const length = node.data.length;
      const from = Math.max(range.start, offset);
      const to = Math.min(range.end, offset + length);
      if (from < to) {
        let target = node;
        if (from > offset) target = target.splitText(from - offset);
        if (to < offset + length) target.splitText(to - from);
        const mark = doc.createElement("mark");
        mark.className = "anchor-mark";
        mark.dataset.commentId = range.id;
        target.parentNode?.replaceChild(mark, target);
        mark.appendChild(target);
        made++;
      }
      offset += length;
      if (offset >= range.end) break;
    }
  }
  return made;
}
