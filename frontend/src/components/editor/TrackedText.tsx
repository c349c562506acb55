// A section's text shown as it reads (rendered, never Markdown), with what it changed from `base`
// marked in place: insertions underlined, deletions struck through. Read-only; the same document
// model and tracked changes as the editor, so the two always agree.
import { EditorState } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { useEffect, useRef } from "react";
import { bracketHighlight } from "./brackets";
import { parseMarkdown } from "./markdown";
import { trackedChanges } from "./tracked";
import "./editor.css";

interface Props {
  /** The text compared with; null shows `text` plainly. */
  base: string | null;
  text: string;
  testId?: string;
}

export function TrackedText({ base, text, testId }: Props) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current) return;
    const plugins = [bracketHighlight(), ...(base === null ? [] : [trackedChanges(parseMarkdown(base))])];
    const view = new EditorView(host.current, {
      state: EditorState.create({ doc: parseMarkdown(text), plugins }),
      editable: () => false,
      attributes: {
        dir: "auto",
        class: "rich-text section-text tracked",
        ...(testId ? { "data-testid": testId } : {}),
      },
    });
    return () => view.destroy();
  }, [base, text, testId]);
  return <div className="tracked-text" ref={host} />;
}
