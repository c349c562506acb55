import { useId } from "react";
import { t } from "../i18n";
import type { EditEvent, EditState } from "../lib/conflict";
import { renderPreview } from "../lib/markdown";
import { RichEditor } from "./editor/RichEditor";
import { TrackedText } from "./editor/TrackedText";
import { TrustedHtml } from "./TrustedHtml";

type Conflict = Extract<EditState, { phase: "conflict" }>;

/** A few words of Markdown as they read, for a sentence (no paragraph around them). */
function inline(markdown: string): string {
  const html = renderPreview(markdown).trim();
  return /^<p>([\s\S]*)<\/p>$/.exec(html)?.[1] ?? html;
}

/**
 * Three-way view, over the rendered text: the base both edits started from, then what they
 * changed and what I changed, each as tracked changes over the base; below, the resolution in
 * the rich-text editor (it starts as my text), saved against their version.
 */
export function ConflictView({ state, dispatch }: { state: Conflict; dispatch: (e: EditEvent) => void }) {
  const titleId = useId();
  return (
    <section className="conflict" aria-labelledby={titleId} data-testid="conflict-view">
      <h2 id={titleId}>{t.conflict.title}</h2>
      <p>{t.conflict.intro(state.theirs.version)}</p>
      {state.ranges.length > 0 && (
        <div className="clashes">
          <h3>{t.conflict.clashes}</h3>
          <ul data-testid="conflict-clashes">
            {state.ranges.map((r) => (
              <li key={`${r.base_start}-${r.base_end}`} dir="auto">
                {/* The sentence is ours; the words in it are rendered Markdown (lib/markdown, raw HTML off). */}
                <TrustedHtml
                  html={t.conflict.clash(
                    inline(state.base.text.slice(r.base_start, r.base_end)),
                    inline(r.current),
                    inline(r.proposed),
                  )}
                  as="div"
                />
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="conflict-panes">
        <figure className="conflict-pane">
          <figcaption>{t.conflict.base(state.base.version)}</figcaption>
          <TrackedText base={null} text={state.base.text} testId="conflict-base" />
        </figure>
        <figure className="conflict-pane">
          <figcaption>{t.conflict.theirs(state.theirs.version)}</figcaption>
          <TrackedText base={state.base.text} text={state.theirs.text} testId="conflict-theirs" />
        </figure>
        <figure className="conflict-pane">
          <figcaption>{t.conflict.yours}</figcaption>
          <TrackedText base={state.base.text} text={state.mine} testId="conflict-mine" />
        </figure>
      </div>
      <p className="small muted">{t.conflict.legend}</p>
      <h3>{t.conflict.mine}</h3>
      <RichEditor
        value={state.resolution}
        onChange={(text) => dispatch({ type: "resolve", text })}
        label={t.conflict.resolutionLabel(state.theirs.version)}
        editable={!state.saving}
        testId="conflict-resolution"
      />
      <fieldset className="conflict-actions button-group">
        <legend className="visually-hidden">{t.conflict.startFrom}</legend>
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
