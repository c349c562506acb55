import { useId, useState } from "react";
import type { CellPublic, Decision, MePublic, SectionPublic } from "../../api/client";
import { useSetPosition, useWithdrawPosition } from "../../api/consensus";
import { t } from "../../i18n";
import { ServerError } from "../ServerError";
import { setReviewed } from "./reviewed";

interface Props {
  section: SectionPublic;
  me: MePublic;
  /** My delegation's standing position on this paragraph, from the approval matrix. */
  mine: CellPublic | undefined;
  /** The version I marked as reviewed, if any. */
  reviewedVersion: number | undefined;
  label: string;
}

/** The delegation head's position on one paragraph, set from the document page. */
export function PositionControl({ section, me, mine, reviewedVersion, label }: Props) {
  const [asking, setAsking] = useState<"reservation" | "object" | null>(null);
  const [statement, setStatement] = useState("");
  const ids = { statement: useId(), reviewed: useId() };
  const version = section.current.number;
  const set = useSetPosition(section);
  const withdraw = useWithdrawPosition(section);
  const busy = set.isPending || withdraw.isPending;
  const delegation = me.delegation;
  if (!delegation) return null;

  function decide(decision: Decision) {
    const explained = decision === "reservation" || decision === "object";
    set.mutate(
      { version, decision, ...(explained ? { statement } : {}) },
      {
        onSuccess: () => {
          setAsking(null);
          setStatement("");
        },
      },
    );
  }

  const state = !mine?.decision || mine.state === "none" ? "none" : mine.state;
  const decision = mine?.decision ? (t.decision[mine.decision] ?? mine.decision) : "";
  const reviewed = reviewedVersion === version;
  return (
    <div className="position-control" data-testid="position-control" data-state={state}>
      <p className={`small position-now ${state === "stale" ? "stale-text" : ""}`} data-testid="my-position">
        {state === "none"
          ? t.margin.noPosition(delegation.code)
          : state === "stale"
            ? t.margin.stalePosition(delegation.code, decision, mine?.version ?? 0)
            : t.margin.position(delegation.code, decision)}
      </p>
      <div className="check-row small">
        <input
          id={ids.reviewed}
          type="checkbox"
          checked={reviewed}
          onChange={(e) => setReviewed(me.id, section.document_id, section.id, e.target.checked ? version : null)}
          data-testid="reviewed"
        />
        <label htmlFor={ids.reviewed}>{t.margin.reviewed}</label>
      </div>
      {asking === null ? (
        <div className="position-buttons">
          {/* Already approved on this text: nothing to press again. */}
          {!(state === "current" && mine?.decision === "approve") && (
            <button
              type="button"
              className="button small primary"
              onClick={() => decide("approve")}
              disabled={busy}
              aria-label={t.margin.approveLabel(label)}
              data-testid="approve"
            >
              {t.positions.approve}
            </button>
          )}
          <details className="more-positions">
            <summary className="button small">{t.margin.otherPositions}</summary>
            <div className="more-positions-list">
              <button type="button" className="button small" onClick={() => decide("ad_referendum")} disabled={busy}>
                {t.positions.adReferendum}
              </button>
              <button type="button" className="button small" onClick={() => setAsking("reservation")} disabled={busy}>
                {t.positions.reservation}
              </button>
              <button type="button" className="button small danger" onClick={() => setAsking("object")} disabled={busy}>
                {t.positions.object}
              </button>
              <button type="button" className="button small" onClick={() => decide("abstain")} disabled={busy}>
                {t.positions.abstain}
              </button>
              {state !== "none" && (
                <button
                  type="button"
                  className="button small"
                  onClick={() => withdraw.mutate(mine?.version ?? version)}
                  disabled={busy}
                >
                  {t.positions.withdraw}
                </button>
              )}
            </div>
          </details>
        </div>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (statement.trim()) decide(asking);
          }}
        >
          <label htmlFor={ids.statement}>
            {asking === "reservation" ? t.positions.reservationStatement : t.positions.objectionReason}
          </label>
          <textarea
            id={ids.statement}
            rows={2}
            dir="auto"
            value={statement}
            onChange={(e) => setStatement(e.target.value)}
            required
            // biome-ignore lint/a11y/noAutofocus: focus follows the click that opened this form
            autoFocus
          />
          <div className="actions">
            <button
              type="submit"
              className={`button small ${asking === "object" ? "danger" : "primary"}`}
              disabled={busy || !statement.trim()}
            >
              {asking === "reservation" ? t.positions.confirmReservation : t.positions.confirmObject}
            </button>
            <button type="button" className="button small" onClick={() => setAsking(null)}>
              {t.positions.cancel}
            </button>
          </div>
        </form>
      )}
      <ServerError error={set.error ?? withdraw.error} />
    </div>
  );
}
