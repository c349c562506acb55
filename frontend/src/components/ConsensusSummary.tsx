import type { ApprovalSummary } from "../api/client";
import { t } from "../i18n";
import { ApprovalProgress } from "./Badges";

export function ConsensusSummary({ summary }: { summary: ApprovalSummary }) {
  const rows = [
    { key: "agreed", label: t.consensus.agreed, n: summary.agreed },
    { key: "adref", label: t.consensus.adReferendum, n: summary.ad_referendum },
    { key: "pending", label: t.consensus.pending, n: summary.pending },
    { key: "objected", label: t.consensus.objected, n: summary.objected },
  ];
  return (
    <section className="card consensus" aria-labelledby="consensus-title" data-testid="consensus-summary">
      <h2 id="consensus-title">{t.consensus.title}</h2>
      <ApprovalProgress summary={summary} />
      <dl className="consensus-counts">
        {rows.map((row) => (
          <div key={row.key} className={`count count-${row.key}`} data-testid={`consensus-${row.key}`}>
            <dt>{row.label}</dt>
            <dd>{row.n}</dd>
          </div>
        ))}
      </dl>
      <p className="small muted" data-testid="bracketed-share">
        {t.document.bracketed(summary.brackets.share)}
      </p>
      {summary.brackets.crossing > 0 && (
        <p className="small muted" data-testid="crossing-spans">
          {t.document.crossing(summary.brackets.crossing)}
        </p>
      )}
    </section>
  );
}
