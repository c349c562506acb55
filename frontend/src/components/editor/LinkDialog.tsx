import { useId, useRef, useState } from "react";
import { t } from "../../i18n";
import { ConfirmDialog } from "../ConfirmDialog";

interface Props {
  /** The address the selected words link to now; null when they link nowhere. */
  current: string | null;
  /** The address to link to; empty removes the link. */
  onApply: (href: string) => void;
  onCancel: () => void;
}

/** Link the selected words: an in-page question with the address field focused (Enter applies,
 *  Escape cancels); emptying the field removes the link. */
export function LinkDialog({ current, onApply, onCancel }: Props) {
  const [href, setHref] = useState(current ?? "https://");
  const field = useRef<HTMLInputElement>(null);
  const id = useId();
  const apply = () => onApply(href.trim());
  return (
    <ConfirmDialog
      title={current === null ? t.richEditor.linkTitle : t.richEditor.linkChange}
      confirm={href.trim() || current === null ? t.richEditor.linkApply : t.richEditor.linkRemove}
      cancel={t.richEditor.linkCancel}
      tone="primary"
      confirmDisabled={!href.trim() && current === null}
      initialFocus={field}
      onConfirm={apply}
      onCancel={onCancel}
      testId="link-dialog"
    >
      <label htmlFor={id}>{t.richEditor.linkAddress}</label>
      <input
        id={id}
        ref={field}
        type="url"
        dir="ltr"
        value={href}
        onChange={(event) => setHref(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== "Enter") return;
          event.preventDefault();
          if (href.trim() || current !== null) apply();
        }}
        className="link-address"
        data-testid="link-address"
      />
      {current !== null && <p className="small muted">{t.richEditor.linkEmptyRemoves}</p>}
    </ConfirmDialog>
  );
}
