// The server's totals over what the viewer may see, shown as they come: no amount is added up
// here, so a total on screen can never differ from the server's (nor reveal a hidden pledge).
import { useState } from "react";
import { type Totals, useTotals } from "../../api/commitments";
import { ErrorNotice, Loading } from "../../components/Status";
import { t } from "../../i18n";
import { formatMoney } from "../../lib/money";
import { CurrencyInput, Field } from "./fields";

type Amounts = Totals["by_currency"];

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function AmountList({ amounts }: { amounts: Amounts }) {
  return (
    <ul className="amounts">
      {amounts.map((a) => (
        <li key={a.currency} data-currency={a.currency} data-amount={a.amount}>
          {formatMoney(a.amount, a.currency)}
        </li>
      ))}
    </ul>
  );
}

function TotalTable({ caption, rows, testId }: { caption: string; rows: Totals["by_project"]; testId: string }) {
  if (rows.length === 0) return null;
  return (
    <table className="admin-table totals-table" data-testid={testId}>
      <caption>{caption}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-total-of={row.key}>
            <th scope="row">{row.key}</th>
            <td>
              <AmountList amounts={row.amounts} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function TotalsView({ totals }: { totals: Totals }) {
  const converted = totals.converted;
  return (
    <div data-testid="totals" data-scope={totals.scope}>
      <p className={totals.scope === "all" ? "small muted" : "notice small"} data-testid="totals-scope">
        {totals.scope === "all" ? t.commitments.scopeAll : t.commitments.scopeVisible}
      </p>
      {totals.by_currency.length === 0 ? (
        <p className="muted">{t.commitments.noTotals}</p>
      ) : (
        <>
          <h3>{t.commitments.byCurrency}</h3>
          <div data-testid="totals-by-currency">
            <AmountList amounts={totals.by_currency} />
          </div>
          {converted && (
            <div className="converted" data-testid="totals-converted" data-amount={converted.amount}>
              <p>
                <strong>{t.commitments.converted(converted.reporting)}: </strong>
                <span className="big-amount">{formatMoney(converted.amount, converted.reporting)}</span>
              </p>
              <p className="small muted">{t.commitments.convertedAt(converted.on)}</p>
              {converted.missing_rates.length > 0 && (
                <p className="small warn-text" data-testid="missing-rates">
                  {t.commitments.missingRates(converted.missing_rates.join(", "))}
                </p>
              )}
            </div>
          )}
          <TotalTable caption={t.commitments.byProject} rows={totals.by_project} testId="totals-by-project" />
          <TotalTable caption={t.commitments.byDelegation} rows={totals.by_delegation} testId="totals-by-delegation" />
        </>
      )}
    </div>
  );
}

/** Totals with the reporting currency and the rates' date to convert at. */
export function TotalsPanel() {
  const [reporting, setReporting] = useState("USD");
  const [on, setOn] = useState(today);
  const totals = useTotals(/^[A-Z]{3}$/.test(reporting) ? reporting : "", on);
  return (
    <section className="card" aria-labelledby="totals-title">
      <h2 id="totals-title">{t.commitments.totals}</h2>
      <div className="inline-form">
        <Field label={t.commitments.reporting}>
          {(field) => <CurrencyInput id={field} value={reporting} onChange={setReporting} />}
        </Field>
        <Field label={t.commitments.ratesOn}>
          {(field) => <input id={field} type="date" value={on} onChange={(e) => setOn(e.target.value || today())} />}
        </Field>
      </div>
      {totals.isPending && <Loading />}
      {totals.isError && <ErrorNotice error={totals.error} />}
      {totals.data && <TotalsView totals={totals.data} />}
    </section>
  );
}
