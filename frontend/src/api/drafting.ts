// Writes of documents and their sections: a new document, a new version of a section, adding,
// moving and retiring sections. Each hook refreshes what it changes.
import { type QueryClient, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, type BodyOf, call, type DocumentOverview, isApiError } from "./client";
import { keys } from "./keys";

/** Refetches the document's overview and gives it (the sections in their new order). */
async function refreshedDocument(queryClient: QueryClient, documentId: number): Promise<DocumentOverview | undefined> {
  await queryClient.invalidateQueries({ queryKey: keys.document(documentId) });
  return queryClient.getQueryData<DocumentOverview>(keys.document(documentId));
}

export function useCreateDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<"/api/v1/documents", "post">) => call(api.POST("/api/v1/documents", { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.documents }),
  });
}

/** Saves a new version of a section; an edit conflict refreshes the section (their text is newer). */
export function useSaveVersion(documentId: number, sectionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<"/api/v1/sections/{section_id}/versions", "post">) =>
      call(api.POST("/api/v1/sections/{section_id}/versions", { params: { path: { section_id: sectionId } }, body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.document(documentId) });
      void queryClient.invalidateQueries({ queryKey: keys.section(sectionId) });
    },
    onError: (error) => {
      if (isApiError(error, "edit_conflict")) void queryClient.invalidateQueries({ queryKey: keys.section(sectionId) });
    },
  });
}

/** Adds a heading or paragraph; settles once the document shows it. */
export function useAddSection(documentId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: BodyOf<"/api/v1/documents/{document_id}/sections", "post">) => {
      const created = await call(
        api.POST("/api/v1/documents/{document_id}/sections", { params: { path: { document_id: documentId } }, body }),
      );
      await refreshedDocument(queryClient, documentId);
      return created;
    },
  });
}

/** Moves a section after another (`after: null`: first); gives the refreshed document. */
export function useMoveSection(documentId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ sectionId, after }: { sectionId: number; after: number | null }) => {
      await call(
        api.PATCH("/api/v1/sections/{section_id}", { params: { path: { section_id: sectionId } }, body: { after } }),
      );
      return refreshedDocument(queryClient, documentId);
    },
  });
}

/** Makes a section a paragraph or a heading (of `level`); gives the refreshed document. */
export function useReshapeSection(documentId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      sectionId,
      kind,
      level,
    }: {
      sectionId: number;
      kind: "paragraph" | "heading";
      level: number | null;
    }) => {
      await call(
        api.PATCH("/api/v1/sections/{section_id}", {
          params: { path: { section_id: sectionId } },
          body: kind === "heading" ? { kind, level } : { kind },
        }),
      );
      void queryClient.invalidateQueries({ queryKey: keys.section(sectionId), exact: true });
      return refreshedDocument(queryClient, documentId);
    },
  });
}

/** Retires a section; settles once the document no longer shows it. */
export function useRetireSection(documentId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (sectionId: number) => {
      await call(api.DELETE("/api/v1/sections/{section_id}", { params: { path: { section_id: sectionId } } }));
      return refreshedDocument(queryClient, documentId);
    },
  });
}

/** The chair's decision on a section's brackets (keep an alternative or option, clean or delete a span). */
export function useDecideBrackets(documentId: number, sectionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<"/api/v1/sections/{section_id}/brackets", "post">) =>
      call(api.POST("/api/v1/sections/{section_id}/brackets", { params: { path: { section_id: sectionId } }, body })),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: keys.document(documentId) });
      void queryClient.invalidateQueries({ queryKey: keys.section(sectionId) });
    },
  });
}

/** The chair says which delegations hold a bracket of the section's current text. */
export function useSetHolders(documentId: number, sectionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<"/api/v1/sections/{section_id}/holders", "put">) =>
      call(api.PUT("/api/v1/sections/{section_id}/holders", { params: { path: { section_id: sectionId } }, body })),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: keys.document(documentId) });
      void queryClient.invalidateQueries({ queryKey: keys.section(sectionId) });
    },
  });
}
