// Publication of an adopted text at an embargo time: the secretariat schedules it (the time with
// its zone, the delegations to name), the head of an unannounced delegation to be named confirms
// its own announcement, and at the embargo time the server publishes, exactly once.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, type BodyOf, call, isApiError, type Schemas } from "./client";
import { keys } from "./keys";

export type PublicationPublic = Schemas["PublicationPublic"];
export type PublicationSchedule = BodyOf<"/api/v1/documents/{document_id}/publication", "put">;

/** The text's publication, or null when none is scheduled. */
export function usePublication(documentId: number) {
  return useQuery({
    queryKey: keys.publication(documentId),
    queryFn: async (): Promise<PublicationPublic | null> => {
      try {
        return await call(
          api.GET("/api/v1/documents/{document_id}/publication", { params: { path: { document_id: documentId } } }),
        );
      } catch (error) {
        if (isApiError(error, "publication_not_found")) return null;
        throw error;
      }
    },
    // Scheduled: look again now and then, so that the page shows the publication when it happens.
    refetchInterval: (query) => (query.state.data?.status === "scheduled" ? 30_000 : false),
  });
}

function usePublicationWrite<A>(documentId: number, write: (arg: A) => Promise<PublicationPublic>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (publication) => {
      queryClient.setQueryData(keys.publication(documentId), publication);
      void queryClient.invalidateQueries({ queryKey: keys.register });
    },
  });
}

export function useSchedulePublication(documentId: number) {
  return usePublicationWrite(documentId, (body: PublicationSchedule) =>
    call(
      api.PUT("/api/v1/documents/{document_id}/publication", { params: { path: { document_id: documentId } }, body }),
    ),
  );
}

export function useCancelPublication(documentId: number) {
  return usePublicationWrite(documentId, () =>
    call(api.DELETE("/api/v1/documents/{document_id}/publication", { params: { path: { document_id: documentId } } })),
  );
}

/** The head of an unannounced delegation agrees to its being named at the embargo time. */
export function useConfirmAnnouncement(documentId: number) {
  return usePublicationWrite(documentId, () =>
    call(
      api.POST("/api/v1/documents/{document_id}/publication/confirm", {
        params: { path: { document_id: documentId } },
        // No body, but said to be JSON: the server's cross-site guard takes browser writes as JSON only.
        headers: { "Content-Type": "application/json" },
      }),
    ),
  );
}
