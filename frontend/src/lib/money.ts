// Amounts arrive as exact decimal strings ("1250000.50"): never through a JS number, which would
// round a large pledge. Intl.NumberFormat formats the string itself, digit for digit.

const cache = new Map<string, Intl.NumberFormat>();

/** The fraction digits the currency is usually written with (JPY 0, EUR 2, KWD 3). */
function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

function formatter(currency: string, digits: number, locale?: string): Intl.NumberFormat {
  const key = `${locale ?? ""}|${currency}|${digits}`;
  let found = cache.get(key);
  if (!found) {
    const usual = currencyDigits(currency);
    found = new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      minimumFractionDigits: usual,
      // Never drop a digit the register holds (a pledge of 0.5 yen stays 0.5).
      maximumFractionDigits: Math.max(usual, digits),
    });
    cache.set(key, found);
  }
  return found;
}

const EXACT = /^-?\d+(\.\d+)?$/;

/** "1250000.5", "EUR" → "€1,250,000.50" (in the reader's locale); anything else as it came. */
export function formatMoney(amount: string, currency: string, locale?: string): string {
  if (!EXACT.test(amount)) return `${amount} ${currency}`;
  const digits = amount.split(".")[1]?.length ?? 0;
  try {
    // ES2023 (Intl.NumberFormat v3): a numeric string is formatted exactly, not via a float.
    return formatter(currency, digits, locale).format(amount as Intl.StringNumericLiteral);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** An amount as the register takes it: digits, optionally a point and up to four decimals. */
export const AMOUNT_PATTERN = /^[0-9]{1,15}(\.[0-9]{1,4})?$/;
/** A rate: units of the reporting currency for one unit. */
export const RATE_PATTERN = /^[0-9]{1,9}(\.[0-9]{1,10})?$/;

/** What a person types ("1,250,000.50", " 1 250 000 ") as the register's digits, or null. */
export function parseAmount(typed: string, pattern = AMOUNT_PATTERN): string | null {
  const plain = typed.trim().replace(/[\s,_']/g, "");
  return pattern.test(plain) ? plain : null;
}
