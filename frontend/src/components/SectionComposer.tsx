// Writing a new heading or paragraph on the document page in the rich-text editor (right-to-left
// text reads right to left), saved with POST /documents/{id}/sections. Loaded only when someone
// opens it (it brings ProseMirror).
import { useId, useState } from "react";
import type { SectionPublic } from "../api/client";
import { useAddSection } from "../api/drafting";
import { t } from "../i18n";
import { type InsertAt, insertBody } from "../lib/arrange";
import { RichEditor } from "./editor/RichEditor";
import { ServerError } from "./ServerError";

export type NewKind = "paragraph" | "heading";

interface Props {
  documentId: number;
  at: InsertAt;
  /** Where it goes, in words ("after para. 3"). */
  where: string;
  initialKind: NewKind;
  onSaved: (section: SectionPublic) => void | Promise<void>;
  onCancel: () => void;
}

export default function SectionComposer({ documentId, at, where, initialKind, onSaved, onCancel }: Props) {
  const [kind, setKind] = useState<NewKind>(initialKind);
  const [level, setLevel] = useState(1);
  const [text, setText] = useState("");
  const add = useAddSection(documentId);
  const saving = add.isPending || add.isSuccess;
  const ids = { title: useId(), kind: useId(), level: useId() };
  const empty = text.trim() === "";

  async function save() {
    if (empty || saving) return;
    const body = { text, kind, ...(kind === "heading" ? { level } : {}), ...insertBody(at) };
    // A refusal shows below (add.error); the composer closes once the document shows the new section.
    const created = await add.mutateAsync(body).catch(() => null);
    if (created) await onSaved(created);
  }

  return (
    <form
      className="card composer"
      aria-labelledby={ids.title}
      data-testid="section-composer"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape" && !saving) onCancel();
        if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void save();
        }
      }}
    >
      <h2 id={ids.title} className="composer-title">
        {kind === "heading" ? t.arrange.newHeading : t.arrange.newParagraph}{" "}
        <span className="muted small">{where}</span>
      </h2>
      <div className="composer-options">
        <fieldset className="composer-kind">
          <legend>{t.arrange.kind}</legend>
          {(["paragraph", "heading"] as const).map((k) => (
            <label key={k} className="checkbox">
              <input
                type="radio"
                name={ids.kind}
                value={k}
                checked={kind === k}
                onChange={() => setKind(k)}
                disabled={saving}
              />
              {k === "heading" ? t.arrange.heading : t.arrange.paragraph}
            </label>
          ))}
        </fieldset>
        {kind === "heading" && (
          <label htmlFor={ids.level} className="composer-level">
            {t.arrange.level}
            <select
              id={ids.level}
              value={level}
              onChange={(e) => setLevel(Number(e.target.value))}
              disabled={saving}
              data-testid="composer-level"
            >
              {[1, 2, 3, 4, 5, 6].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <div className={kind === "heading" ? `composer-heading level-${level}` : undefined}>
        <RichEditor
          value={text}
          onChange={setText}
          label={t.arrange.editorLabel(kind)}
          editable={!saving}
          placeholder={t.arrange.placeholder}
          testId="composer-editor"
          autoFocus
        />
      </div>
      <ServerError error={add.error} testId="composer-error" />
      <p className="edit-actions">
        <button type="submit" className="button primary" disabled={saving || empty} data-testid="composer-save">
          {saving ? t.arrange.saving : t.arrange.save(kind)}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={saving}>
          {t.arrange.cancel}
        </button>
        {empty && <span className="muted small">{t.arrange.empty}</span>}
      </p>
    </form>
  );
}
