// A server-sent event stream that reconnects at its own pace. EventSource reconnects by itself
// after the server's `retry:` wait, the same for every browser: after a restart, every open page
// would come back at once. This client reads the stream with fetch instead (eventsource-parser
// parses it) and, when it drops, waits a jittered, growing delay before the next try:
//
// - full jitter: a uniformly random wait between 0 and min(cap, base · 2^attempt), so that 200
//   pages dropped together spread their returns over the window instead of arriving together;
// - the attempt count goes back to 0 only after a connection stayed up for a while (healthyMs):
//   a server that accepts and drops at once does not get a tight loop;
// - a 429 or 503 is waited out for its Retry-After, plus the jittered delay;
// - 204, 401, 403, 404 and 410 end it (the server will not let this subscriber back in);
// - it resumes where it left: each reconnection sends `Last-Event-ID` (the last `id:` seen),
//   like EventSource does, so the server replays what was missed;
// - a stream silent for longer than idleMs (the server sends a comment every 15 s) is taken as
//   dropped: a connection that died without closing does not hang the page.
//
// The server's `retry:` is for plain EventSource clients; this one paces itself.
import { createParser, type EventSourceMessage } from "eventsource-parser";

export type { EventSourceMessage };

export interface Backoff {
  /** The first window, in milliseconds; it doubles with each failed attempt. */
  baseMs: number;
  /** The largest window. */
  capMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { baseMs: 1_000, capMs: 30_000 };
/** A connection up this long counts as healthy: the next drop starts the backoff afresh. */
export const HEALTHY_MS = 10_000;
/** Nothing received for this long (three missed keep-alives): the connection is dead. */
export const IDLE_MS = 45_000;

const FINAL_STATUSES = new Set([204, 401, 403, 404, 410]);
const BUSY_STATUSES = new Set([429, 503]);

/** Full jitter: a uniformly random wait in [0, min(cap, base · 2^attempt)). */
export function backoffDelay(attempt: number, backoff: Backoff = DEFAULT_BACKOFF, random = Math.random): number {
  const ceiling = Math.min(backoff.capMs, backoff.baseMs * 2 ** Math.max(0, attempt));
  return Math.floor(random() * ceiling);
}

/** A Retry-After header in milliseconds (seconds or an HTTP date), or 0. */
export function retryAfterMs(response: Response, now: number = Date.now()): number {
  const value = response.headers.get("retry-after")?.trim();
  if (!value) return 0;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? 0 : Math.max(0, at - now);
}

export interface StreamHandlers {
  /** Each event, in order (`event` is undefined for unnamed ones). */
  onEvent: (message: EventSourceMessage) => void;
  /** The connection dropped; the next try starts in `delayMs`. */
  onDrop?: (delayMs: number) => void;
  /** The stream ended for good: the server refused this subscriber. */
  onClose?: () => void;
}

export interface StreamOptions {
  backoff?: Backoff;
  healthyMs?: number;
  idleMs?: number;
  /** For tests: the network, the dice and the clock. */
  fetch?: typeof fetch;
  random?: () => number;
  now?: () => number;
}

export interface EventStream {
  /** Stops for good (the page closed). */
  close: () => void;
  /** Forgets the last event id: the next connection starts afresh, replaying nothing. */
  forgetPosition: () => void;
  /** The last event id seen (sent as Last-Event-ID on the next connection), if any. */
  position: () => string | undefined;
}

type Outcome = { kind: "stop" } | { kind: "retry"; waitMs: number };

export function openEventStream(url: string, handlers: StreamHandlers, options: StreamOptions = {}): EventStream {
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const healthyMs = options.healthyMs ?? HEALTHY_MS;
  const idleMs = options.idleMs ?? IDLE_MS;
  let lastEventId: string | undefined;
  let attempt = 0;
  let closed = false;
  let controller: AbortController | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  /** One connection, read to its end: whether to try again, and after how long at least. */
  async function read(signal: AbortSignal, opened: () => void, watch: () => void): Promise<Outcome> {
    const headers: Record<string, string> = { Accept: "text/event-stream" };
    if (lastEventId !== undefined) headers["Last-Event-ID"] = lastEventId;
    const response = await fetchFn(url, { headers, credentials: "same-origin", cache: "no-store", signal });
    if (FINAL_STATUSES.has(response.status)) return { kind: "stop" };
    const type = response.headers.get("content-type") ?? "";
    if (!response.ok || !response.body || !type.startsWith("text/event-stream")) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: "retry", waitMs: BUSY_STATUSES.has(response.status) ? retryAfterMs(response, now()) : 0 };
    }
    opened();
    const parser = createParser({
      onId: (id) => {
        lastEventId = id;
      },
      onEvent: (message) => {
        if (!closed) handlers.onEvent(message);
      },
    });
    const reader = response.body.getReader();
    // Closing, or a silent connection: end the read (a real fetch's body also errors on abort).
    signal.addEventListener("abort", () => void reader.cancel().catch(() => undefined));
    const decoder = new TextDecoder();
    watch();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { kind: "retry", waitMs: 0 };
      watch();
      parser.feed(decoder.decode(value, { stream: true }));
    }
  }

  async function connect(): Promise<void> {
    const current = new AbortController();
    controller = current;
    let openedAt: number | null = null;
    let idle: ReturnType<typeof setTimeout> | undefined;
    const watch = () => {
      clearTimeout(idle);
      idle = setTimeout(() => current.abort(), idleMs);
    };
    let outcome: Outcome;
    try {
      const opened = () => {
        openedAt = now();
      };
      outcome = await read(current.signal, opened, watch);
    } catch {
      // A network error, or a connection aborted as idle: try again.
      outcome = { kind: "retry", waitMs: 0 };
    } finally {
      clearTimeout(idle);
    }
    if (closed) return;
    if (outcome.kind === "stop") {
      closed = true;
      handlers.onClose?.();
      return;
    }
    if (openedAt !== null && now() - openedAt >= healthyMs) attempt = 0;
    const delay = outcome.waitMs + backoffDelay(attempt, backoff, random);
    attempt += 1;
    handlers.onDrop?.(delay);
    retryTimer = setTimeout(() => void connect(), delay);
  }

  void connect();
  return {
    close: () => {
      closed = true;
      clearTimeout(retryTimer);
      controller?.abort();
    },
    forgetPosition: () => {
      lastEventId = undefined;
    },
    position: () => lastEventId,
  };
}
