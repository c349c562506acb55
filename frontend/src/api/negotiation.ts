// Reads of the negotiation and secretariat screens (comments, amendments, lifecycle,
// delegations, people, audit), keyed under the document's key where they belong to a document
// so that the live stream's invalidations (live/events.ts) refresh them too.
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { canSetPosition, isAllowedApprover, isParty } from "../lib/negotiation/roles";
import { withOpenThreads } from "../lib/negotiation/threads";
import { api, call, type DocumentOverview, type MePublic, type Schemas } from "./client";
import type { AmendmentFilter, AuditFilters } from "./filters";
import { keys } from "./keys";

export type { AmendmentFilter, AuditFilters } from "./filters";

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
type PositionDoc = Pick<DocumentOverview, "status" | "working_group_id" | "parties">;
export type ApproverPublic = Schemas["ApproverPublic"];
export type AuditEventPublic = Schemas["AuditEventPublic"];
export type AuditPage = Schemas["AuditPage"];

/** The section's comments: on the negotiating text, or on its translation into `language`;
 *  `enabled` false waits. */
export function useComments(sectionId: number, enabled = true, language: string | null = null) {
  return useQuery({
    queryKey: language ? [...keys.comments(sectionId), language] : keys.comments(sectionId),
    queryFn: () =>
      call(
        api.GET("/api/v1/sections/{section_id}/comments", {
          params: { path: { section_id: sectionId }, query: language ? { language } : {} },
        }),
      ),
    enabled,
  });
}

/**
 * The document page's margins in one request: each section with an open thread gets its comments
 * query (`keys.comments`) filled, as if it had asked; the live stream then refreshes them section
 * by section. True once answered, or failed (then each margin asks for its own, as it would
 * without this): until then the margins wait, not to ask for the same comments one by one.
 */
export function useDocumentComments(documentId: number): boolean {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: keys.documentComments(documentId),
    queryFn: async () => {
      const all = await call(
        api.GET("/api/v1/documents/{document_id}/comments", { params: { path: { document_id: documentId } } }),
      );
      for (const [sectionId, comments] of withOpenThreads(all)) {
        queryClient.setQueryData(keys.comments(sectionId), comments);
      }
      return all.length;
    },
    retry: false,
  });
  return !query.isPending;
}

/** Whether this session has read the section's comments (a margin then keeps showing them, resolved
 *  threads too, after its last open thread is resolved), without setting up a query. */
export function useCommentsRead(sectionId: number): boolean {
  return useQueryClient().getQueryData(keys.comments(sectionId)) !== undefined;
}

export function useAmendments(sectionId: number, filter: AmendmentFilter = "open") {
  return useQuery({
    queryKey: keys.amendmentList(sectionId, filter),
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
    queryKey: keys.lifecycle(documentId),
    queryFn: () =>
      call(api.GET("/api/v1/documents/{document_id}/lifecycle", { params: { path: { document_id: documentId } } })),
  });
}

export function useDelegations() {
  return useQuery({ queryKey: keys.delegations, queryFn: () => call(api.GET("/api/v1/delegations")) });
}

export function useDelegation(id: number | null) {
  return useQuery({
    queryKey: keys.delegation(id ?? 0),
    queryFn: () =>
      call(api.GET("/api/v1/delegations/{delegation_id}", { params: { path: { delegation_id: id ?? 0 } } })),
    enabled: id !== null,
  });
}

/** The delegation's delegates and whether its head allowed each to set its positions (its own
 * members and the secretariat may read it); `id` null waits. */
export function useApprovers(id: number | null | undefined) {
  return useQuery({
    queryKey: keys.approvers(id ?? 0),
    queryFn: () =>
      call(api.GET("/api/v1/delegations/{delegation_id}/approvers", { params: { path: { delegation_id: id ?? 0 } } })),
    enabled: id != null,
  });
}

/** Whether I may set my delegation's positions on `doc`: its head, or a delegate the head allows
 * (asked of the server only for a delegate of a party). */
export function useMaySetPosition(me: MePublic | null | undefined, doc: PositionDoc | undefined): boolean {
  const delegate = !!me && !me.is_head && !!doc && isParty(me, doc);
  const approvers = useApprovers(delegate ? me?.delegation?.id : null);
  return !!doc && canSetPosition(me, doc, isAllowedApprover(me, approvers.data));
}

export function useUsers(enabled = true) {
  return useQuery({ queryKey: keys.users, queryFn: () => call(api.GET("/api/v1/users")), enabled });
}

export function useAudit(filters: AuditFilters) {
  return useQuery({
    queryKey: keys.audit(filters),
    queryFn: () =>
      call(
        api.GET("/api/v1/audit", {
          params: {
            query: {
              limit: filters.limit,
              ...(filters.kind ? { kind: filters.kind as Schemas["ActionKind"] } : {}),
              ...(filters.sign_ins ? { sign_ins: true } : {}),
              ...(filters.actor_id ? { actor_id: filters.actor_id } : {}),
              ...(filters.since ? { since: filters.since } : {}),
              ...(filters.until ? { until: filters.until } : {}),
              ...(filters.action ? { action: filters.action } : {}),
              ...(filters.before ? { before: filters.before } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
