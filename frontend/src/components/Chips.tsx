import type { CellPublic, DelegationPublic } from "../api/client";
import { t } from "../i18n";

const SYMBOL: Record<string, string> = {
  approve: "✓",
  ad_referendum: "↻",
  reservation: "✓*",
  object: "✕",
  abstain: "–",
};

/** One chip per party: its position on this paragraph, current or stale (given on an older version). */
export function ApprovalChips({
  label,
  parties,
  positions,
}: {
  label: string;
  parties: DelegationPublic[];
  positions: CellPublic[];
}) {
  const byParty = new Map(positions.map((p) => [p.delegation_id, p]));
  return (
    <ul className="chips" aria-label={t.document.approvalsOf(label)} data-testid="approval-chips">
      {parties.map((party) => {
        const cell = byParty.get(party.id);
        const state = cell?.state ?? "none";
        const decision = cell?.decision ?? "none";
        const decisionLabel = t.decision[decision] ?? decision;
        const said =
          state === "none" || !cell?.version
            ? t.document.noPosition(party.name)
            : state === "stale"
              ? t.document.staleTitle(party.name, decisionLabel, cell.version)
              : t.document.currentTitle(party.name, decisionLabel, cell.version);
        // Unannounced parties reach only the secretariat and their own members: marked for them.
        const title = party.announced ? said : `${said} ${t.unannounced.title(party.name)}`;
        return (
          <li
            key={party.id}
            className={`chip decision-${decision} state-${state}${party.announced ? "" : " unannounced"}`}
            title={title}
            data-party={party.code}
            data-decision={decision}
            data-state={state}
            data-announced={party.announced}
          >
            <span aria-hidden="true">
              {party.code} {state !== "none" ? (SYMBOL[decision] ?? "") : ""}
              {state === "stale" && <span className="stale-mark"> {t.document.stale}</span>}
              {!party.announced && <span className="unannounced-mark"> · {t.unannounced.mark}</span>}
            </span>
            <span className="visually-hidden">{title}</span>
          </li>
        );
      })}
    </ul>
  );
}
