import { type ReactNode, useId, useState } from "react";
import { t } from "../../i18n";

/** A paragraph's actions: in a row on wide screens, behind one "Actions" button on phones. */
export function ParagraphMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="paragraph-menu" data-open={open}>
      <button
        type="button"
        className="button small paragraph-menu-toggle"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t.margin.actionsOf(label)}
        onClick={() => setOpen(!open)}
        data-testid="paragraph-menu"
      >
        {t.margin.actions} <span aria-hidden="true">▾</span>
      </button>
      <div className="paragraph-menu-items" id={id}>
        {children}
      </div>
    </div>
  );
}
