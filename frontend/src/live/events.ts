// What each server-sent event of GET /documents/{id}/events means for the cached queries.
// Pure, so it is unit-tested; the hook in useDocumentEvents.ts applies it.
import { keys } from "../api/keys";

export type QueryKey = readonly unknown[];

export interface PresentPerson {
  user: { id: number | null; name: string };
  delegation: { id: number; name: string; code?: string } | null;
  section_id: number | null;
  state: "viewing" | "editing";
}

/** A React key for a present person: their id, or for an undisclosed one their label and place. */
export function personKey(person: PresentPerson): string {
  return person.user.id !== null ? String(person.user.id) : `${person.user.name}@${person.section_id ?? "document"}`;
}

export const EVENT_NAMES = [
  "ready",
  "version",
  "section",
  "comment",
  "amendment",
  "approval",
  "lifecycle",
  "translation",
  "presence",
  "end",
] as const;
export type EventName = (typeof EVENT_NAMES)[number];

export interface LiveEvent {
  name: EventName;
  data: Record<string, unknown>;
}

function num(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** A message of the stream as a known event with its JSON data, or null (unknown or garbled). */
export function parseEvent(message: { event?: string | undefined; data: string }): LiveEvent | null {
  const name = EVENT_NAMES.find((known) => known === message.event);
  if (!name) return null;
  try {
    const data: unknown = JSON.parse(message.data);
    return typeof data === "object" && data !== null ? { name, data: data as Record<string, unknown> } : null;
  } catch {
    return null;
  }
}

/** The query keys an event makes stale (nested keys are invalidated with their parents). */
export function invalidationsFor(event: LiveEvent, documentId: number): QueryKey[] {
  const section = num(event.data.section_id);
  const doc = keys.document(documentId);
  switch (event.name) {
    case "version":
      // The overview (text, brackets, numbers), the approval matrix (positions go stale)
      // and everything of the section (versions, diffs, anchors of comments, amendments).
      return section === null ? [doc] : [doc, keys.section(section)];
    case "section":
      return section === null ? [doc] : [doc, keys.section(section)];
    case "comment":
      // On a translation: its page's threads only (the document page counts the original's).
      if (section !== null && typeof event.data.language === "string") return [keys.comments(section)];
      return section === null ? [doc] : [keys.comments(section), doc];
    case "amendment":
      return section === null ? [doc] : [keys.amendments(section), doc];
    case "approval":
      return [keys.approvals(documentId), doc];
    case "lifecycle":
      return [doc, keys.documents];
    case "translation": {
      const language = typeof event.data.language === "string" ? event.data.language : null;
      if (language === null) return [];
      const list = keys.translations(documentId, language);
      return section === null ? [list] : [list, keys.sectionTranslation(section, language)];
    }
    default:
      return [];
  }
}

export function presentPeople(data: Record<string, unknown>): PresentPerson[] {
  return Array.isArray(data.people) ? (data.people as PresentPerson[]) : [];
}

/** Who is on which section: section id (or "document") → people, excluding oneself. */
export function presenceBySection(
  people: PresentPerson[],
  myId: number | null,
): Map<number | "document", PresentPerson[]> {
  const out = new Map<number | "document", PresentPerson[]>();
  for (const person of people) {
    if (myId !== null && person.user.id === myId) continue;
    const where = person.section_id ?? "document";
    out.set(where, [...(out.get(where) ?? []), person]);
  }
  return out;
}

/** After these the server will not let this subscriber back in: stop reconnecting. */
export function isFinalEnd(data: Record<string, unknown>): boolean {
  return data.reason === "session_expired" || data.reason === "not_found";
}
