// Who may set a delegation's positions: the head always; delegates when the head allows them.
// Shown to the head (home page) and to the secretariat (a delegation's members).
import { useId, useState } from "react";
import type { DelegationPublic } from "../api/client";
import { useSetApprover } from "../api/identity";
import { useApprovers } from "../api/negotiation";
import { t } from "../i18n";
import { ServerError } from "./ServerError";
import { ErrorNotice, Loading } from "./Status";
import "../styles/negotiation.css";

function ApproverBox({
  delegationId,
  userId,
  name,
  allowed,
}: {
  delegationId: number;
  userId: number;
  name: string;
  allowed: boolean;
}) {
  const id = useId();
  const set = useSetApprover(delegationId);
  // The box follows the click at once (a controlled box would spring back until the server
  // answers), and the server's word once it has it; a refusal puts it back.
  const [wanted, setWanted] = useState<boolean | null>(null);
  if (wanted !== null && wanted === allowed && !set.isPending) setWanted(null);
  return (
    <li className="check-row" data-approver={userId} data-allowed={allowed}>
      <input
        id={id}
        type="checkbox"
        checked={wanted ?? allowed}
        disabled={set.isPending}
        onChange={(e) => {
          const want = e.target.checked;
          setWanted(want);
          set.mutate({ userId, allowed: want }, { onError: () => setWanted(null) });
        }}
      />
      <label htmlFor={id}>{t.approvers.mayApprove(name)}</label>
      <ServerError error={set.error} />
    </li>
  );
}

/** The delegates of `delegation`, each with a box "may approve" (its head or the secretariat). */
export function DelegationApprovers({
  delegation,
  heading = true,
}: {
  delegation: Pick<DelegationPublic, "id" | "name">;
  heading?: boolean;
}) {
  const approvers = useApprovers(delegation.id);
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} data-testid="approvers">
      {heading ? (
        <h2 id={titleId}>{t.approvers.title(delegation.name)}</h2>
      ) : (
        <h3 id={titleId} className="small">
          {t.approvers.title(delegation.name)}
        </h3>
      )}
      <p className="small muted">{t.approvers.hint}</p>
      {approvers.isPending && <Loading />}
      {approvers.isError && <ErrorNotice error={approvers.error} />}
      {approvers.data?.length === 0 && <p className="muted small">{t.approvers.none}</p>}
      <ul className="plain">
        {approvers.data?.map((a) =>
          a.user.id == null ? null : (
            <ApproverBox
              key={a.user.id}
              delegationId={delegation.id}
              userId={a.user.id}
              name={a.user.name}
              allowed={a.allowed}
            />
          ),
        )}
      </ul>
    </section>
  );
}
