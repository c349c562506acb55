// Paragraphs a delegation head has marked as reviewed, each on the exact version read. Kept in
// this browser (localStorage): a private reading note, not a position. "Approve reviewed" sends
// one approval per paragraph, each bound to the version that was reviewed; a paragraph whose
// text changed since is no longer reviewed and is left out.
import { useSyncExternalStore } from "react";

const listeners = new Set<() => void>();
let cache: { key: string; value: ReadonlyMap<number, number> } | null = null;

function storageKey(userId: number, documentId: number): string {
  return `concord.reviewed.${userId}.${documentId}`;
}

function read(key: string): ReadonlyMap<number, number> {
  if (cache?.key === key) return cache.value;
  let value = new Map<number, number>();
  try {
    const raw = window.localStorage.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === "object") {
      value = new Map(
        Object.entries(parsed as Record<string, unknown>)
          .filter(([, v]) => typeof v === "number")
          .map(([k, v]) => [Number(k), v as number]),
      );
    }
  } catch {
    // A private window without storage, or a damaged entry: nothing reviewed.
  }
  cache = { key, value };
  return value;
}

function write(key: string, value: ReadonlyMap<number, number>): void {
  cache = { key, value };
  try {
    window.localStorage.setItem(key, JSON.stringify(Object.fromEntries(value)));
  } catch {
    // Kept for this page only.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Section id → the version reviewed, for this person and document. */
export function useReviewed(userId: number | undefined, documentId: number): ReadonlyMap<number, number> {
  const key = storageKey(userId ?? 0, documentId);
  return useSyncExternalStore(subscribe, () => read(key));
}

export function setReviewed(userId: number, documentId: number, sectionId: number, version: number | null): void {
  const key = storageKey(userId, documentId);
  const next = new Map(read(key));
  if (version === null) next.delete(sectionId);
  else next.set(sectionId, version);
  write(key, next);
}

/** The reviewed paragraphs still on the version that was reviewed. */
export function reviewedCurrent<S extends { id: number; current: { number: number } }>(
  sections: readonly S[],
  reviewed: ReadonlyMap<number, number>,
): S[] {
  return sections.filter((s) => reviewed.get(s.id) === s.current.number);
}
