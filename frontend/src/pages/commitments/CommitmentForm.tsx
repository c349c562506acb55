// Records a commitment, or changes one: the pledging delegations and their shares (several for
// a joint commitment), currency, kind, period, and whether the pledgers may be named. Amounts
// stay strings from the keyboard to the server; the server's refusals are shown in words.
import { useId, useState } from "react";
import {
  type CommitmentKind,
  type CommitmentPublic,
  type ProjectPublic,
  useCreateCommitment,
  useUpdateCommitment,
} from "../../api/commitments";
import { useDelegations } from "../../api/negotiation";
import { ServerError } from "../../components/ServerError";
import { t } from "../../i18n";
import { parseAmount } from "../../lib/money";
import { CurrencyInput, Field, YearInput } from "./fields";

const KINDS: CommitmentKind[] = ["grant", "loan", "in_kind"];
const COMMON_CURRENCIES = ["EUR", "USD", "GBP", "JPY", "CAD", "SAR", "AED", "EGP", "QAR", "KWD"];

interface Row {
  key: number;
  delegation: string;
  amount: string;
}

function check(
  rows: Row[],
  currency: string,
): { shares: { delegation_id: number; amount: string }[]; problems: string[] } {
  const problems: string[] = [];
  const shares = rows.map((row, i) => {
    if (!row.delegation) problems.push(t.commitments.missingPledger(i + 1));
    const amount = parseAmount(row.amount);
    if (amount === null) problems.push(t.commitments.badAmount(i + 1));
    return { delegation_id: Number(row.delegation), amount: amount ?? "" };
  });
  if (!/^[A-Z]{3}$/.test(currency)) problems.push(t.commitments.badCurrency);
  return { shares, problems };
}

export function CommitmentForm({
  commitment,
  project,
  projects,
  onDone,
}: {
  /** The commitment to change; none to record a new one. */
  commitment?: CommitmentPublic;
  /** The project a new commitment is for; else chosen among `projects`. */
  project?: ProjectPublic;
  projects?: ProjectPublic[];
  onDone?: () => void;
}) {
  const delegations = useDelegations();
  const create = useCreateCommitment();
  const update = useUpdateCommitment(commitment?.id ?? "");
  const write = commitment ? update : create;
  const [projectId, setProjectId] = useState(commitment?.project_id ?? project?.id ?? "");
  const [rows, setRows] = useState<Row[]>(
    commitment?.pledgers.map((s, key) => ({ key, delegation: String(s.delegation.id), amount: s.amount })) ?? [
      { key: 0, delegation: "", amount: "" },
    ],
  );
  const [currency, setCurrency] = useState(commitment?.currency ?? "EUR");
  const [kind, setKind] = useState<CommitmentKind>(commitment?.kind ?? "grant");
  const year = new Date().getFullYear();
  const [start, setStart] = useState(String(commitment?.period_start ?? year));
  const [end, setEnd] = useState(String(commitment?.period_end ?? year + 2));
  const [named, setNamed] = useState(commitment?.publish_name ?? false);
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState(false);
  const base = useId();
  const id = (name: string) => `${base}-${name}`;
  const choices = (delegations.data ?? []).filter((d) => d.kind !== "secretariat");
  const title = commitment
    ? t.commitments.editCommitment
    : project
      ? t.commitments.newCommitmentTo(project.title)
      : t.commitments.newCommitment;

  function setRow(key: number, change: Partial<Row>) {
    setRows(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  }

  function submit() {
    setDone(false);
    const { shares, problems: found } = check(rows, currency);
    if (!commitment && !projectId) found.unshift(t.commitments.chooseProject);
    setProblems(found);
    if (found.length > 0) return;
    const fields = {
      pledgers: shares,
      currency,
      kind,
      period_start: Number(start),
      period_end: Number(end),
      publish_name: named,
    };
    const onSuccess = () => {
      setDone(true);
      if (!commitment) setRows([{ key: Date.now(), delegation: "", amount: "" }]);
      onDone?.();
    };
    if (commitment) update.mutate(fields, { onSuccess });
    else create.mutate({ ...fields, project_id: projectId }, { onSuccess });
  }

  return (
    <form
      className="commitment-form"
      aria-label={title}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h3>{title}</h3>
      {!commitment && !project && (
        <>
          <label htmlFor={id("project")}>{t.commitments.project}</label>
          <select id={id("project")} value={projectId} onChange={(e) => setProjectId(e.target.value)}>
            <option value="">{t.commitments.chooseProject}</option>
            {(projects ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </>
      )}
      <fieldset className="pledger-rows">
        <legend>{t.commitments.pledgers}</legend>
        {rows.map((row, i) => (
          <div className="pledger-row" key={row.key} data-pledger-row={i + 1}>
            <div>
              <label htmlFor={id(`d${row.key}`)}>{t.commitments.pledger(i + 1)}</label>
              <select
                id={id(`d${row.key}`)}
                value={row.delegation}
                onChange={(e) => setRow(row.key, { delegation: e.target.value })}
              >
                <option value="">{t.commitments.chooseDelegation}</option>
                {choices.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.announced ? d.name : `${d.name} (${t.commitments.unannounced})`}
                  </option>
                ))}
              </select>
            </div>
            <div className="share-input">
              <label htmlFor={id(`a${row.key}`)}>{t.commitments.share(i + 1)}</label>
              <input
                id={id(`a${row.key}`)}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={row.amount}
                onChange={(e) => setRow(row.key, { amount: e.target.value })}
                aria-describedby={id("amount-hint")}
              />
            </div>
            {rows.length > 1 && (
              <button
                type="button"
                className="button small subtle"
                aria-label={t.commitments.removePledger(i + 1)}
                onClick={() => setRows(rows.filter((r) => r.key !== row.key))}
              >
                ×
              </button>
            )}
          </div>
        ))}
        <p id={id("amount-hint")} className="small muted">
          {t.commitments.amountHint}
        </p>
        <button
          type="button"
          className="button small secondary"
          onClick={() => setRows([...rows, { key: Date.now(), delegation: "", amount: "" }])}
        >
          {t.commitments.addPledger}
        </button>
      </fieldset>
      <div className="form-columns">
        <Field label={t.commitments.currency}>
          {(field) => (
            <>
              <CurrencyInput id={field} value={currency} onChange={setCurrency} list={id("currencies")} />
              <datalist id={id("currencies")}>
                {COMMON_CURRENCIES.map((c) => (
                  <option key={c} value={c} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label={t.commitments.kind}>
          {(field) => (
            <select id={field} value={kind} onChange={(e) => setKind(e.target.value as CommitmentKind)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t.commitments.kinds[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t.commitments.periodStart}>
          {(field) => <YearInput id={field} value={start} onChange={setStart} />}
        </Field>
        <Field label={t.commitments.periodEnd}>
          {(field) => <YearInput id={field} value={end} onChange={setEnd} />}
        </Field>
      </div>
      <div className="check-row">
        <input id={id("named")} type="checkbox" checked={named} onChange={(e) => setNamed(e.target.checked)} />
        <label htmlFor={id("named")}>{t.commitments.publishName}</label>
      </div>
      {problems.length > 0 && (
        <div className="form-error" role="alert" data-testid="form-problems">
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <ServerError error={write.error} />
      {done && !write.isPending && (
        <p className="small ok-text" role="status">
          {commitment ? t.commitments.saved : t.commitments.recorded}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button primary" disabled={write.isPending}>
          {commitment ? t.commitments.saveCommitment : t.commitments.createCommitment}
        </button>
        {onDone && commitment && (
          <button type="button" className="button subtle" onClick={onDone}>
            {t.commitments.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
