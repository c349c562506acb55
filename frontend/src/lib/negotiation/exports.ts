// Download links of GET /documents/{id}/export.docx|.md|.html.
export type ExportFormat = "docx" | "md" | "html";
export type ExportVariant = "clean" | "bracketed" | "redline";

export interface ExportChoice {
  format: ExportFormat;
  variant: ExportVariant;
  /** A revision label ("Rev.2") or "head" (the current text). */
  revision: string;
  /** Redline only: the revision compared against. */
  compareTo?: string;
}

export function exportUrl(documentId: number, choice: ExportChoice): string {
  const query = new URLSearchParams({ variant: choice.variant, revision: choice.revision || "head" });
  if (choice.variant === "redline" && choice.compareTo) query.set("compare_to", choice.compareTo);
  return `/api/v1/documents/${documentId}/export.${choice.format}?${query.toString()}`;
}

/** The revision a redline compares against by default: the one before `revision`, if any. */
export function previousRevision(labels: readonly string[], revision: string): string | undefined {
  if (labels.length === 0) return undefined;
  if (revision === "head") return labels[labels.length - 1];
  const i = labels.indexOf(revision);
  return i > 0 ? labels[i - 1] : undefined;
}

/** What a redline of `revision` may compare with: the revisions before it (all of them for the
 *  current text), latest first, so the default comes first and the text itself never does. */
export function earlierRevisions(labels: readonly string[], revision: string): string[] {
  const end = revision === "head" ? labels.length : labels.indexOf(revision);
  return labels.slice(0, Math.max(0, end)).reverse();
}
