// The filters some reads take, shared by their hooks and their query keys.

export type AmendmentFilter = "open" | "accepted" | "rejected" | "withdrawn" | "all";

export interface AuditFilters {
  action?: string;
  object_type?: string;
  object_id?: string;
  offset: number;
  limit: number;
}
