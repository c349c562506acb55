// Editing one paragraph where it stands on the document page: the rich-text editor over the current
// version, Save (Ctrl+Enter), Escape or Close to leave (asking first when there are changes), and the
// three-way conflict view in place when someone saved the same words meanwhile.
import { useReducer, useRef, useState } from "react";
import type { SectionPublic } from "../../api/client";
import { isApiError } from "../../api/client";
import { useSaveVersion } from "../../api/drafting";
import { t } from "../../i18n";
import { conflictDetails, editReducer, isDirty, saveRequest, startEditing } from "../../lib/conflict";
import { ConfirmDialog } from "../ConfirmDialog";
import { ConflictView } from "../ConflictView";
import { sectionLabel } from "../SectionView";
import { RichEditor } from "./RichEditor";
import { UnsavedGuard } from "./UnsavedGuard";

interface Props {
  documentId: number;
  section: SectionPublic;
  /** Leave the editor (after a save, or when the person leaves it). */
  onClose: () => void;
}

export function InPlaceEditor({ documentId, section, onClose }: Props) {
  const [state, dispatch] = useReducer(editReducer, startEditing(section.current.number, section.current.text));
  const [asking, setAsking] = useState(false);
  const saveVersion = useSaveVersion(documentId, section.id);
  const stateRef = useRef(state);
  stateRef.current = state;
  const label = sectionLabel(section);
  const dirty = isDirty(state);

  function leave() {
    if (isDirty(stateRef.current)) setAsking(true);
    else onClose();
  }

  async function save() {
    const next = editReducer(stateRef.current, { type: "save" });
    const body = saveRequest(next);
    if (!body) return;
    dispatch({ type: "save" });
    try {
      const saved = await saveVersion.mutateAsync(body);
      dispatch({
        type: "saved",
        version: saved.number,
        merged: saved.merged,
        created: saved.created,
        text: saved.text,
      });
      // A merge is worth reading: the person stays with the merged text; otherwise the editor closes.
      if (!saved.merged) onClose();
    } catch (error) {
      const details = isApiError(error, "edit_conflict") ? conflictDetails(error.details) : null;
      if (details) dispatch({ type: "conflict", details, theirsVersion: details.currentVersion });
      else dispatch({ type: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  }

  const shown = state.phase === "failed" ? state.previous : state;
  const failure = state.phase === "failed" ? state.message : null;
  const saving = shown.phase === "saving" || (shown.phase === "conflict" && shown.saving);

  return (
    <div
      className="in-place-editor card"
      // The interface's words keep their direction beside a right-to-left paragraph; the text has its own.
      dir={t.app.direction}
      data-testid="in-place-editor"
      data-section-id={section.id}
    >
      <UnsavedGuard dirty={dirty} />
      {failure && (
        <div className="notice error" role="alert">
          <p>{failure}</p>
          <button type="button" className="button small" onClick={() => dispatch({ type: "dismiss" })}>
            {t.app.retry}
          </button>
        </div>
      )}
      {shown.phase === "conflict" ? (
        <ConflictView state={shown} dispatch={dispatch} />
      ) : shown.phase === "saved" ? (
        <p
          className={`notice ${shown.merged ? "warn" : "ok"}`}
          role="status"
          data-testid={shown.merged ? "save-merged" : "save-ok"}
        >
          {shown.merged ? t.editor.merged(shown.version) : t.editor.saved(shown.version)}
        </p>
      ) : (
        <RichEditor
          value={shown.text}
          onChange={(text) => dispatch({ type: "edit", text })}
          label={t.editor.title(label)}
          editable={!saving}
          autoFocus
          testId="section-editor"
          onEscape={leave}
          onSubmit={() => void save()}
        />
      )}
      <p className="edit-actions">
        {shown.phase !== "saved" && (
          <button
            type="button"
            className="button primary"
            disabled={saving || !!failure || (shown.phase === "editing" && shown.text === shown.baseText)}
            onClick={() => void save()}
            data-testid={shown.phase === "conflict" ? "save-resolution" : "save-section"}
          >
            {saving
              ? t.editor.saving
              : shown.phase === "conflict"
                ? t.conflict.save(shown.theirs.version)
                : t.editor.save}
          </button>
        )}
        <button type="button" className="button" onClick={leave} disabled={saving} data-testid="close-editor">
          {t.richEditor.leave}
        </button>
        <span className="muted small">{t.richEditor.editHint}</span>
      </p>
      {asking && (
        <ConfirmDialog
          title={t.editor.leaveUnsaved}
          confirm={t.richEditor.discard}
          cancel={t.richEditor.keepEditing}
          onConfirm={() => {
            setAsking(false);
            onClose();
          }}
          onCancel={() => setAsking(false)}
          testId="unsaved-dialog"
        />
      )}
    </div>
  );
}
