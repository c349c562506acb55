import { useEffect, useLayoutEffect, useRef } from "react";
import { type Anchor, anchorFromSelection } from "../../lib/anchor";
import { markRanges, renderedRange } from "../../lib/negotiation/highlight";

interface Props {
  /** Server-rendered, safe HTML of the version. */
  html: string;
  /** Its Markdown source: anchors are taken from and offsets refer to it. */
  source: string;
  spans: { id: string; start: number; end: number }[];
  active: string | null;
  onSelect: (anchor: Anchor | null) => void;
  onMarkClick: (commentId: string) => void;
  label: string;
}

/**
 * A paragraph's rendered text with the anchored spans of open comment threads highlighted;
 * selecting words in it proposes them as the quote of a new comment.
 */
function markActive(root: HTMLElement, active: string | null) {
  for (const mark of Array.from(root.querySelectorAll<HTMLElement>("mark.anchor-mark"))) {
    mark.classList.toggle("active", active !== null && mark.dataset.commentId === active);
  }
}

export function AnchoredText({ html, source, spans, active, onSelect, onMarkClick, label }: Props) {
  const ref = useRef<HTMLElement>(null);
  const activeRef = useRef(active);
  activeRef.current = active;

  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    // The server renders Markdown with raw HTML disabled and unsafe links removed.
    root.innerHTML = html;
    const rendered = root.textContent ?? "";
    const ranges = spans
      .map((s) => {
        const r = renderedRange(source, rendered, s.start, s.end);
        return r && { id: s.id, ...r };
      })
      .filter((r): r is { id: string; start: number; end: number } => r !== null);
    markRanges(root, ranges);
    markActive(root, activeRef.current);
  }, [html, source, spans]);

  useEffect(() => {
    if (ref.current) markActive(ref.current, active);
  }, [active]);

  function takeSelection() {
    const root = ref.current;
    const selection = window.getSelection();
    if (!root || !selection || selection.isCollapsed) return;
    const anchor = anchorFromSelection(root, selection, source);
    if (anchor) onSelect(anchor);
  }

  return (
    <section
      ref={ref}
      className="section-text anchored-text"
      dir="auto"
      aria-label={label}
      data-testid="discuss-text"
      onMouseUp={takeSelection}
      onKeyUp={takeSelection}
      onClick={(event) => {
        const mark = (event.target as HTMLElement).closest<HTMLElement>("mark.anchor-mark");
        if (mark?.dataset.commentId) onMarkClick(mark.dataset.commentId);
      }}
    />
  );
}
