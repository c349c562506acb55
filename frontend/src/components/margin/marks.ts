// The anchored words of a paragraph's open threads, highlighted in the paragraph's rendered text
// on the document page. The text element belongs to SectionView (React renders its HTML); the
// marks are laid over it and taken off again, so that React's HTML and the marks never fight.
import { markRanges, renderedRange } from "../../lib/negotiation/highlight";

export interface Span {
  id: string;
  start: number;
  end: number;
}

/** Takes the marks off: the text nodes go back where they were, merged. */
export function clearMarks(root: HTMLElement): void {
  const marks = Array.from(root.querySelectorAll<HTMLElement>("mark.anchor-mark"));
  if (marks.length === 0) return;
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
  }
  root.normalize();
}

/** Marks the spans (code points of the Markdown `source`) in `root`'s rendered text; how many. */
export function markSpans(root: HTMLElement, source: string, spans: readonly Span[]): number {
  clearMarks(root);
  const rendered = root.textContent ?? "";
  const ranges = spans
    .map((s) => {
      const r = renderedRange(source, rendered, s.start, s.end);
      return r && { id: s.id, ...r };
    })
    .filter((r): r is Span => r !== null);
  return markRanges(root, ranges);
}

/** Shows which thread is active: its marks get the `active` class. */
export function markActive(root: HTMLElement, active: string | null): void {
  for (const mark of Array.from(root.querySelectorAll<HTMLElement>("mark.anchor-mark"))) {
    mark.classList.toggle("active", active !== null && mark.dataset.commentId === active);
  }
}
