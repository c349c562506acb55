import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { backoffDelay, DEFAULT_BACKOFF, type EventSourceMessage, openEventStream, retryAfterMs } from "./stream";

const URL = "/api/v1/documents/1/events";

/** A stream response that sends `frames`, then stays open until `end()` (or ends at once). */
function sse(frames: string[], { open = false } = {}): { response: Response; end: () => void } {
  let finish: () => void = () => undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const encoder = new TextEncoder();
      for (const frame of frames) controller.enqueue(encoder.encode(frame));
      finish = () => controller.close();
      if (!open) controller.close();
    },
  });
  return { response: new Response(body, { headers: { "Content-Type": "text/event-stream" } }), end: () => finish() };
}

function refused(status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error: { code: "x", message: "x", details: {} } }), { status, headers });
}

describe("backoffDelay", () => {
  it("grows the window twofold with each attempt, up to the cap", () => {
    const top = () => 0.999_999;
    const windows = [0, 1, 2, 3, 4, 5, 6, 10].map((attempt) => backoffDelay(attempt, DEFAULT_BACKOFF, top));
    expect(windows).toEqual([999, 1999, 3999, 7999, 15_999, 29_999, 29_999, 29_999]);
  });

  it("is jittered: a random point in the window, never past the cap", () => {
    const delays = Array.from({ length: 500 }, () => backoffDelay(8));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...delays)).toBeLessThan(DEFAULT_BACKOFF.capMs);
    expect(new Set(delays).size).toBeGreaterThan(400);
  });

  it("spreads 200 pages dropped together over the first window", () => {
    // What a restart looks like: every page's first retry is drawn from [0, 1 s).
    const buckets = new Array<number>(10).fill(0);
    for (let page = 0; page < 200; page += 1) {
      const delay = backoffDelay(0);
      buckets[Math.floor(delay / 100)] = (buckets[Math.floor(delay / 100)] ?? 0) + 1;
    }
    // 20 per 100 ms on average; all at once would be 200 in one bucket.
    expect(Math.max(...buckets)).toBeLessThan(50);
  });
});

describe("retryAfterMs", () => {
  it("reads seconds and HTTP dates", () => {
    expect(retryAfterMs(refused(503, { "Retry-After": "5" }))).toBe(5000);
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(retryAfterMs(refused(503, { "Retry-After": "Thu, 01 Jan 2026 00:00:03 GMT" }), now)).toBe(3000);
    expect(retryAfterMs(refused(503))).toBe(0);
  });
});

describe("openEventStream", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function start(answer: (call: number) => Response | Promise<Response>, random = () => 0.5) {
    const times: number[] = [];
    const headers: Record<string, string>[] = [];
    const fetchMock = vi.fn((_url: string, init: RequestInit) => {
      times.push(Date.now());
      headers.push(init.headers as Record<string, string>);
      return Promise.resolve().then(() => answer(times.length));
    });
    const events: EventSourceMessage[] = [];
    const drops: number[] = [];
    let closed = false;
    const stream = openEventStream(
      URL,
      {
        onEvent: (message) => events.push(message),
        onDrop: (ms) => drops.push(ms),
        onClose: () => {
          closed = true;
        },
      },
      { fetch: fetchMock as unknown as typeof fetch, random },
    );
    return { fetchMock, times, headers, events, drops, stream, isClosed: () => closed };
  }

  it("waits longer after each failed attempt, up to the cap", async () => {
    const { times, drops, stream } = start(() => Promise.reject(new TypeError("Failed to fetch")));
    await vi.advanceTimersByTimeAsync(120_000);
    stream.close();
    // random = 0.5: half of each window, 1 s doubling up to 30 s.
    expect(drops.slice(0, 8)).toEqual([500, 1000, 2000, 4000, 8000, 15_000, 15_000, 15_000]);
    const gaps = times.slice(1).map((t, i) => t - (times[i] ?? 0));
    expect(gaps.slice(0, 6)).toEqual([500, 1000, 2000, 4000, 8000, 15_000]);
  });

  it("draws each wait at random (jitter)", async () => {
    const dice = [0.1, 0.9, 0.3, 0.7];
    const { drops, stream } = start(
      () => Promise.reject(new TypeError("down")),
      () => dice.shift() ?? 0.5,
    );
    await vi.advanceTimersByTimeAsync(20_000);
    stream.close();
    expect(drops.slice(0, 4)).toEqual([100, 1800, 1200, 5600]);
  });

  it("resumes with Last-Event-ID after a drop", async () => {
    const { headers, events, stream } = start((call) =>
      call === 1
        ? sse(['event: ready\ndata: {"document_id":1}\n\n', 'id: 41\nevent: version\ndata: {"section_id":3}\n\n'])
            .response
        : sse([], { open: true }).response,
    );
    await vi.advanceTimersByTimeAsync(2_000);
    stream.close();
    expect(events.map((e) => [e.event, e.id])).toEqual([
      ["ready", undefined],
      ["version", "41"],
    ]);
    expect(headers[0]?.["Last-Event-ID"]).toBeUndefined();
    expect(headers[1]?.["Last-Event-ID"]).toBe("41");
    expect(stream.position()).toBe("41");
  });

  it("starts afresh after forgetPosition (an overflow)", async () => {
    const { headers, stream } = start((call) =>
      call === 1 ? sse(["id: 7\nevent: version\ndata: {}\n\n"]).response : sse([], { open: true }).response,
    );
    await vi.advanceTimersByTimeAsync(0);
    stream.forgetPosition();
    await vi.advanceTimersByTimeAsync(2_000);
    stream.close();
    expect(headers).toHaveLength(2);
    expect(headers[1]?.["Last-Event-ID"]).toBeUndefined();
  });

  it("waits out a 503's Retry-After before the jittered delay", async () => {
    const { fetchMock, drops, stream } = start((call) =>
      call === 1 ? refused(503, { "Retry-After": "5" }) : sse([], { open: true }).response,
    );
    await vi.advanceTimersByTimeAsync(5_400);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(drops[0]).toBe(5_500);
    stream.close();
  });

  it("stops for good when the server refuses the subscriber", async () => {
    const { fetchMock, isClosed } = start(() => refused(404));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(isClosed()).toBe(true);
  });

  it("starts the backoff afresh after a healthy connection", async () => {
    const healthy = sse(['event: ready\ndata: {"document_id":1}\n\n'], { open: true });
    const { drops, stream } = start((call) =>
      call <= 4 ? Promise.reject(new TypeError("down")) : call === 5 ? healthy.response : Promise.reject(new Error()),
    );
    // Four failures: the waits grew to 4 s.
    await vi.advanceTimersByTimeAsync(500 + 1000 + 2000 + 4000 + 10);
    expect(drops).toEqual([500, 1000, 2000, 4000]);
    // Connected for 30 s (longer than healthyMs), then dropped: back to the first window.
    await vi.advanceTimersByTimeAsync(30_000);
    healthy.end();
    await vi.advanceTimersByTimeAsync(0);
    stream.close();
    expect(drops[4]).toBe(500);
  });

  it("takes a silent connection for dead and reconnects", async () => {
    const { fetchMock, stream } = start(() => sse([], { open: true }).response);
    await vi.advanceTimersByTimeAsync(44_000);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    stream.close();
  });
});
