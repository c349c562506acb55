import { useId, useState } from "react";
import type { CellPublic, Decision, MePublic, SectionPublic } from "../../api/client";
import { useSetPosition, useWithdrawPosition } from "../../api/consensus";
import { formatDate, t } from "../../i18n";
import { ServerError } from "../ServerError";

interface Props {
  section: SectionPublic;
  me: MePublic;
  /** My delegation's standing position on this section, from the approval matrix. */
  mine: CellPublic | undefined;
  canSet: boolean;
}

/** The delegation head sets the delegation's position on the current text, or withdraws it. */
export function PositionPanel({ section, me, mine, canSet }: Props) {
  const [asking, setAsking] = useState<"reservation" | "object" | null>(null);
  const [statement, setStatement] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const statementId = useId();
  const version = section.current.number;
  const delegation = me.delegation;

  const set = useSetPosition(section);
  const withdraw = useWithdrawPosition(section);
  function decide(decision: Decision) {
    const explained = decision === "reservation" || decision === "object";
    set.mutate(
      { version, decision, ...(explained ? { statement } : {}) },
      {
        onSuccess: (approval) => {
          setAsking(null);
          setStatement("");
          setDone(
            approval.changed
              ? t.positions.saved(t.decision[approval.decision] ?? approval.decision, approval.version)
              : t.positions.unchanged,
          );
        },
        onError: () => setDone(null),
      },
    );
  }
  function withdrawMine() {
    withdraw.mutate(mine?.version ?? version, { onSuccess: () => setDone(t.positions.withdrawn) });
  }

  if (!delegation) return null;
  const decisionLabel = mine?.decision ? (t.decision[mine.decision] ?? mine.decision) : null;
  const stale = mine?.state === "stale";
  const busy = set.isPending || withdraw.isPending;

  return (
    <section className="card position" aria-labelledby="position-title" data-testid="position-panel">
      <h2 id="position-title">{t.positions.titleOf(delegation.name)}</h2>
      <p
        data-testid="my-position"
        data-state={mine?.state ?? "none"}
        data-decision={mine?.decision ?? "none"}
        className={stale ? "stale-text" : ""}
      >
        {!mine?.decision || mine.state === "none" || mine.version == null
          ? t.positions.none
          : stale
            ? t.positions.stale(decisionLabel ?? "", mine.version, version)
            : t.positions.current(decisionLabel ?? "", mine.version)}
      </p>
      {mine?.statement && mine.state !== "none" && (
        <p className="small" dir="auto">
          {t.positions.statement(mine.statement)}
        </p>
      )}
      {mine?.set_by && mine.set_at && mine.state !== "none" && (
        <p className="small muted">{t.positions.by(mine.set_by.name, formatDate(mine.set_at))}</p>
      )}
      {done && (
        <p className="notice ok small" role="status">
          {done}
        </p>
      )}
      <ServerError error={set.error ?? withdraw.error} />
      {!canSet && <p className="small muted">{me.is_head ? t.positions.notParty : t.positions.onlyApprovers}</p>}
      {canSet && !me.is_head && <p className="small muted">{t.approvers.youMay}</p>}
      {canSet && asking === null && (
        <fieldset className="actions decisions button-group" aria-label={t.positions.title}>
          <button type="button" className="button primary" onClick={() => decide("approve")} disabled={busy}>
            {t.positions.approve}
          </button>
          <button type="button" className="button" onClick={() => decide("ad_referendum")} disabled={busy}>
            {t.positions.adReferendum}
          </button>
          <button type="button" className="button" onClick={() => setAsking("reservation")} disabled={busy}>
            {t.positions.reservation}
          </button>
          <button type="button" className="button danger" onClick={() => setAsking("object")} disabled={busy}>
            {t.positions.object}
          </button>
          <button type="button" className="button" onClick={() => decide("abstain")} disabled={busy}>
            {t.positions.abstain}
          </button>
          {mine?.decision && mine.state !== "none" && (
            <button type="button" className="button subtle-dark" onClick={withdrawMine} disabled={busy}>
              {t.positions.withdraw}
            </button>
          )}
        </fieldset>
      )}
      {canSet && asking !== null && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (statement.trim()) decide(asking);
          }}
        >
          <label htmlFor={statementId}>
            {asking === "reservation" ? t.positions.reservationStatement : t.positions.objectionReason}
          </label>
          <textarea
            id={statementId}
            rows={3}
            dir="auto"
            value={statement}
            onChange={(e) => setStatement(e.target.value)}
            required
            // biome-ignore lint/a11y/noAutofocus: focus follows the click that opened this form
            autoFocus
            data-testid="position-statement"
          />
          <div className="actions">
            <button
              type="submit"
              className={`button ${asking === "object" ? "danger" : "primary"}`}
              disabled={busy || !statement.trim()}
            >
              {asking === "reservation" ? t.positions.confirmReservation : t.positions.confirmObject}
            </button>
            <button type="button" className="button" onClick={() => setAsking(null)}>
              {t.positions.cancel}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
