// Where a new or moved section goes, in the terms of the API: `after` names the section it
// follows, null puts it first (POST /documents/{id}/sections, PATCH /sections/{id}). Pure, so it
// is unit-tested; the document page applies it. The order is the document's live sections,
// headings included, as the server sends them.

export type Direction = "up" | "down";

/** Where an insertion goes: after a section (its id), first (null), or at the end. */
export type InsertAt = { after: number | null } | "end";

/** The `after` that moves `id` one place up or down, or undefined when it cannot move that way. */
export function afterForMove(
  order: readonly number[],
  id: number,
  direction: Direction,
): { after: number | null } | undefined {
  const index = order.indexOf(id);
  if (index < 0) return undefined;
  if (direction === "up") {
    if (index === 0) return undefined;
    // Up one: after the section two places before, or first.
    return { after: order[index - 2] ?? null };
  }
  // Down one: after the section that now follows it (none: it is last).
  const next = order[index + 1];
  return next === undefined ? undefined : { after: next };
}

/** The order after a move, as the server will have it (for showing it before the refetch). */
export function moved(order: readonly number[], id: number, after: number | null): number[] {
  const rest = order.filter((x) => x !== id);
  const at = after === null ? 0 : rest.indexOf(after) + 1;
  if (after !== null && at === 0) return [...order];
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

/** The body's `after` for an insertion: omitted appends; null inserts first. */
export function insertBody(at: InsertAt): { after?: number | null } {
  return at === "end" ? {} : { after: at.after };
}

/** A stable key for where a composer is open ("end", "first" or the id it follows). */
export function insertKey(at: InsertAt): string {
  return at === "end" ? "end" : at.after === null ? "first" : String(at.after);
}
