// Writes of the discussion of a section: comments and their threads, amendments and their
// decisions. Each hook refreshes what it changes: the section's comments or amendments, and the
// document's overview (its counts).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, type BodyOf, call, isApiError, type SectionPublic } from "./client";
import { keys } from "./keys";

type SectionRef = Pick<SectionPublic, "id" | "document_id">;

function useRefreshComments(section: SectionRef) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: keys.comments(section.id) });
    void queryClient.invalidateQueries({ queryKey: keys.document(section.document_id), exact: true });
  };
}

function useRefreshAmendments(section: SectionRef) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: keys.amendments(section.id) });
    void queryClient.invalidateQueries({ queryKey: keys.section(section.id) });
    void queryClient.invalidateQueries({ queryKey: keys.document(section.document_id) });
  };
}

/** A new thread, or (with `parent_id`) a reply in one. */
export function usePostComment(section: SectionRef) {
  const refresh = useRefreshComments(section);
  return useMutation({
    mutationFn: (body: BodyOf<"/api/v1/sections/{section_id}/comments", "post">) =>
      call(api.POST("/api/v1/sections/{section_id}/comments", { params: { path: { section_id: section.id } }, body })),
    onSuccess: refresh,
  });
}

export function useEditComment(section: SectionRef, commentId: string) {
  const refresh = useRefreshComments(section);
  return useMutation({
    mutationFn: (body: string) =>
      call(api.PATCH("/api/v1/comments/{comment_id}", { params: { path: { comment_id: commentId } }, body: { body } })),
    onSuccess: refresh,
  });
}

/** Resolves a thread (`true`) or reopens it (`false`). */
export function useResolveThread(section: SectionRef, rootId: string) {
  const refresh = useRefreshComments(section);
  return useMutation({
    mutationFn: (resolved: boolean) =>
      call(
        api.POST("/api/v1/comments/{comment_id}/resolve", {
          params: { path: { comment_id: rootId } },
          body: { resolved },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useProposeAmendment(section: SectionRef) {
  const refresh = useRefreshAmendments(section);
  return useMutation({
    mutationFn: (body: BodyOf<"/api/v1/sections/{section_id}/amendments", "post">) =>
      call(
        api.POST("/api/v1/sections/{section_id}/amendments", { params: { path: { section_id: section.id } }, body }),
      ),
    onSuccess: refresh,
  });
}

/** The chair compiles the open amendments into bracketed alternatives (a new version). */
export function useCompileAmendments(section: SectionRef) {
  const refresh = useRefreshAmendments(section);
  return useMutation({
    mutationFn: (base_version: number) =>
      call(
        api.POST("/api/v1/sections/{section_id}/compile", {
          params: { path: { section_id: section.id } },
          body: { base_version, reason: "" },
        }),
      ),
    onSuccess: refresh,
  });
}

export type AmendmentDecision = { action: "accept" | "withdraw" } | { action: "reject"; reason: string };

/** Accepts, rejects (with a reason) or withdraws an amendment. */
export function useDecideAmendment(section: SectionRef, amendmentId: string) {
  const refresh = useRefreshAmendments(section);
  return useMutation({
    mutationFn: (decision: AmendmentDecision) => {
      const path = { params: { path: { amendment_id: amendmentId } } };
      switch (decision.action) {
        case "accept":
          return call(api.POST("/api/v1/amendments/{amendment_id}/accept", { ...path, body: { reason: "" } }));
        case "reject":
          return call(
            api.POST("/api/v1/amendments/{amendment_id}/reject", { ...path, body: { reason: decision.reason } }),
          );
        case "withdraw":
          return call(api.POST("/api/v1/amendments/{amendment_id}/withdraw", { ...path, body: { reason: "" } }));
      }
    },
    onSuccess: refresh,
    onError: (error) => {
      // A conflict or a closed amendment: what is shown is out of date.
      if (isApiError(error) && error.status === 409) refresh();
    },
  });
}
