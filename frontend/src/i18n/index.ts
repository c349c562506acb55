// The messages in use: one dictionary, picked and loaded before the first render (see locale.ts
// and load.ts; the module waits for it, so every screen reads `t` as a plain object).
import type { Messages } from "./en";
import { loadDictionary } from "./load";
import {
  chooseLanguage,
  formatNumberIn,
  isLanguage,
  LANGUAGE_NAMES,
  LANGUAGES,
  type Language,
  languageUnsent,
  RTL_LANGUAGES,
  rememberLanguage,
  storedLanguage,
} from "./locale";

export const language: Language = chooseLanguage();
const dictionary = await loadDictionary(language);
export const t: Messages = dictionary.messages;
export const errorWords: Readonly<Record<string, string>> = dictionary.errors;
export const direction: "ltr" | "rtl" = RTL_LANGUAGES.has(language) ? "rtl" : "ltr";
export { isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language, languageUnsent, rememberLanguage, storedLanguage };

if (typeof document !== "undefined") {
  document.documentElement.lang = language;
  document.documentElement.dir = direction;
}

/** Keep the choice and show the interface in it (a reload: every screen reads the new words).
 *  `unsent`: the server has not heard of it yet (see rememberLanguage). */
export function switchLanguage(next: Language, unsent = false): void {
  rememberLanguage(next, unsent);
  if (next !== language) window.location.reload();
}

const dates = new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" });

export function formatDate(iso: string): string {
  return dates.format(new Date(iso));
}

export function formatNumber(n: number): string {
  return formatNumberIn(language, n);
}

/** A language's name in the interface's language ("ar" → "arabe" in French). */
export const languageName = new Intl.DisplayNames([language], { type: "language" });

/** A refused request in words: the code's words, else the server's sentence, else the status. */
export function errorMessage(code: string, message: string, status: number): string {
  const words = errorWords[code];
  if (words) return words;
  if (message && !/^Request failed \(\d+\)\.$/.test(message)) return message;
  if (status === 503) return t.app.busy;
  if (status >= 500) return t.app.failed;
  return t.app.refused;
}
