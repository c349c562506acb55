// The filters some reads take, shared by their hooks and their query keys.

export type AmendmentFilter = "open" | "accepted" | "rejected" | "withdrawn" | "compiled" | "all";

export interface AuditFilters {
  kind?: string;
  sign_ins?: boolean;
  actor_id?: number;
  since?: string;
  until?: string;
  action?: string;
  before?: number;
  limit: number;
}
