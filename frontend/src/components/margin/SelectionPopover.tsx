import { createPortal } from "react-dom";
import { t } from "../../i18n";
import type { Picked } from "./useTextSelection";

const WIDTH = 180;

/** The "Comment" button offered under words selected in the text. */
export function SelectionPopover({ picked, onComment }: { picked: Picked; onComment: (picked: Picked) => void }) {
  // Kept inside the viewport: a button past the edge would make a phone's page scroll sideways.
  const max = Math.max(8, window.document.documentElement.clientWidth - WIDTH - 8);
  const left = Math.min(Math.max(8, picked.left), max);
  return createPortal(
    <div className="selection-popover" style={{ top: picked.top, left }} data-testid="selection-popover">
      <button
        type="button"
        className="button small primary"
        // Keep the selection: a mouse press on the button would otherwise clear it.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => onComment(picked)}
        data-testid="comment-on-selection"
      >
        {t.margin.commentOnSelection}
      </button>
    </div>,
    window.document.body,
  );
}
