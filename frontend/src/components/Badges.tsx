import type { ApprovalSummary, DelegationPublic } from "../api/client";
import { t } from "../i18n";

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`status status-${status}`} data-testid="document-status">
      {t.status[status] ?? status}
    </span>
  );
}

/** Agreed / ad referendum / objected / pending paragraphs as one bar, with a text equivalent. */
export function ApprovalProgress({ summary }: { summary: ApprovalSummary }) {
  const total = Math.max(summary.paragraphs, 1);
  const parts = [
    { key: "agreed", n: summary.agreed, label: t.consensus.agreed },
    { key: "adref", n: summary.ad_referendum, label: t.consensus.adReferendum },
    { key: "objected", n: summary.objected, label: t.consensus.objected },
  ];
  return (
    <div className="progress" data-testid="approval-progress">
      <div className="progress-bar" aria-hidden="true">
        {parts.map((p) =>
          p.n > 0 ? (
            <span
              key={p.key}
              className={`progress-${p.key}`}
              style={{ width: `${(p.n / total) * 100}%` }}
              title={`${p.label}: ${p.n}`}
            />
          ) : null,
        )}
      </div>
      <span className="progress-text">{t.consensus.progress(summary.agreed, summary.paragraphs)}</span>
    </div>
  );
}

/** What the colours of `ApprovalProgress` mean: shown once beside a list of bars. */
export function ApprovalLegend() {
  const parts = [
    { key: "agreed", label: t.consensus.agreed },
    { key: "adref", label: t.consensus.adReferendum },
    { key: "objected", label: t.consensus.objected },
    { key: "pending", label: t.consensus.notYetAgreed },
  ];
  return (
    <ul className="progress-legend small" data-testid="approval-legend" aria-label={t.consensus.legend}>
      {parts.map((p) => (
        <li key={p.key}>
          <span className={`swatch progress-${p.key}`} aria-hidden="true" />
          {p.label}
        </li>
      ))}
    </ul>
  );
}

export function BracketShare({ share }: { share: number }) {
  const percent = Math.round(share * 100);
  return (
    <span className={`bracket-share ${percent === 0 ? "none" : ""}`} data-testid="bracketed-share">
      {t.home.bracketedShare(share)}
    </span>
  );
}

/** Marks a delegation the viewer knows of but others do not (only the secretariat and its own
 * members are ever sent one), so that a shared screen does not reveal it unawares. */
export function UnannouncedTag({ party }: { party: Pick<DelegationPublic, "name" | "announced"> }) {
  if (party.announced) return null;
  return (
    <span className="tag unannounced-tag" title={t.unannounced.title(party.name)} data-testid="unannounced-tag">
      {t.unannounced.mark}
    </span>
  );
}
