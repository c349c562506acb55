// Reads of the document page's tracked changes (components/review): the open amendments over
// the current text and what changed since a revision or my delegation's last approval, both
// rendered by the server as <ins>/<del> over the text. They sit under the document's key, so
// the live stream's amendment and version events refresh them.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, call, type Schemas } from "./client";
import { keys } from "./keys";
import type { AmendmentPublic } from "./negotiation";

// openapi-fetch widens the amendment's `[op, text]` diff tuples to arrays (see negotiation.ts).
export type Suggestion = Omit<Schemas["SuggestionPublic"], "amendment"> & { amendment: AmendmentPublic };
export type TrackedChanges = Schemas["TrackedChanges"];
export type TrackedSection = Schemas["TrackedSection"];

export function useSuggestions(documentId: number, enabled = true) {
  return useQuery<Suggestion[]>({
    queryKey: keys.suggestions(documentId),
    queryFn: () =>
      call(api.GET("/api/v1/documents/{document_id}/suggestions", { params: { path: { document_id: documentId } } })),
    enabled,
  });
}

/** `since`: `Rev.N` or `approval`; `until`: a later `Rev.N` or `head`; null asks nothing. */
export function useTrackedChanges(documentId: number, since: string | null, until = "head") {
  return useQuery({
    queryKey: keys.changes(documentId, since ?? "", until),
    queryFn: () =>
      call(
        api.GET("/api/v1/documents/{document_id}/changes", {
          params: { path: { document_id: documentId }, query: { since: since ?? "", until } },
        }),
      ),
    enabled: since !== null,
    placeholderData: keepPreviousData,
  });
}

/** One section between two versions as tracked changes over its rendered text (the history page). */
export function useSectionChanges(sectionId: number, from: number, to: number) {
  return useQuery({
    queryKey: keys.sectionChanges(sectionId, from, to),
    queryFn: () =>
      call(
        api.GET("/api/v1/sections/{section_id}/changes", {
          params: { path: { section_id: sectionId }, query: { from, to } },
        }),
      ),
    enabled: from > 0 && to > 0 && from !== to,
    placeholderData: keepPreviousData,
  });
}
