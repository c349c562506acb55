import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { keys } from "../api/keys";
import { type LiveStatus, useDocumentEvents } from "./useDocumentEvents";

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

const READY = 'event: ready\ndata: {"document_id":1,"presence_seconds":30}\n\n';

/** A stream response: `frames`, then the end of the stream unless `open`. */
function stream(frames: string[], open = false): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const frame of frames) controller.enqueue(new TextEncoder().encode(frame));
      if (!open) controller.close();
    },
  });
  return new Response(body, { headers: { "Content-Type": "text/event-stream" } });
}

/** Follows document 1, writing down each status it renders with. */
function Probe({ statuses }: { statuses: LiveStatus[] }) {
  const { status } = useDocumentEvents(1);
  statuses.push(status);
  return null;
}

describe("useDocumentEvents", () => {
  let root: Root;
  let queryClient: QueryClient;
  let statuses: LiveStatus[];
  let requests: Record<string, string>[];

  /** Mounts the hook on a stream whose connections answer `answers` in turn (then stay open). */
  async function follow(answers: Response[]) {
    vi.stubGlobal(
      "fetch",
      vi.fn((url: string, init: RequestInit) => {
        if (!url.endsWith("/events")) return Promise.resolve(new Response(null, { status: 204 }));
        requests.push(init.headers as Record<string, string>);
        return Promise.resolve(answers.shift() ?? stream([READY], true));
      }),
    );
    await act(async () => {
      root.render(
        <QueryClientProvider client={queryClient}>
          <Probe statuses={statuses} />
        </QueryClientProvider>,
      );
    });
  }

  /** How many times the whole document was refetched (its key, not exact: everything under it). */
  function documentRefreshes(spy: { mock: { calls: unknown[][] } }): number {
    const whole = JSON.stringify({ queryKey: keys.document(1) });
    return spy.mock.calls.filter(([filters]) => JSON.stringify(filters) === whole).length;
  }

  beforeEach(() => {
    globalThis.IS_REACT_ACT_ENVIRONMENT = true;
    vi.spyOn(Math, "random").mockReturnValue(0); // reconnect at once
    queryClient = new QueryClient();
    statuses = [];
    requests = [];
    const host = document.createElement("div");
    document.body.replaceChildren(host);
    root = createRoot(host);
  });

  afterEach(async () => {
    await act(async () => root.unmount());
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("resumes from the last event id, without refetching the document", async () => {
    const refresh = vi.spyOn(queryClient, "invalidateQueries");
    await follow([stream([READY, 'id: 5\nevent: comment\ndata: {"section_id":9}\n\n'])]);
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    await vi.waitFor(() => expect(statuses.at(-1)).toBe("open"));
    expect(requests[1]?.["Last-Event-ID"]).toBe("5");
    // The comment refreshed the comments and the document once; the resumed ready did not.
    expect(documentRefreshes(refresh)).toBe(1);
  });

  it("refetches the document after a reconnection that could not resume", async () => {
    const refresh = vi.spyOn(queryClient, "invalidateQueries");
    await follow([stream([READY])]);
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    await vi.waitFor(() => expect(documentRefreshes(refresh)).toBe(1));
    expect(requests[1]?.["Last-Event-ID"]).toBeUndefined();
  });

  it("forgets its position after an overflow, and stops after an expired session", async () => {
    await follow([
      stream([
        READY,
        'id: 8\nevent: comment\ndata: {"section_id":9}\n\n',
        'event: end\ndata: {"reason":"overflow"}\n\n',
      ]),
      stream([READY, 'event: end\ndata: {"reason":"session_expired"}\n\n'], true),
    ]);
    await vi.waitFor(() => expect(statuses.at(-1)).toBe("closed"));
    expect(requests).toHaveLength(2);
    expect(requests[1]?.["Last-Event-ID"]).toBeUndefined();
  });
});
