// A document's languages, its translators, and the translations of its sections: reads and
// writes. A saved translation refreshes the language's list and the section's own view; the
// secretariat's settings refresh the languages.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, call } from "./client";
import { keys } from "./keys";

export function useDocumentLanguages(documentId: number) {
  return useQuery({
    queryKey: keys.languages(documentId),
    queryFn: () =>
      call(api.GET("/api/v1/documents/{document_id}/languages", { params: { path: { document_id: documentId } } })),
  });
}

export function useDocumentTranslations(documentId: number, language: string | null) {
  return useQuery({
    queryKey: keys.translations(documentId, language ?? ""),
    queryFn: () =>
      call(
        api.GET("/api/v1/documents/{document_id}/translations/{language}", {
          params: { path: { document_id: documentId, language: language ?? "" } },
        }),
      ),
    enabled: language !== null,
  });
}

/** One section's translation with the source's changes since it was made (when out of date). */
export function useSectionTranslation(sectionId: number, language: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.sectionTranslation(sectionId, language),
    queryFn: () =>
      call(
        api.GET("/api/v1/sections/{section_id}/translations/{language}", {
          params: { path: { section_id: sectionId, language } },
        }),
      ),
    enabled,
  });
}

export interface TranslationDraft {
  sectionId: number;
  text: string;
  sourceVersion: number;
  baseVersion: number | null;
}

export function useSaveTranslation(documentId: number, language: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: TranslationDraft) =>
      call(
        api.POST("/api/v1/sections/{section_id}/translations/{language}", {
          params: { path: { section_id: draft.sectionId, language } },
          body: { text: draft.text, source_version: draft.sourceVersion, base_version: draft.baseVersion },
        }),
      ),
    onSettled: (_data, _error, draft) => {
      void queryClient.invalidateQueries({ queryKey: keys.translations(documentId, language) });
      void queryClient.invalidateQueries({ queryKey: keys.sectionTranslation(draft.sectionId, language) });
    },
  });
}

export function useSetLanguage(documentId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ language, authentic }: { language: string; authentic: boolean }) =>
      call(
        api.PUT("/api/v1/documents/{document_id}/languages/{language}", {
          params: { path: { document_id: documentId, language } },
          body: { authentic },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.languages(documentId) }),
  });
}

export function useNameTranslator(documentId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ language, userId }: { language: string; userId: number }) =>
      call(
        api.POST("/api/v1/documents/{document_id}/languages/{language}/translators", {
          params: { path: { document_id: documentId, language } },
          body: { user_id: userId },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.languages(documentId) }),
  });
}
