// Writes of agreement: a delegation's position on a section, and the document's procedure
// (circulate, silence, break it, adopt, reopen). Each hook refreshes what it changes.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, type BodyOf, call, isApiError, type SectionPublic } from "./client";
import { keys } from "./keys";

type SectionRef = Pick<SectionPublic, "id" | "document_id">;

function useRefreshPositions(section: SectionRef) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: keys.approvals(section.document_id) });
    void queryClient.invalidateQueries({ queryKey: keys.document(section.document_id), exact: true });
  };
}

/** My delegation's position on the section's current text. */
export function useSetPosition(section: SectionRef) {
  const queryClient = useQueryClient();
  const refresh = useRefreshPositions(section);
  return useMutation({
    mutationFn: (body: BodyOf<"/api/v1/sections/{section_id}/approvals/mine", "put">) =>
      call(
        api.PUT("/api/v1/sections/{section_id}/approvals/mine", { params: { path: { section_id: section.id } }, body }),
      ),
    onSuccess: refresh,
    onError: (error) => {
      // The text changed under the position: show the current one.
      if (isApiError(error, "stale_version")) {
        void queryClient.invalidateQueries({ queryKey: keys.section(section.id) });
        refresh();
      }
    },
  });
}

/** Withdraws my delegation's position given on `version`. */
export function useWithdrawPosition(section: SectionRef) {
  const refresh = useRefreshPositions(section);
  return useMutation({
    mutationFn: (version: number) =>
      call(
        api.DELETE("/api/v1/sections/{section_id}/approvals/mine", {
          params: { path: { section_id: section.id }, query: { version } },
        }),
      ),
    onSuccess: refresh,
  });
}

export type LifecycleStep =
  | { step: "circulate" | "adopt" }
  | { step: "reopen"; reason: string }
  | { step: "silence"; deadline: BodyOf<"/api/v1/documents/{document_id}/silence", "post">["deadline"] }
  | { step: "break"; reason: string };

/** One step of the document's procedure; the answer is its new lifecycle. */
export function useLifecycleStep(documentId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (which: LifecycleStep) => {
      const path = { params: { path: { document_id: documentId } } };
      switch (which.step) {
        case "circulate":
          return call(api.POST("/api/v1/documents/{document_id}/circulate", { ...path, body: {} }));
        case "silence":
          return call(
            api.POST("/api/v1/documents/{document_id}/silence", { ...path, body: { deadline: which.deadline } }),
          );
        case "break":
          return call(
            api.POST("/api/v1/documents/{document_id}/silence/break", { ...path, body: { reason: which.reason } }),
          );
        case "adopt":
          return call(api.POST("/api/v1/documents/{document_id}/adopt", { ...path, body: {} }));
        case "reopen":
          return call(api.POST("/api/v1/documents/{document_id}/reopen", { ...path, body: { reason: which.reason } }));
      }
    },
    onSuccess: (state) => {
      queryClient.setQueryData(keys.lifecycle(documentId), state);
      void queryClient.invalidateQueries({ queryKey: keys.document(documentId) });
      void queryClient.invalidateQueries({ queryKey: keys.documents, exact: true });
    },
  });
}

export interface ApproveOne {
  sectionId: number;
  /** The version reviewed: the approval binds to it, and is refused if the text moved on. */
  version: number;
}

export interface ApproveOutcome extends ApproveOne {
  ok: boolean;
  error: unknown;
}

/** Approves several paragraphs, one request each (each approval bound to its own version). */
export function useApproveMany(documentId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (items: readonly ApproveOne[]): Promise<ApproveOutcome[]> => {
      const outcomes: ApproveOutcome[] = [];
      for (const item of items) {
        try {
          await call(
            api.PUT("/api/v1/sections/{section_id}/approvals/mine", {
              params: { path: { section_id: item.sectionId } },
              body: { version: item.version, decision: "approve" },
            }),
          );
          outcomes.push({ ...item, ok: true, error: null });
        } catch (error) {
          outcomes.push({ ...item, ok: false, error });
        }
      }
      return outcomes;
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: keys.approvals(documentId) });
      void queryClient.invalidateQueries({ queryKey: keys.document(documentId), exact: true });
    },
  });
}
