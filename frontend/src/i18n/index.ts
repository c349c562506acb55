// The messages in use. One language today; to add another, make a file with the shape of
// `Messages` and choose it here (e.g. from navigator.language or the person's settings).
import { en, type Messages } from "./en";

export const t: Messages = en;

export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}
