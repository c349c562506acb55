import { useId, useState } from "react";
import { useNavigate } from "react-router";
import { useImportDraft } from "../../api/wordin";
import { paths } from "../../app/routes";
import { ServerError } from "../../components/ServerError";
import { t } from "../../i18n";

/** "Import a draft": a Word or Markdown file, previewed (a dry run) before anything is stored. */
export function ImportDraft({ title, workingGroupId }: { title: string; workingGroupId?: number }) {
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const preview = useImportDraft();
  const create = useImportDraft();
  const id = useId();
  const plan = preview.data;

  function check(chosen: File | null) {
    setFile(chosen);
    preview.reset();
    if (chosen) preview.mutate({ file: chosen, title, workingGroupId, dryRun: true });
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="import-draft">
      <h2 id={`${id}-title`}>{t.wordin.importDraft}</h2>
      <p className="small muted">{t.wordin.importHint}</p>
      <label htmlFor={`${id}-file`}>{t.wordin.file}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".docx,.md,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/markdown"
        onChange={(e) => check(e.target.files?.[0] ?? null)}
        data-testid="import-file"
      />
      <ServerError error={preview.error ?? create.error} />
      {plan && (
        <div data-testid="import-preview">
          <h3>{t.wordin.preview}</h3>
          <p>
            {t.wordin.summary(
              plan.sections.filter((s) => s.kind === "heading").length,
              plan.sections.filter((s) => s.kind === "paragraph").length,
              plan.footnotes,
              plan.numbers_left_out,
            )}
          </p>
          {plan.warnings.length > 0 && (
            <ul className="small" data-testid="import-warnings">
              {plan.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          <ol className="import-preview">
            {plan.sections.slice(0, 12).map((s, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a preview's sections have no ids yet
              <li key={index} dir="auto" className={s.kind === "heading" ? "heading" : undefined}>
                {s.text.length > 280 ? `${s.text.slice(0, 280)}…` : s.text}
              </li>
            ))}
          </ol>
          {plan.sections.length > 12 && <p className="small muted">{t.wordin.more(plan.sections.length - 12)}</p>}
          <button
            type="button"
            className="button primary"
            disabled={create.isPending || !file}
            onClick={() =>
              file &&
              create.mutate(
                { file, title, workingGroupId, dryRun: false },
                { onSuccess: (made) => made.document_id && void navigate(paths.document(made.document_id)) },
              )
            }
            data-testid="import-confirm"
          >
            {t.wordin.importNow(plan.sections.length)}
          </button>
        </div>
      )}
    </section>
  );
}
