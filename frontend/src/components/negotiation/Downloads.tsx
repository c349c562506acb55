import { useId, useState } from "react";
import { useRevisions } from "../../api/queries";
import { t } from "../../i18n";
import { type ExportVariant, earlierRevisions, exportUrl, previousRevision } from "../../lib/negotiation/exports";
import "../../styles/negotiation.css";

/** Word, Markdown and HTML files of the current text or a revision; redlines against another. */
export function Downloads({ documentId }: { documentId: number }) {
  const revisions = useRevisions(documentId);
  const labels = (revisions.data ?? []).map((r) => r.label);
  const [revision, setRevision] = useState("head");
  const [compareChoice, setCompareChoice] = useState<string | null>(null);
  const [variant, setVariant] = useState<ExportVariant>("clean");
  const ids = { revision: useId(), compare: useId(), variant: useId() };
  // A redline compares with an earlier text only: the revision before the chosen one by
  // default (for the current text: the last circulated revision), never the text itself.
  const candidates = earlierRevisions(labels, revision);
  const compareTo =
    compareChoice && candidates.includes(compareChoice) ? compareChoice : previousRevision(labels, revision);
  const url = (format: "docx" | "md" | "html", v: ExportVariant) =>
    exportUrl(documentId, { format, variant: v, revision, compareTo });

  return (
    <section className="card downloads" aria-labelledby="downloads-title" data-testid="downloads">
      <h2 id="downloads-title">{t.downloads.title}</h2>
      <label htmlFor={ids.revision}>{t.downloads.revision}</label>
      <select
        id={ids.revision}
        value={revision}
        onChange={(e) => {
          setRevision(e.target.value);
          setCompareChoice(null);
        }}
        data-testid="download-revision"
      >
        <option value="head">{t.downloads.head}</option>
        {labels.map((l) => (
          <option key={l} value={l}>
            {l}
          </option>
        ))}
      </select>
      <ul className="plain download-links">
        <li>
          <a href={url("docx", "clean")} download data-testid="download-clean">
            {t.downloads.clean}
          </a>
        </li>
        <li>
          <a href={url("docx", "bracketed")} download data-testid="download-bracketed">
            {t.downloads.bracketed}
          </a>
        </li>
      </ul>
      <label htmlFor={ids.compare}>{t.downloads.compareTo}</label>
      <select
        id={ids.compare}
        value={compareTo ?? ""}
        onChange={(e) => setCompareChoice(e.target.value || null)}
        disabled={candidates.length === 0}
        data-testid="download-compare-to"
      >
        {!compareTo && <option value="">{t.downloads.noCompare}</option>}
        {candidates.map((l) => (
          <option key={l} value={l}>
            {l}
          </option>
        ))}
      </select>
      <ul className="plain download-links">
        <li>
          {compareTo ? (
            <a href={url("docx", "redline")} download data-testid="download-redline">
              {t.downloads.redline}
            </a>
          ) : (
            <span className="muted">{t.downloads.redline}</span>
          )}
        </li>
      </ul>
      <label htmlFor={ids.variant}>{t.downloads.variant}</label>
      <select id={ids.variant} value={variant} onChange={(e) => setVariant(e.target.value as ExportVariant)}>
        {(["clean", "bracketed", "redline"] as const).map((v) => (
          <option key={v} value={v} disabled={v === "redline" && !compareTo}>
            {t.downloads.variants[v]}
          </option>
        ))}
      </select>
      <ul className="plain download-links">
        <li>
          <a href={url("md", variant)} download data-testid="download-markdown">
            {t.downloads.markdown}
          </a>
        </li>
        <li>
          <a href={url("html", variant)} download data-testid="download-html">
            {t.downloads.html}
          </a>
        </li>
      </ul>
    </section>
  );
}
