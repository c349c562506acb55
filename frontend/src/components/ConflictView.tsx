import { MergeView } from "@codemirror/merge";
import { EditorView } from "@codemirror/view";
import { useEffect, useRef } from "react";
import { t } from "../i18n";
import type { EditEvent, EditState } from "../lib/conflict";
import { markdownExtensions } from "./markdownPanes";

type Conflict = Extract<EditState, { phase: "conflict" }>;

/**
 * Three-way view: the base both edits started from (above), then their version beside the
 * resolution (which starts as this person's text). Arrows in the gutter copy a chunk of theirs
 * into the resolution; the resolution is saved against their version.
 */
export function ConflictView({ state, dispatch }: { state: Conflict; dispatch: (e: EditEvent) => void }) {
  const host = useRef<HTMLDivElement>(null);
  const merge = useRef<MergeView | null>(null);
  const dispatchRef = useRef(dispatch);
  dispatchRef.current = dispatch;
  const resolution = useRef(state.resolution);
  resolution.current = state.resolution;

  useEffect(() => {
    if (!host.current) return;
    const view = new MergeView({
      parent: host.current,
      a: { doc: state.theirs.text, extensions: markdownExtensions(t.conflict.theirs(state.theirs.version), false) },
      b: {
        doc: resolution.current,
        extensions: [
          ...markdownExtensions(t.conflict.mine, true),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) dispatchRef.current({ type: "resolve", text: update.state.doc.toString() });
          }),
        ],
      },
      revertControls: "a-to-b",
      highlightChanges: true,
      gutter: true,
    });
    merge.current = view;
    return () => {
      view.destroy();
      merge.current = null;
    };
    // Rebuilt only when their version changes (a second conflict); edits flow through dispatch.
  }, [state.theirs.version, state.theirs.text]);

  useEffect(() => {
    const b = merge.current?.b;
    if (b && b.state.doc.toString() !== state.resolution) {
      b.dispatch({ changes: { from: 0, to: b.state.doc.length, insert: state.resolution } });
    }
  }, [state.resolution]);

  return (
    <section className="conflict" aria-labelledby="conflict-title" data-testid="conflict-view">
      <h2 id="conflict-title">{t.conflict.title}</h2>
      <p>{t.conflict.intro(state.theirs.version)}</p>
      {state.ranges.length > 0 && (
        <div className="clashes">
          <h3>{t.conflict.clashes}</h3>
          <ul data-testid="conflict-clashes">
            {state.ranges.map((r) => (
              <li key={`${r.base_start}-${r.base_end}`} dir="auto">
                {t.conflict.clash(state.base.text.slice(r.base_start, r.base_end), r.current, r.proposed)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="conflict-base">
        <h3>{t.conflict.base(state.base.version)}</h3>
        <pre dir="auto" data-testid="conflict-base">
          {state.base.text}
        </pre>
      </div>
      <div className="merge-labels" aria-hidden="true">
        <span>{t.conflict.theirs(state.theirs.version)}</span>
        <span>{t.conflict.mine}</span>
      </div>
      <div className="merge-host" ref={host} data-testid="conflict-merge" />
      <fieldset className="conflict-actions button-group" aria-label={t.conflict.title}>
        <button type="button" className="button small" onClick={() => dispatch({ type: "take", side: "mine" })}>
          {t.conflict.takeMine}
        </button>
        <button type="button" className="button small" onClick={() => dispatch({ type: "take", side: "theirs" })}>
          {t.conflict.takeTheirs}
        </button>
        <button type="button" className="button small" onClick={() => dispatch({ type: "take", side: "base" })}>
          {t.conflict.takeBase}
        </button>
      </fieldset>
    </section>
  );
}
