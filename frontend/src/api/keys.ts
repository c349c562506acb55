// TanStack Query keys, in one place: pages read with them and the live stream
// (live/useDocumentEvents.ts) invalidates them. Keys nest, so invalidating
// `document(id)` also refreshes that document's approvals, revisions and diffs.
export const keys = {
  me: ["me"] as const,
  providers: ["auth", "providers"] as const,
  invitation: (token: string) => ["auth", "invitation", token] as const,
  documents: ["documents"] as const,
  document: (id: number) => ["documents", id] as const,
  approvals: (id: number) => ["documents", id, "approvals"] as const,
  revisions: (id: number) => ["documents", id, "revisions"] as const,
  documentDiff: (id: number, from: string, to: string) => ["documents", id, "diff", from, to] as const,
  workingGroups: ["working-groups"] as const,
  section: (id: number) => ["sections", id] as const,
  versions: (id: number) => ["sections", id, "versions"] as const,
  sectionDiff: (id: number, from: number, to: number) => ["sections", id, "diff", from, to] as const,
  comments: (id: number) => ["sections", id, "comments"] as const,
  amendments: (id: number) => ["sections", id, "amendments"] as const,
};
