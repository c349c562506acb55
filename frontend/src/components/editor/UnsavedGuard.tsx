// Unsaved edits are never lost: while `dirty`, leaving by any in-app link asks first (react-router's
// blocker), and so does leaving by the browser (reload, close, typed address: beforeunload).
import { useCallback, useEffect, useRef } from "react";
import { type BlockerFunction, useBlocker } from "react-router";
import { t } from "../../i18n";
import { ConfirmDialog } from "../ConfirmDialog";

export function UnsavedGuard({ dirty }: { dirty: boolean }) {
  // One blocker function for the editor's life: a new one on every keystroke would make the router
  // update its state, and so render the whole page, at each key.
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      dirtyRef.current &&
      currentLocation.pathname + currentLocation.search !== nextLocation.pathname + nextLocation.search,
    [],
  );
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  if (blocker.state !== "blocked") return null;
  return (
    <ConfirmDialog
      title={t.editor.leaveUnsaved}
      confirm={t.richEditor.discard}
      cancel={t.richEditor.keepEditing}
      onConfirm={() => blocker.proceed()}
      onCancel={() => blocker.reset()}
      testId="unsaved-dialog"
    />
  );
}
