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

/** `since`: `Rev.N` or `approval`; null asks nothing. */
export function useTrackedChanges(documentId: number, since: string | null) {
  return useQuery({
    queryKey: keys.changes(documentId, since ?? ""),
    queryFn: () =>
      call(
        api.GET("/api/v1/documents/{document_id}/changes", {
          params: { path: { document_id: documentId }, query: { since: since ?? "" } },
        }),
      ),
    enabled: since !== null,
    placeholderData: keepPreviousData,
  });
}
