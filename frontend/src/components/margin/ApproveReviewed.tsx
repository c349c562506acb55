import { useState } from "react";
import type { CellPublic, DocumentOverview, MePublic } from "../../api/client";
import { isApiError } from "../../api/client";
import { type ApproveOutcome, useApproveMany } from "../../api/consensus";
import { errorMessage, t } from "../../i18n";
import { ConfirmDialog } from "../ConfirmDialog";
import { reviewedCurrent, useReviewed } from "./reviewed";

interface Props {
  document: DocumentOverview;
  me: MePublic;
  positions: ReadonlyMap<number, CellPublic[]>;
}

/** "Approve the paragraphs I reviewed": one step for the head, one approval per paragraph. */
export function ApproveReviewed({ document: doc, me, positions }: Props) {
  const reviewed = useReviewed(me.id, doc.id);
  const [asking, setAsking] = useState(false);
  const [outcomes, setOutcomes] = useState<ApproveOutcome[] | null>(null);
  const approve = useApproveMany(doc.id);
  const delegationId = me.delegation?.id;
  const todo = reviewedCurrent(
    doc.sections.filter((s) => s.kind !== "heading"),
    reviewed,
  ).filter((s) => {
    const mine = positions.get(s.id)?.find((p) => p.delegation_id === delegationId);
    return !(mine?.state === "current" && mine.decision === "approve");
  });
  const label = (sectionId: number) => {
    const n = doc.sections.find((s) => s.id === sectionId)?.number;
    return n != null ? t.document.para(n) : t.document.heading;
  };
  const done = outcomes?.filter((o) => o.ok).length ?? 0;
  const failed = outcomes?.filter((o) => !o.ok) ?? [];

  return (
    <section className="card approve-reviewed" aria-labelledby="approve-reviewed-title" data-testid="approve-reviewed">
      <h2 id="approve-reviewed-title">{t.margin.reviewTitle}</h2>
      <p className="small muted">{t.margin.reviewHint}</p>
      {outcomes && (
        <div className={`notice small ${failed.length ? "warn" : "ok"}`} role="status" data-testid="approve-outcome">
          <p>{t.margin.approvedMany(done)}</p>
          {failed.length > 0 && (
            <ul>
              {failed.map((o) => (
                <li key={o.sectionId}>
                  {label(o.sectionId)}:{" "}
                  {isApiError(o.error) ? errorMessage(o.error.code, o.error.message, o.error.status) : String(o.error)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <button
        type="button"
        className="button primary"
        disabled={todo.length === 0 || approve.isPending}
        onClick={() => {
          setOutcomes(null);
          setAsking(true);
        }}
        data-testid="approve-reviewed-button"
      >
        {t.margin.approveReviewed(todo.length)}
      </button>
      {asking && (
        <ConfirmDialog
          title={t.margin.approveReviewedTitle(todo.length)}
          confirm={t.margin.approveReviewed(todo.length)}
          cancel={t.positions.cancel}
          tone="primary"
          busy={approve.isPending}
          onConfirm={() =>
            approve.mutate(
              todo.map((s) => ({ sectionId: s.id, version: s.current.number })),
              {
                onSuccess: (result) => {
                  setOutcomes(result);
                  setAsking(false);
                },
              },
            )
          }
          onCancel={() => setAsking(false)}
          testId="approve-reviewed-dialog"
        >
          <p>{t.margin.approveReviewedBody(me.delegation?.name ?? "")}</p>
          <ul className="plain small">
            {todo.map((s) => (
              <li key={s.id}>{t.margin.approveLine(label(s.id), s.current.number)}</li>
            ))}
          </ul>
        </ConfirmDialog>
      )}
    </section>
  );
}
