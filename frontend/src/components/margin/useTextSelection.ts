// Words selected anywhere in the document's text, as the anchor a comment would be posted with.
// Listens to `selectionchange`, so that mouse, keyboard (Shift+arrows) and touch selections all
// count; the selection must lie within one paragraph's text.
import { type RefObject, useCallback, useEffect, useState } from "react";
import { type Anchor, anchorFromSelection } from "../../lib/anchor";

export interface Picked {
  sectionId: number;
  anchor: Anchor;
  /** Where to offer the "Comment" button, in page coordinates (below the selection's end). */
  top: number;
  left: number;
}

const SETTLE_MS = 120;

/** The paragraph text element and its section id around `node`, within `container`. */
function paragraphOf(container: HTMLElement, node: Node | null): { text: HTMLElement; sectionId: number } | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  const text = element?.closest<HTMLElement>('[data-testid="section-text"]');
  const article = text?.closest<HTMLElement>("[data-section-id]");
  if (!text || !article || !container.contains(article)) return null;
  return { text, sectionId: Number(article.dataset.sectionId) };
}

export function pickSelection(
  container: HTMLElement,
  selection: Selection | null,
  sourceOf: (sectionId: number) => string | undefined,
): Picked | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const start = paragraphOf(container, range.startContainer);
  const end = paragraphOf(container, range.endContainer);
  if (!start || !end || start.text !== end.text) return null;
  const source = sourceOf(start.sectionId);
  if (source === undefined) return null;
  const anchor = anchorFromSelection(start.text, selection, source);
  if (!anchor) return null;
  // Below the selection's last line (jsdom has no layout: no rectangles there).
  const rects = typeof range.getClientRects === "function" ? range.getClientRects() : null;
  const rect = rects && rects.length > 0 ? rects[rects.length - 1] : null;
  return {
    sectionId: start.sectionId,
    anchor,
    top: (rect?.bottom ?? 0) + window.scrollY + 6,
    left: (rect?.left ?? 0) + window.scrollX,
  };
}

/** The current selection in `container` as a comment anchor; `clear` forgets it. */
export function useTextSelection(
  container: RefObject<HTMLElement | null>,
  sourceOf: (sectionId: number) => string | undefined,
  enabled: boolean,
) {
  const [picked, setPicked] = useState<Picked | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const root = container.current;
        if (!root) return;
        setPicked(pickSelection(root, window.getSelection(), sourceOf));
      }, SETTLE_MS);
    };
    window.document.addEventListener("selectionchange", onChange);
    return () => {
      clearTimeout(timer);
      window.document.removeEventListener("selectionchange", onChange);
    };
  }, [container, sourceOf, enabled]);
  const clear = useCallback(() => setPicked(null), []);
  /** The selection as it is now: the button may be pressed before the last change has settled. */
  const now = useCallback((): Picked | null => {
    const root = container.current;
    return root ? pickSelection(root, window.getSelection(), sourceOf) : null;
  }, [container, sourceOf]);
  return { picked, clear, now };
}
