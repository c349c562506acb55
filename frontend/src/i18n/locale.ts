// The interface's language: chosen by the person (remembered in this browser and, once signed in,
// in their preferences on the server), else the browser's first language Concord speaks, else English.
// It is fixed for the life of the page: switching stores the choice and reloads, so every module
// reads one dictionary and no component needs to re-render on a change of language.

export const LANGUAGES = ["en", "fr", "ar", "he"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language in its own words, as the switch offers it. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: "English",
  fr: "Français",
  ar: "العربية",
  he: "עברית",
};

export const RTL_LANGUAGES: ReadonlySet<Language> = new Set(["ar", "he"]);
const STORAGE_KEY = "concord.language";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** The language this browser remembers the person chose, if any. */
export function storedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null; // storage refused (private mode, policy): fall back to the browser's languages
  }
}

const UNSENT_KEY = "concord.language.unsent";

/**
 * Keep the choice in this browser. `unsent`: the server has not heard of it (chosen while signed
 * out, or the server could not take it then); it is sent at the next sign-in.
 */
export function rememberLanguage(language: Language, unsent = false): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
    if (unsent) window.localStorage.setItem(UNSENT_KEY, "1");
    else window.localStorage.removeItem(UNSENT_KEY);
  } catch {
    // Nothing to do: the choice lasts for this page only.
  }
}

/** Whether this browser's choice has still to be sent to the server. */
export function languageUnsent(): boolean {
  try {
    return window.localStorage.getItem(UNSENT_KEY) === "1";
  } catch {
    return false;
  }
}

/** The first of the browser's languages Concord speaks ("fr-CA" → fr), else English. */
export function browserLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split("-")[0];
    if (base === "iw") return "he"; // the old code some systems still send
    if (isLanguage(base)) return base;
  }
  return "en";
}

export function chooseLanguage(): Language {
  if (typeof window === "undefined") return "en";
  return storedLanguage() ?? browserLanguage(window.navigator.languages ?? [window.navigator.language]);
}

export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

export function formatNumberIn(language: string, n: number): string {
  let format = numbers.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language);
    numbers.set(language, format);
  }
  return format.format(n);
}

/**
 * The form of `forms` the language's own plural rules choose for n (Arabic has six: zero, one,
 * two, few, many, other), with `#` replaced by n written for the locale. Never `n === 1`.
 */
export function pluralIn(language: string, n: number, forms: PluralForms): string {
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(language);
    rules.set(language, rule);
  }
  const text = forms[rule.select(n)] ?? forms.other;
  return text.replace("#", formatNumberIn(language, n));
}
