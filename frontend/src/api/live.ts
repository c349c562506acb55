// The live domain's one write: this person's presence on a document (not stored, nothing to refresh).
import { api, type BodyOf, call } from "./client";

export type PresenceBody = BodyOf<"/api/v1/documents/{document_id}/presence", "post">;

/** Tells the others who is here; best effort (the next heartbeat tries again). */
export async function announcePresence(documentId: number, body: PresenceBody): Promise<void> {
  try {
    await call(
      api.POST("/api/v1/documents/{document_id}/presence", { params: { path: { document_id: documentId } }, body }),
    );
  } catch {
    // Presence is best effort: the next heartbeat tries again.
  }
}
