// The register's small form fields: a label over its input, and the inputs for a currency code
// and a year, each written once for the commitment, rate and totals forms.
import { type ReactNode, useId } from "react";

/** A label over its input; the input is given the id through `children(id)`. */
export function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

interface InputProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
}

/** An ISO 4217 code: three letters, shown upper-case as typed; `list` names suggestions. */
export function CurrencyInput({ id, value, onChange, list }: InputProps & { list?: string }) {
  return (
    <input
      id={id}
      type="text"
      className="currency-input"
      list={list}
      maxLength={3}
      value={value}
      onChange={(e) => onChange(e.target.value.toUpperCase())}
    />
  );
}

export function YearInput({ id, value, onChange }: InputProps) {
  return (
    <input id={id} type="number" className="year-input" value={value} onChange={(e) => onChange(e.target.value)} />
  );
}
