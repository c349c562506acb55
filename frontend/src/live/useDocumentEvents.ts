// Follows GET /documents/{id}/events (server-sent events) while a document screen is open:
// invalidates the queries each event makes stale, keeps who is present where, and renews
// this person's own presence (POST /documents/{id}/presence) on a heartbeat.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { keys } from "../api/keys";
import { announcePresence } from "../api/live";
import { EVENT_NAMES, invalidationsFor, isFinalEnd, type LiveEvent, type PresentPerson, presentPeople } from "./events";

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
    if (!Number.isFinite(documentId) || typeof EventSource === "undefined") return;
    const source = new EventSource(`/api/v1/documents/${documentId}/events`);
    let opened = false;
    setStatus("connecting");
    const handle = (name: LiveEvent["name"]) => (message: MessageEvent<string>) => {
      let data: Record<string, unknown> = {};
      try {
        data = JSON.parse(message.data) as Record<string, unknown>;
      } catch {
        return;
      }
      const event: LiveEvent = { name, data };
      if (name === "ready") {
        // After a reconnect, events may have been missed: refresh what the page shows.
        if (opened) void queryClient.invalidateQueries({ queryKey: keys.document(documentId) });
        opened = true;
        setStatus("open");
        if (typeof data.presence_seconds === "number") setPresenceSeconds(data.presence_seconds);
      } else if (name === "presence") {
        setPeople(presentPeople(data));
      } else if (name === "end") {
        if (isFinalEnd(data)) {
          source.close();
          setStatus("closed");
        }
      }
      for (const key of invalidationsFor(event, documentId)) void queryClient.invalidateQueries({ queryKey: key });
      onEventRef.current?.(event);
    };
    const listeners = EVENT_NAMES.map((name) => [name, handle(name)] as const);
    for (const [name, listener] of listeners) source.addEventListener(name, listener as EventListener);
    source.onerror = () => setStatus(source.readyState === EventSource.CLOSED ? "closed" : "reconnecting");
    return () => {
      for (const [name, listener] of listeners) source.removeEventListener(name, listener as EventListener);
      source.close();
    };
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
