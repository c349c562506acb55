// Amendments as people name them: "Amendment 2" is the second the viewer can see on the
// paragraph, oldest first. Ids are opaque (`amd_…`) and never shown: a number taken from them
// would say how many amendments there are that the viewer may not see.

/** What numbering reads of an amendment. */
export interface Numbered {
  id: string;
  created_at: string;
}

/** Each amendment's number among those given (the viewer's, all statuses), oldest first. */
export function amendmentNumbers(amendments: readonly Numbered[]): Map<string, number> {
  const ordered = [...amendments].sort((a, b) =>
    a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  return new Map(ordered.map((a, i) => [a.id, i + 1]));
}
