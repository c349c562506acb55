// TanStack Query keys, all of them, in one factory: the read hooks (queries.ts, negotiation.ts)
// read with them, the write hooks (identity.ts, drafting.ts, deliberation.ts, consensus.ts)
// and the live stream (live/events.ts) invalidate them. Keys nest, so invalidating
// `document(id)` also refreshes that document's approvals, revisions, diffs and lifecycle, and
// `section(id)` its versions, comments and amendments.
import type { AmendmentFilter, AuditFilters } from "./filters";

export const keys = {
  me: ["me"] as const,
  providers: ["auth", "providers"] as const,
  invitation: (token: string) => ["auth", "invitation", token] as const,
  documents: ["documents"] as const,
  document: (id: number) => ["documents", id] as const,
  approvals: (id: number) => ["documents", id, "approvals"] as const,
  revisions: (id: number) => ["documents", id, "revisions"] as const,
  documentDiff: (id: number, from: string, to: string) => ["documents", id, "diff", from, to] as const,
  lifecycle: (id: number) => ["documents", id, "lifecycle"] as const,
  publication: (id: number) => ["documents", id, "publication"] as const,
  languages: (id: number) => ["documents", id, "languages"] as const,
  translations: (id: number, language: string) => ["documents", id, "translations", language] as const,
  /** The document page's tracked changes: open amendments, and what changed since `since`. */
  suggestions: (id: number) => ["documents", id, "suggestions"] as const,
  changes: (id: number, since: string, until = "head") => ["documents", id, "changes", since, until] as const,
  workingGroups: ["working-groups"] as const,
  section: (id: number) => ["sections", id] as const,
  versions: (id: number) => ["sections", id, "versions"] as const,
  version: (id: number, number: number) => ["sections", id, "versions", number] as const,
  sectionDiff: (id: number, from: number, to: number) => ["sections", id, "diff", from, to] as const,
  sectionChanges: (id: number, from: number, to: number) => ["sections", id, "changes", from, to] as const,
  comments: (id: number) => ["sections", id, "comments"] as const,
  /** All of a document's comments in one request, which fills each section's `comments`: outside
   *  the document's key, so that an event of the document does not ask for every margin again
   *  (the live stream refreshes the comments of the section it names). */
  documentComments: (id: number) => ["document-comments", id] as const,
  sectionTranslation: (id: number, language: string) => ["sections", id, "translations", language] as const,
  /** Every list of the section's amendments, whatever its filter. */
  amendments: (id: number) => ["sections", id, "amendments"] as const,
  amendmentList: (id: number, filter: AmendmentFilter) => ["sections", id, "amendments", filter] as const,
  delegations: ["delegations"] as const,
  delegation: (id: number) => ["delegations", id] as const,
  approvers: (id: number) => ["delegations", id, "approvers"] as const,
  users: ["users"] as const,
  audit: (filters: AuditFilters) => ["audit", filters] as const,
  /** The register: projects, commitments, totals and rates all change together, so one root. */
  register: ["register"] as const,
  projects: ["register", "projects"] as const,
  project: (id: string) => ["register", "projects", id] as const,
  commitments: (delegationId: number | null) => ["register", "commitments", delegationId] as const,
  totals: (reporting: string, on: string) => ["register", "totals", reporting, on] as const,
  rates: ["register", "rates"] as const,
  /** My notifications; the bell's count (set by its stream); what I am told of. */
  notifications: ["notifications", "list"] as const,
  unread: ["notifications", "unread"] as const,
  notificationPreferences: ["notifications", "preferences"] as const,
};
