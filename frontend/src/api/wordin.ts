// Word in: import a draft (with its dry-run preview) and return a delegation's Word copy.
// Both are multipart uploads, so the body is a FormData the client sends as is.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, call, type Schemas } from "./client";
import { keys } from "./keys";

export type ImportResult = Schemas["ImportResult"];
export type ReturnResult = Schemas["ReturnPublic"];

export interface ImportRequest {
  file: File;
  title?: string;
  workingGroupId?: number;
  dryRun: boolean;
}

function form(fields: Record<string, string | Blob | undefined>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) data.append(name, value);
  return data;
}

/** Imports a draft; with `dryRun`, only answers what would be created (nothing is stored). */
export function useImportDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ImportRequest) =>
      call(
        api.POST("/api/v1/documents/import", {
          params: { query: { dry_run: request.dryRun } },
          body: {} as never,
          bodySerializer: () =>
            form({
              file: request.file,
              title: request.title || undefined,
              working_group_id: request.workingGroupId ? String(request.workingGroupId) : undefined,
            }),
        }),
      ),
    onSuccess: (_data, request) => {
      if (!request.dryRun) void queryClient.invalidateQueries({ queryKey: keys.documents });
    },
  });
}

/** A delegation's Word copy, edited with Track Changes, back as its amendments and comments. */
export function useReturnCopy(documentId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      call(
        api.POST("/api/v1/documents/{document_id}/returns", {
          params: { path: { document_id: documentId } },
          body: {} as never,
          bodySerializer: () => form({ file }),
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.document(documentId) }),
  });
}
