import { type ReactNode, type RefObject, useEffect, useId, useRef } from "react";

interface Props {
  title: string;
  children?: ReactNode;
  confirm: string;
  cancel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
  /** `danger` (the default) for what cannot be undone; `primary` for a step forward. */
  tone?: "danger" | "primary";
  /** Holds the confirm button back (e.g. until a reason is given). */
  confirmDisabled?: boolean;
  /** What takes the focus when it opens, for a question that asks for words (a link's address);
   *  otherwise the safe choice, Cancel. */
  initialFocus?: RefObject<HTMLElement | null>;
}

/** An in-page modal question (a native <dialog>, opened with showModal): focus stays inside it,
 *  Escape cancels, and the focus goes back where it was when it closes. */
export function ConfirmDialog({
  title,
  children,
  confirm,
  cancel,
  busy = false,
  onConfirm,
  onCancel,
  testId,
  tone = "danger",
  confirmDisabled = false,
  initialFocus,
}: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const safe = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const onCancelRef = useRef(onCancel);
  onCancelRef.current = onCancel;
  const first = useRef(initialFocus);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === "function" && !dialog.open) dialog.showModal();
    // showModal focuses the first control, the confirm button: the safe choice takes the focus
    // (React's autoFocus runs before showModal and is undone by it).
    (first.current?.current ?? safe.current)?.focus();
    // Escape closes a modal dialog by itself: tell the owner.
    const cancelled = (e: Event) => {
      e.preventDefault();
      onCancelRef.current();
    };
    dialog.addEventListener("cancel", cancelled);
    return () => {
      dialog.removeEventListener("cancel", cancelled);
      if (dialog.open) dialog.close();
      if (before?.isConnected) before.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={children ? bodyId : undefined}
      data-testid={testId}
    >
      <h2 id={titleId}>{title}</h2>
      {children && <div id={bodyId}>{children}</div>}
      <p className="edit-actions">
        <button
          type="button"
          className={`button ${tone}`}
          onClick={onConfirm}
          disabled={busy || confirmDisabled}
          data-testid="confirm"
        >
          {confirm}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy} ref={safe} data-testid="cancel">
          {cancel}
        </button>
      </p>
    </dialog>
  );
}
