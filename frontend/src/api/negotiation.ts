// Reads of the negotiation and secretariat screens (comments, amendments, lifecycle,
// delegations, people, audit), keyed under the document's key where they belong to a document
// so that the live stream's invalidations (live/events.ts) refresh them too.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, call, type Schemas } from "./client";
import { keys } from "./keys";

export type CommentPublic = Schemas["CommentPublic"];
// openapi-fetch widens the `[op, text]` tuples of a response to arrays; lib/diff's asPairs checks them.
export type AmendmentPublic = Omit<Schemas["AmendmentPublic"], "diff"> & {
  diff: ReadonlyArray<ReadonlyArray<string | number>>;
};
export type LifecyclePublic = Schemas["LifecyclePublic"];
export type ApprovalPublic = Schemas["ApprovalPublic"];
export type UserPublic = Schemas["UserPublic"];
export type UserCreated = Schemas["UserCreated"];
export type DelegationDetail = Schemas["DelegationDetail"];
export type AuditEventPublic = Schemas["AuditEventPublic"];
export type AuditPage = Schemas["AuditPage"];
export type AmendmentFilter = "open" | "accepted" | "rejected" | "withdrawn" | "all";

export const negotiationKeys = {
  lifecycle: (documentId: number) => [...keys.document(documentId), "lifecycle"] as const,
  amendments: (sectionId: number, filter: AmendmentFilter) => [...keys.amendments(sectionId), filter] as const,
  delegations: ["delegations"] as const,
  delegation: (id: number) => ["delegations", id] as const,
  users: ["users"] as const,
  audit: (filters: AuditFilters) => ["audit", filters] as const,
};

export function useComments(sectionId: number) {
  return useQuery({
    queryKey: keys.comments(sectionId),
    queryFn: () =>
      call(api.GET("/api/v1/sections/{section_id}/comments", { params: { path: { section_id: sectionId } } })),
  });
}

export function useAmendments(sectionId: number, filter: AmendmentFilter = "open") {
  return useQuery({
    queryKey: negotiationKeys.amendments(sectionId, filter),
    queryFn: () =>
      call(
        api.GET("/api/v1/sections/{section_id}/amendments", {
          params: { path: { section_id: sectionId }, query: { status: filter } },
        }),
      ),
  });
}

export function useLifecycle(documentId: number) {
  return useQuery({
    queryKey: negotiationKeys.lifecycle(documentId),
    queryFn: () =>
      call(api.GET("/api/v1/documents/{document_id}/lifecycle", { params: { path: { document_id: documentId } } })),
  });
}

export function useDelegations() {
  return useQuery({ queryKey: negotiationKeys.delegations, queryFn: () => call(api.GET("/api/v1/delegations")) });
}

export function useDelegation(id: number | null) {
  return useQuery({
    queryKey: negotiationKeys.delegation(id ?? 0),
    queryFn: () =>
      call(api.GET("/api/v1/delegations/{delegation_id}", { params: { path: { delegation_id: id ?? 0 } } })),
    enabled: id !== null,
  });
}

export function useUsers(enabled = true) {
  return useQuery({ queryKey: negotiationKeys.users, queryFn: () => call(api.GET("/api/v1/users")), enabled });
}

export interface AuditFilters {
  action?: string;
  object_type?: string;
  object_id?: string;
  offset: number;
  limit: number;
}

export function useAudit(filters: AuditFilters) {
  return useQuery({
    queryKey: negotiationKeys.audit(filters),
    queryFn: () =>
      call(
        api.GET("/api/v1/audit", {
          params: {
            query: {
              offset: filters.offset,
              limit: filters.limit,
              ...(filters.action ? { action: filters.action } : {}),
              ...(filters.object_type ? { object_type: filters.object_type } : {}),
              ...(filters.object_id ? { object_id: filters.object_id } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
