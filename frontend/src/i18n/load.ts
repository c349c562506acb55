// One language's words, fetched on their own: a reader downloads the dictionary of the language
// they read, not all four. No imports but types and locale.ts: main.tsx starts the fetch at once,
// beside the app's own code, and i18n/index.ts waits for it before the first screen renders.
import type { ErrorWords, Messages } from "./en";
import type { Language } from "./locale";

export interface Dictionary {
  messages: Messages;
  errors: ErrorWords;
}

const loaders: Record<Language, () => Promise<Dictionary>> = {
  en: () => import("./en").then((m) => ({ messages: m.en, errors: m.errorWords })),
  fr: () => import("./fr").then((m) => ({ messages: m.fr, errors: m.errorWords })),
  ar: () => import("./ar").then((m) => ({ messages: m.ar, errors: m.errorWords })),
  he: () => import("./he").then((m) => ({ messages: m.he, errors: m.errorWords })),
};

const loading = new Map<Language, Promise<Dictionary>>();

/** The dictionary of `language`, fetched once. */
export function loadDictionary(language: Language): Promise<Dictionary> {
  let dictionary = loading.get(language);
  if (!dictionary) {
    dictionary = loaders[language]();
    loading.set(language, dictionary);
  }
  return dictionary;
}
