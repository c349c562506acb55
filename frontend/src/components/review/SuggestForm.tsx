import { useId, useState } from "react";
import type { SectionPublic } from "../../api/client";
import { useProposeAmendment } from "../../api/deliberation";
import { t } from "../../i18n";
import { ServerError } from "../ServerError";
import { SuggestEditor, type SuggestEditorComponent } from "./SuggestEditor";

interface Props {
  section: SectionPublic;
  /** How the paragraph is named to assistive technology: "para. 3". */
  label: string;
  /** The proposer's delegation code, said under the button; null for a person on their own. */
  delegation: string | null;
  onDone: () => void;
  Editor?: SuggestEditorComponent;
}

/** Suggesting in place: edit the paragraph, "Propose" makes it an amendment of my delegation. */
export function SuggestForm({ section, label, delegation, onDone, Editor = SuggestEditor }: Props) {
  const [text, setText] = useState(section.current.text);
  const [rationale, setRationale] = useState("");
  const rationaleId = useId();
  const propose = useProposeAmendment(section);
  const unchanged = text.trim() === section.current.text.trim();
  return (
    <form
      className="suggest-form"
      aria-label={t.review.suggestLabel(label)}
      data-testid="suggest-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (unchanged || propose.isPending) return;
        propose.mutate({ text, base_version: section.current.number, rationale }, { onSuccess: onDone });
      }}
    >
      <Editor value={text} onChange={setText} label={t.review.editorLabel(label)} onEscape={onDone} autoFocus />
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
      {unchanged && <p className="small muted">{t.review.unchanged}</p>}
      <ServerError error={propose.error} testId="suggest-error" />
      <div className="button-group">
        <button type="submit" className="button primary small" disabled={unchanged || propose.isPending}>
          {propose.isPending ? t.review.proposing : t.review.propose}
        </button>
        <button type="button" className="button small" onClick={onDone}>
          {t.review.cancel}
        </button>
        {delegation && <span className="small muted">{t.review.proposeFor(delegation)}</span>}
      </div>
    </form>
  );
}
