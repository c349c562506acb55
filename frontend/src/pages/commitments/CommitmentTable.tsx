// Commitments as a table: pledgers with their shares, the amount, kind, period, status. The
// secretariat moves each on (draft → confirmed → announced, or back to draft) and edits it.
import { Fragment, useState } from "react";
import { Link } from "react-router";
import { type CommitmentPublic, type CommitmentStatus, useUpdateCommitment } from "../../api/commitments";
import { commitmentPaths } from "../../app/routes";
import { UnannouncedTag } from "../../components/Badges";
import { ServerError } from "../../components/ServerError";
import { t } from "../../i18n";
import { formatMoney } from "../../lib/money";
import { CommitmentForm } from "./CommitmentForm";

const MOVES: Record<CommitmentStatus, { to: CommitmentStatus; label: string }[]> = {
  draft: [{ to: "confirmed", label: t.commitments.confirm }],
  confirmed: [
    { to: "announced", label: t.commitments.announce },
    { to: "draft", label: t.commitments.backToDraft },
  ],
  announced: [],
};

function Actions({ commitment, onEdit }: { commitment: CommitmentPublic; onEdit: () => void }) {
  const update = useUpdateCommitment(commitment.id);
  return (
    <>
      <div className="actions">
        {MOVES[commitment.status].map((move) => (
          <button
            key={move.to}
            type="button"
            className={move.to === "draft" ? "button small secondary" : "button small"}
            aria-label={t.commitments.changeLabel(move.label, commitment.project_title)}
            disabled={update.isPending}
            onClick={() => update.mutate({ status: move.to })}
          >
            {move.label}
          </button>
        ))}
        {commitment.status !== "announced" && (
          <button
            type="button"
            className="button small subtle"
            aria-label={t.commitments.changeLabel(t.commitments.edit, commitment.project_title)}
            onClick={onEdit}
          >
            {t.commitments.edit}
          </button>
        )}
      </div>
      <ServerError error={update.error} />
    </>
  );
}

export function CommitmentTable({
  commitments,
  manage,
  showProject,
  testId = "commitments",
}: {
  commitments: CommitmentPublic[];
  manage: boolean;
  showProject: boolean;
  testId?: string;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const columns = 6 + (showProject ? 1 : 0) + (manage ? 1 : 0);
  return (
    <table className="admin-table commitments-table" data-testid={testId}>
      <thead>
        <tr>
          {showProject && <th scope="col">{t.commitments.project}</th>}
          <th scope="col">{t.commitments.pledgers}</th>
          <th scope="col" className="num">
            {t.commitments.amount}
          </th>
          <th scope="col">{t.commitments.kind}</th>
          <th scope="col">{t.commitments.period}</th>
          <th scope="col">{t.commitments.status}</th>
          <th scope="col">{t.commitments.named}</th>
          {manage && (
            <th scope="col">
              <span className="visually-hidden">{t.commitments.edit}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {commitments.map((c) => (
          <Fragment key={c.id}>
            <tr data-commitment={c.id} data-status={c.status} data-amount={c.amount} data-currency={c.currency}>
              {showProject && (
                <td data-label={t.commitments.project}>
                  <Link to={commitmentPaths.project(c.project_id)}>{c.project_title}</Link>
                </td>
              )}
              <td data-label={t.commitments.pledgers}>
                <ul className="shares">
                  {c.pledgers.map((s) => (
                    <li key={s.delegation.id} data-pledger={s.delegation.code} data-share={s.amount}>
                      <span>{s.delegation.name}</span>
                      <UnannouncedTag party={s.delegation} />
                      {c.pledgers.length > 1 && <span className="share"> {formatMoney(s.amount, c.currency)}</span>}
                    </li>
                  ))}
                </ul>
              </td>
              <td className="num" data-label={t.commitments.amount}>
                {formatMoney(c.amount, c.currency)}
              </td>
              <td data-label={t.commitments.kind}>{t.commitments.kinds[c.kind] ?? c.kind}</td>
              <td className="nowrap" data-label={t.commitments.period}>
                {c.period_start === c.period_end ? c.period_start : `${c.period_start}–${c.period_end}`}
              </td>
              <td data-label={t.commitments.status}>
                <span className={`tag status-${c.status}`}>{t.commitments.statuses[c.status] ?? c.status}</span>
              </td>
              <td data-label={t.commitments.named}>{c.publish_name ? t.commitments.named : t.commitments.anonymous}</td>
              {manage && (
                <td className="actions-cell">
                  <Actions commitment={c} onEdit={() => setEditing(editing === c.id ? null : c.id)} />
                </td>
              )}
            </tr>
            {manage && editing === c.id && (
              <tr className="detail-row">
                <td colSpan={columns}>
                  <CommitmentForm commitment={c} onDone={() => setEditing(null)} />
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
