import { useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useCallback, useEffect, useReducer, useRef } from "react";
import { Link, useParams } from "react-router";
import { isApiError } from "../api/client";
import { useSaveVersion } from "../api/drafting";
import { sectionQuery, useDocument, useSection } from "../api/queries";
import { paths } from "../app/routes";
import { ConflictView } from "../components/ConflictView";
import { RichEditor } from "../components/editor/RichEditor";
import { UnsavedGuard } from "../components/editor/UnsavedGuard";
import { SectionShape } from "../components/SectionShape";
import { sectionLabel } from "../components/SectionView";
import { ErrorNotice, Loading } from "../components/Status";
import { TrustedHtml } from "../components/TrustedHtml";
import { t } from "../i18n";
import {
  conflictDetails,
  type EditEvent,
  type EditState,
  editReducer,
  isDirty,
  saveRequest,
  startEditing,
} from "../lib/conflict";
import { renderPreview } from "../lib/markdown";
import type { LiveEvent } from "../live/events";
import { useDocumentEvents } from "../live/useDocumentEvents";

export function SectionEdit() {
  const params = useParams();
  const documentId = Number(params.documentId);
  const sectionId = Number(params.sectionId);
  const document = useDocument(documentId);
  const section = useSection(sectionId);
  const queryClient = useQueryClient();
  const saveVersion = useSaveVersion(documentId, sectionId);
  const [state, dispatch] = useReducer(editReducer, startEditing(0, ""));
  const started = useRef(false);

  // The editor starts from the version current when the page opened, and keeps it as its base.
  useEffect(() => {
    if (!started.current && section.data) {
      started.current = true;
      dispatch({ type: "restart", baseVersion: section.data.current.number, baseText: section.data.current.text });
    }
  }, [section.data]);

  const stateRef = useRef(state);
  stateRef.current = state;

  const onEvent = useCallback(
    (event: LiveEvent) => {
      if (event.name === "version" && event.data.section_id === sectionId && typeof event.data.number === "number") {
        dispatch({ type: "newer", version: event.data.number });
      }
    },
    [sectionId],
  );

  async function startFromLatest() {
    const fresh = await queryClient.fetchQuery({ ...sectionQuery(sectionId), staleTime: 0 });
    dispatch({ type: "restart", baseVersion: fresh.current.number, baseText: fresh.current.text });
  }

  const editing = state.phase === "editing" || state.phase === "saving" || state.phase === "conflict";
  useDocumentEvents(documentId, { sectionId, state: editing ? "editing" : "viewing" }, onEvent);

  const dirty = isDirty(state);

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
    } catch (error) {
      // An edit conflict carries their text and its version number: resolve against exactly that.
      const details = isApiError(error, "edit_conflict") ? conflictDetails(error.details) : null;
      if (details) dispatch({ type: "conflict", details, theirsVersion: details.currentVersion });
      else dispatch({ type: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  }

  if (document.isPending || section.isPending) return <Loading />;
  if (document.isError) return <ErrorNotice error={document.error} />;
  if (section.isError) return <ErrorNotice error={section.error} />;
  const label = sectionLabel(section.data);
  const frozen = document.data.status !== "drafting";

  return (
    <div className="page edit-page">
      <UnsavedGuard dirty={dirty} />
      <p className="muted small">
        <Link to={paths.document(documentId)}>{document.data.title}</Link> / {label}
      </p>
      <h1>{t.editor.title(label)}</h1>
      {!frozen && <SectionShape section={section.data} />}
      {frozen ? (
        <p className="notice warn">{t.editor.frozen}</p>
      ) : (
        <EditorBody
          state={state}
          dispatch={dispatch}
          label={label}
          onSave={() => void save()}
          onLatest={() => void startFromLatest()}
          documentId={documentId}
        />
      )}
    </div>
  );
}

function EditorBody({
  state,
  dispatch,
  label,
  onSave,
  onLatest,
  documentId,
}: {
  state: EditState;
  dispatch: (e: EditEvent) => void;
  label: string;
  onSave: () => void;
  onLatest: () => void;
  documentId: number;
}) {
  const shown = state.phase === "failed" ? state.previous : state;
  const failure = state.phase === "failed" ? state.message : null;

  if (shown.phase === "saved") {
    return (
      <div className="saved" data-testid="save-result">
        <p
          className={`notice ${shown.merged ? "warn" : "ok"}`}
          role="status"
          data-testid={shown.merged ? "save-merged" : "save-ok"}
        >
          {shown.merged
            ? t.editor.merged(shown.version)
            : shown.created
              ? t.editor.saved(shown.version)
              : t.editor.savedSame}
        </p>
        <TrustedHtml html={renderPreview(shown.text)} className="card preview section-text" dir="auto" />
        <p className="edit-actions">
          <Link className="button primary" to={paths.document(documentId)}>
            {t.editor.cancel}
          </Link>
          <button
            type="button"
            className="button"
            onClick={() => dispatch({ type: "restart", baseVersion: shown.version, baseText: shown.text })}
          >
            {t.editor.editAgain}
          </button>
        </p>
      </div>
    );
  }

  const failureNotice = failure && (
    <div className="notice error" role="alert">
      <p>{failure}</p>
      <button type="button" className="button small" onClick={() => dispatch({ type: "dismiss" })}>
        {t.app.retry}
      </button>
    </div>
  );

  if (shown.phase === "conflict") {
    return (
      <>
        {failureNotice}
        <ConflictView state={shown} dispatch={dispatch} />
        <p className="edit-actions">
          <button
            type="button"
            className="button primary"
            disabled={shown.saving || !!failure}
            onClick={onSave}
            data-testid="save-resolution"
          >
            {shown.saving ? t.editor.saving : t.conflict.save(shown.theirs.version)}
          </button>
          <Link className="button" to={paths.document(documentId)}>
            {t.editor.cancel}
          </Link>
        </p>
      </>
    );
  }

  return (
    <SourceAndPreview
      state={shown}
      dispatch={dispatch}
      label={label}
      onSave={onSave}
      onLatest={onLatest}
      documentId={documentId}
      failureNotice={failureNotice}
    />
  );
}

function SourceAndPreview({
  state,
  dispatch,
  label,
  onSave,
  onLatest,
  documentId,
  failureNotice,
}: {
  state: Extract<EditState, { phase: "editing" | "saving" }>;
  dispatch: (e: EditEvent) => void;
  label: string;
  onSave: () => void;
  onLatest: () => void;
  documentId: number;
  failureNotice: ReactNode;
}) {
  const unchanged = state.text === state.baseText;
  const saving = state.phase === "saving";
  return (
    <>
      <p className="muted small" data-testid="base-version" data-base-version={state.baseVersion}>
        {t.editor.startedFrom(state.baseVersion)}
      </p>
      {state.newerVersion !== null && (
        <div className="notice warn" role="alert" data-testid="changed-under-you">
          <p>{t.editor.changedUnderYou(state.newerVersion)}</p>
          {unchanged && !saving && (
            <button type="button" className="button small" onClick={onLatest} data-testid="start-from-latest">
              {t.editor.startFromLatest(state.newerVersion)}
            </button>
          )}
        </div>
      )}
      {failureNotice}
      <RichEditor
        value={state.text}
        onChange={(text) => dispatch({ type: "edit", text })}
        label={t.editor.title(label)}
        editable={!saving}
        testId="section-editor"
        onSubmit={onSave}
      />
      <p className="edit-actions">
        <button
          type="button"
          className="button primary"
          disabled={saving || unchanged}
          onClick={onSave}
          data-testid="save-section"
        >
          {saving ? t.editor.saving : t.editor.save}
        </button>
        <Link className="button" to={paths.document(documentId)}>
          {t.editor.cancel}
        </Link>
        {unchanged && <span className="muted small">{t.editor.unchanged}</span>}
      </p>
    </>
  );
}
