// The exchange rates the secretariat enters, each with its date; totals convert at the latest
// rate on or before the date asked for. Nothing is fetched from outside.
import { useId, useState } from "react";
import { useRates, useSetRate } from "../../api/commitments";
import { ServerError } from "../../components/ServerError";
import { ErrorNotice, Loading } from "../../components/Status";
import { t } from "../../i18n";
import { parseAmount, RATE_PATTERN } from "../../lib/money";
import { CurrencyInput, Field } from "./fields";

export function Rates({ manage }: { manage: boolean }) {
  const rates = useRates();
  const set = useSetRate();
  const [currency, setCurrency] = useState("EUR");
  const [reporting, setReporting] = useState("USD");
  const [asOf, setAsOf] = useState(() => new Date().toISOString().slice(0, 10));
  const [rate, setRate] = useState("");
  const [problem, setProblem] = useState("");
  const base = useId();
  const id = (name: string) => `${base}-${name}`;

  function submit() {
    const exact = parseAmount(rate, RATE_PATTERN);
    if (exact === null) return setProblem(t.commitments.badRate);
    if (!/^[A-Z]{3}$/.test(currency) || !/^[A-Z]{3}$/.test(reporting)) return setProblem(t.commitments.badCurrency);
    setProblem("");
    set.mutate({ currency, reporting, as_of: asOf, rate: exact }, { onSuccess: () => setRate("") });
  }

  return (
    <section className="card" aria-labelledby={id("title")}>
      <h2 id={id("title")}>{t.commitments.rates}</h2>
      <p className="small muted">{t.commitments.ratesHint}</p>
      {rates.isPending && <Loading />}
      {rates.isError && <ErrorNotice error={rates.error} />}
      {rates.data && rates.data.length === 0 && <p className="muted">{t.commitments.noRates}</p>}
      {rates.data && rates.data.length > 0 && (
        <table className="admin-table" data-testid="rates">
          <thead>
            <tr>
              <th scope="col">{t.commitments.asOf}</th>
              <th scope="col">{t.commitments.rate}</th>
            </tr>
          </thead>
          <tbody>
            {rates.data.map((r) => (
              <tr key={`${r.currency}-${r.reporting}-${r.as_of}`} data-rate={`${r.currency}/${r.reporting}`}>
                <td className="nowrap">{r.as_of}</td>
                <td>
                  1 {r.currency} = {r.rate} {r.reporting}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {manage && (
        <form
          className="rate-form"
          aria-label={t.commitments.enterRate}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <div className="form-columns">
            <Field label={t.commitments.currency}>
              {(field) => <CurrencyInput id={field} value={currency} onChange={setCurrency} />}
            </Field>
            <Field label={t.commitments.reporting}>
              {(field) => <CurrencyInput id={field} value={reporting} onChange={setReporting} />}
            </Field>
            <div>
              <label htmlFor={id("as-of")}>{t.commitments.asOf}</label>
              <input id={id("as-of")} type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
            </div>
            <div>
              <label htmlFor={id("rate")}>{t.commitments.rate}</label>
              <input
                id={id("rate")}
                type="text"
                inputMode="decimal"
                className="rate-input"
                value={rate}
                aria-describedby={id("rate-hint")}
                onChange={(e) => setRate(e.target.value)}
              />
            </div>
          </div>
          <p id={id("rate-hint")} className="small muted">
            {t.commitments.rateHint}
          </p>
          {problem && (
            <div className="form-error" role="alert">
              <p>{problem}</p>
            </div>
          )}
          <ServerError error={set.error} />
          <button type="submit" className="button primary" disabled={set.isPending}>
            {t.commitments.enterRate}
          </button>
        </form>
      )}
    </section>
  );
}
