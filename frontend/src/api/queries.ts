// Read hooks over the typed client. Pages use these instead of calling `api` directly, so a
// key is always paired with the same request.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { takePrefetched } from "../boot/prefetch";
import { api, call, isApiError } from "./client";
import { keys } from "./keys";

/** The answer of a request the page started at boot, in the typed client's shape. */
async function answerOf<T>(response: Promise<Response>): Promise<{ data?: T; error?: unknown; response: Response }> {
  const answer = await response;
  const body: unknown = answer.status === 204 ? undefined : await answer.json().catch(() => undefined);
  return answer.ok ? { data: body as T, response: answer } : { error: body ?? {}, response: answer };
}

/** `call`, on the boot-time request for `url` when there is one, else on `request()`. */
function callFirst<T>(
  url: string,
  request: () => Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const early = takePrefetched(url);
  return call(early ? answerOf<T>(early) : request());
}

export const meQuery = () =>
  queryOptions({
    queryKey: keys.me,
    queryFn: async () => {
      try {
        return await callFirst("/api/v1/auth/me", () => api.GET("/api/v1/auth/me"));
      } catch (error) {
        if (isApiError(error) && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });

export function useMe() {
  return useQuery(meQuery());
}

export function useProviders() {
  return useQuery({
    queryKey: keys.providers,
    queryFn: () => call(api.GET("/api/v1/auth/providers")),
    staleTime: Infinity,
  });
}

export function useDocuments() {
  return useQuery({
    queryKey: keys.documents,
    queryFn: () => call(api.GET("/api/v1/documents", { params: { query: { limit: 200 } } })),
  });
}

export function useWorkingGroups() {
  return useQuery({ queryKey: keys.workingGroups, queryFn: () => call(api.GET("/api/v1/working-groups")) });
}

export const documentQuery = (id: number) =>
  queryOptions({
    queryKey: keys.document(id),
    queryFn: () =>
      callFirst(`/api/v1/documents/${id}`, () =>
        api.GET("/api/v1/documents/{document_id}", { params: { path: { document_id: id } } }),
      ),
  });

export function useDocument(id: number) {
  return useQuery(documentQuery(id));
}

export function useApprovals(id: number, enabled = true) {
  return useQuery({
    queryKey: keys.approvals(id),
    queryFn: () =>
      call(api.GET("/api/v1/documents/{document_id}/approvals", { params: { path: { document_id: id } } })),
    enabled,
  });
}

export function useRevisions(id: number) {
  return useQuery({
    queryKey: keys.revisions(id),
    queryFn: () =>
      call(api.GET("/api/v1/documents/{document_id}/revisions", { params: { path: { document_id: id } } })),
  });
}

export function useDocumentDiff(id: number, from: string, to: string, enabled = true) {
  return useQuery({
    queryKey: keys.documentDiff(id, from, to),
    queryFn: () =>
      call(
        api.GET("/api/v1/documents/{document_id}/diff", { params: { path: { document_id: id }, query: { from, to } } }),
      ),
    enabled: enabled && from !== "" && to !== "",
  });
}

export const sectionQuery = (id: number) =>
  queryOptions({
    queryKey: keys.section(id),
    queryFn: () => call(api.GET("/api/v1/sections/{section_id}", { params: { path: { section_id: id } } })),
  });

export function useSection(id: number) {
  return useQuery(sectionQuery(id));
}

/** One version of a section; versions never change. */
export function useVersion(sectionId: number, number: number) {
  return useQuery({
    queryKey: keys.version(sectionId, number),
    queryFn: () =>
      call(
        api.GET("/api/v1/sections/{section_id}/versions/{number}", {
          params: { path: { section_id: sectionId, number } },
        }),
      ),
    staleTime: Infinity,
  });
}

export function useInvitation(token: string) {
  return useQuery({
    queryKey: keys.invitation(token),
    queryFn: () => call(api.GET("/api/v1/auth/invitations/{token}", { params: { path: { token } } })),
    retry: false,
  });
}

export function useVersions(id: number) {
  return useQuery({
    queryKey: keys.versions(id),
    queryFn: () => call(api.GET("/api/v1/sections/{section_id}/versions", { params: { path: { section_id: id } } })),
  });
}

export function useSectionDiff(id: number, from: number, to: number) {
  return useQuery({
    queryKey: keys.sectionDiff(id, from, to),
    queryFn: () =>
      call(
        api.GET("/api/v1/sections/{section_id}/diff", { params: { path: { section_id: id }, query: { from, to } } }),
      ),
    enabled: from > 0 && to > 0 && from !== to,
  });
}
