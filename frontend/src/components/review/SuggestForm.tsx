import { useId, useRef, useState } from "react";
import type { SectionPublic } from "../../api/client";
import { useProposeAmendment } from "../../api/deliberation";
import { t } from "../../i18n";
import { ConfirmDialog } from "../ConfirmDialog";
import { UnsavedGuard } from "../editor/UnsavedGuard";
import { ServerError } from "../ServerError";
import { trackStyle } from "./colors";
import { SuggestEditor, type SuggestEditorComponent } from "./SuggestEditor";

interface Props {
  section: SectionPublic;
  /** How the paragraph is named to assistive technology: "para. 3". */
  label: string;
  /** The proposer's delegation code, said under the button; null for a person on their own. */
  delegation: string | null;
  /** The delegation's colour: the person's own changes show in it, as their suggestions will. */
  color?: string;
  onDone: () => void;
  Editor?: SuggestEditorComponent;
}

/**
 * Suggesting in place: the person edits the paragraph in the rich-text editor, their own changes
 * tracked as they type (underlined, struck through); "Propose" (or Ctrl+Enter) makes the edited
 * text an amendment of their delegation on the current version. Leaving with changes asks first.
 */
export function SuggestForm({ section, label, delegation, color, onDone, Editor = SuggestEditor }: Props) {
  const base = section.current.text;
  const [text, setText] = useState(base);
  const [rationale, setRationale] = useState("");
  const [asking, setAsking] = useState(false);
  const rationaleId = useId();
  const propose = useProposeAmendment(section);
  const unchanged = text.trim() === base.trim();
  const latest = useRef({ text, rationale, unchanged });
  latest.current = { text, rationale, unchanged };

  function submit() {
    const now = latest.current;
    if (now.unchanged || propose.isPending) return;
    propose.mutate(
      { text: now.text, base_version: section.current.number, rationale: now.rationale },
      { onSuccess: onDone },
    );
  }

  function leave() {
    if (latest.current.unchanged) onDone();
    else setAsking(true);
  }

  return (
    <form
      className="suggest-form"
      // The interface's words keep their direction beside a right-to-left paragraph; the text has its own.
      dir={t.app.direction}
      style={color ? trackStyle(color) : undefined}
      aria-label={t.review.suggestLabel(label)}
      data-testid="suggest-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <UnsavedGuard dirty={!unchanged && !propose.isSuccess} />
      <Editor
        value={text}
        onChange={setText}
        base={base}
        label={t.review.editorLabel(label)}
        onEscape={leave}
        onSubmit={submit}
        autoFocus
      />
      <label htmlFor={rationaleId} className="small">
        {t.review.optionalRationale}
      </label>
      <input
        id={rationaleId}
        type="text"
        dir="auto"
        value={rationale}
        onChange={(event) => setRationale(event.target.value)}
        data-testid="suggest-rationale"
      />
      <p className="small muted">{unchanged ? t.review.unchanged : t.review.trackedHint}</p>
      <ServerError error={propose.error} testId="suggest-error" />
      <div className="button-group">
        <button type="submit" className="button primary small" disabled={unchanged || propose.isPending}>
          {propose.isPending ? t.review.proposing : t.review.propose}
        </button>
        <button type="button" className="button small" onClick={leave}>
          {t.review.cancel}
        </button>
        {delegation && <span className="small muted">{t.review.proposeFor(delegation)}</span>}
      </div>
      {asking && (
        <ConfirmDialog
          title={t.review.leaveSuggestion}
          confirm={t.richEditor.discard}
          cancel={t.richEditor.keepEditing}
          onConfirm={() => {
            setAsking(false);
            onDone();
          }}
          onCancel={() => setAsking(false)}
          testId="unsaved-dialog"
        />
      )}
    </form>
  );
}
