// The approval matrix of a document: paragraphs × parties, current or stale positions.
import { useMemo } from "react";
import { Link, useParams } from "react-router";
import { useApprovals, useDocument } from "../api/queries";
import { paths } from "../app/routes";
import { UnannouncedTag } from "../components/Badges";
import { ConsensusSummary } from "../components/ConsensusSummary";
import { ErrorNotice, Loading } from "../components/Status";
import { t } from "../i18n";
import { shapeMatrix } from "../lib/negotiation/matrix";
import { useDocumentEvents } from "../live/useDocumentEvents";
import "../styles/negotiation.css";

const SYMBOL: Record<string, string> = {
  approve: "✓",
  ad_referendum: "↻",
  reservation: "✓*",
  object: "✕",
  abstain: "–",
};

export function ApprovalMatrixPage() {
  const documentId = Number(useParams().documentId);
  const document = useDocument(documentId);
  const approvals = useApprovals(documentId);
  useDocumentEvents(documentId);
  const shaped = useMemo(() => (approvals.data ? shapeMatrix(approvals.data) : null), [approvals.data]);

  if (approvals.isPending || document.isPending) return <Loading />;
  if (approvals.isError) return <ErrorNotice error={approvals.error} onRetry={() => void approvals.refetch()} />;
  if (document.isError) return <ErrorNotice error={document.error} />;
  const doc = document.data;
  if (!shaped) return <Loading />;

  return (
    <div className="page matrix-page">
      <p className="muted small">
        <Link to={paths.document(documentId)}>{doc.title}</Link> / {t.matrix.title}
      </p>
      <h1>{t.matrix.title}</h1>
      <div className="matrix-grid">
        <section className="card matrix-card">
          {shaped.parties.length === 0 ? (
            <p className="muted">{t.matrix.noParties}</p>
          ) : (
            <section
              className="table-scroll"
              // A region that scrolls sideways takes the keyboard's focus, or keyboards could not scroll it.
              // biome-ignore lint/a11y/noNoninteractiveTabindex: see above
              tabIndex={0}
              aria-label={t.matrix.caption(doc.title)}
            >
              <table className="matrix" data-testid="approval-matrix">
                <caption className="visually-hidden">{t.matrix.caption(doc.title)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.matrix.paragraph}</th>
                    {shaped.parties.map((p) => (
                      <th scope="col" key={p.id} data-announced={p.announced}>
                        <abbr title={p.name}>{p.code}</abbr>
                        <UnannouncedTag party={p} />
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {shaped.rows.map((row) => (
                    <tr
                      key={row.sectionId}
                      data-section-id={row.sectionId}
                      className={row.agreed ? "agreed" : row.objected ? "objected" : ""}
                    >
                      <th scope="row">
                        <Link to={paths.discussSection(documentId, row.sectionId)}>
                          {row.number != null ? t.document.para(row.number) : t.document.heading}
                        </Link>
                        <span className="small muted block">
                          {t.document.version(row.version)} ·{" "}
                          {row.agreed ? t.matrix.agreed : row.objected ? t.matrix.objected : t.matrix.open}
                        </span>
                      </th>
                      {row.cells.map((cell) => {
                        const decision = cell.decision ?? "none";
                        const words = t.matrix.cell(
                          cell.party.name,
                          t.decision[decision] ?? decision,
                          cell.state,
                          cell.version,
                        );
                        return (
                          <td
                            key={cell.party.id}
                            className={`cell decision-${decision} state-${cell.state}`}
                            data-party={cell.party.code}
                            data-decision={decision}
                            data-state={cell.state}
                            title={cell.statement ? `${words} — ${cell.statement}` : words}
                          >
                            <span aria-hidden="true">
                              {cell.state === "none" ? "" : SYMBOL[decision]}
                              {cell.state === "stale" && <span className="stale-mark"> {t.document.stale}</span>}
                            </span>
                            <span className="visually-hidden">{words}</span>
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t.matrix.total}</th>
                    {shaped.totals.map((total) => (
                      <td
                        key={total.party.id}
                        aria-label={t.matrix.totalsLabel(
                          total.party.name,
                          total.agreeing,
                          total.stale,
                          total.objecting,
                        )}
                      >
                        {t.matrix.totals(total.agreeing, total.stale, total.objecting)}
                      </td>
                    ))}
                  </tr>
                </tfoot>
              </table>
            </section>
          )}
          <p className="small muted">{t.matrix.legend}</p>
        </section>
        <ConsensusSummary summary={approvals.data.summary} />
      </div>
    </div>
  );
}
