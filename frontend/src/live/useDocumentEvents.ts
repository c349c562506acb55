// Follows GET /documents/{id}/events (server-sent events, through live/stream.ts, which
// reconnects with a jittered backoff and resumes with Last-Event-ID) while a document screen is
// open: invalidates the queries each event makes stale, keeps who is present where, and renews
// this person's own presence (POST /documents/{id}/presence) on a heartbeat.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { keys } from "../api/keys";
import { announcePresence } from "../api/live";
import { invalidationsFor, isFinalEnd, type LiveEvent, type PresentPerson, parseEvent, presentPeople } from "./events";
import { openEventStream } from "./stream";

export type LiveStatus = "connecting" | "open" | "reconnecting" | "closed";

export interface Presence {
  sectionId: number | null;
  state: "viewing" | "editing";
}

export interface DocumentEvents {
  status: LiveStatus;
  people: PresentPerson[];
}

const DEFAULT_PRESENCE_SECONDS = 30;

export function useDocumentEvents(
  documentId: number,
  presence: Presence = { sectionId: null, state: "viewing" },
  onEvent?: (event: LiveEvent) => void,
): DocumentEvents {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const [people, setPeople] = useState<PresentPerson[]>([]);
  const [presenceSeconds, setPresenceSeconds] = useState(DEFAULT_PRESENCE_SECONDS);
  const onEventRef = useRef(onEvent);
  onEventRef.current = onEvent;

  useEffect(() => {
    if (!Number.isFinite(documentId)) return;
    let opened = false;
    setStatus("connecting");
    const stream = openEventStream(`/api/v1/documents/${documentId}/events`, {
      onEvent: (message) => {
        const event = parseEvent(message);
        if (!event) return;
        const { name, data } = event;
        if (name === "ready") {
          // A reconnection that could not resume (no event id yet, or after an overflow) may have
          // missed changes: refresh what the page shows. One that resumed gets them replayed.
          if (opened && stream.position() === undefined) {
            void queryClient.invalidateQueries({ queryKey: keys.document(documentId) });
          }
          opened = true;
          setStatus("open");
          if (typeof data.presence_seconds === "number") setPresenceSeconds(data.presence_seconds);
        } else if (name === "presence") {
          setPeople(presentPeople(data));
        } else if (name === "end") {
          if (isFinalEnd(data)) {
            stream.close();
            setStatus("closed");
          } else if (data.reason === "overflow") {
            // Too much was missed to replay: start afresh (and refresh) rather than ask again.
            stream.forgetPosition();
          }
        }
        for (const key of invalidationsFor(event, documentId)) void queryClient.invalidateQueries({ queryKey: key });
        onEventRef.current?.(event);
      },
      onDrop: () => setStatus("reconnecting"),
      onClose: () => setStatus("closed"),
    });
    return () => stream.close();
  }, [documentId, queryClient]);

  const { sectionId, state } = presence;
  useEffect(() => {
    if (!Number.isFinite(documentId)) return;
    const body = { section_id: sectionId, state };
    void announcePresence(documentId, body);
    // Renew well within the server's window so a person does not flicker away.
    const every = Math.max(5, presenceSeconds / 2) * 1000;
    const timer = window.setInterval(() => void announcePresence(documentId, body), every);
    return () => window.clearInterval(timer);
  }, [documentId, sectionId, state, presenceSeconds]);

  return { status, people };
}
