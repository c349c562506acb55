// The first thing the page runs (from main.tsx, before the app's own code is even loaded): start
// the requests the first screen will need, so that they travel while the browser loads and
// compiles the app. The app takes each answer once (takePrefetched, in api/queries.ts); an answer
// nobody took within a few seconds is dropped rather than served stale. No imports: this stays
// in the small entry chunk.

const FRESH_MS = 5_000;
const started = new Map<string, { at: number; response: Promise<Response> }>();

/** The reads a path's screen starts with: who is signed in, and the document it shows. */
export function prefetchUrls(pathname: string): string[] {
  if (pathname.startsWith("/sign-in") || pathname.startsWith("/invitations/")) return [];
  const urls = ["/api/v1/auth/me"];
  const document = /^\/documents\/(\d+)(?:\/|$)/.exec(pathname);
  if (document) urls.push(`/api/v1/documents/${document[1]}`);
  return urls;
}

export function startPrefetch(pathname: string): void {
  if (typeof fetch !== "function") return;
  for (const url of prefetchUrls(pathname)) {
    const response = fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
    response.catch(() => undefined); // a failure surfaces when (if) the app takes it
    started.set(url, { at: performance.now(), response });
  }
}

/** The response of a request started at boot for `url`, once; undefined when there is none. */
export function takePrefetched(url: string): Promise<Response> | undefined {
  const found = started.get(url);
  started.delete(url);
  return found && performance.now() - found.at < FRESH_MS ? found.response : undefined;
}
