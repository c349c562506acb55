import { afterEach, describe, expect, it, vi } from "vitest";
import { prefetchUrls, startPrefetch, takePrefetched } from "./prefetch";

describe("prefetchUrls", () => {
  it("reads who is signed in, and the document of a document screen", () => {
    expect(prefetchUrls("/")).toEqual(["/api/v1/auth/me"]);
    expect(prefetchUrls("/documents/12")).toEqual(["/api/v1/auth/me", "/api/v1/documents/12"]);
    expect(prefetchUrls("/documents/12/sections/3/edit")).toEqual(["/api/v1/auth/me", "/api/v1/documents/12"]);
    expect(prefetchUrls("/documents/new")).toEqual(["/api/v1/auth/me"]);
    expect(prefetchUrls("/documents/12abc")).toEqual(["/api/v1/auth/me"]);
  });
  it("reads nothing on the sign-in and invitation screens", () => {
    expect(prefetchUrls("/sign-in")).toEqual([]);
    expect(prefetchUrls("/invitations/abc")).toEqual([]);
  });
});

describe("takePrefetched", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("hands each answer out once", async () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response("{}")));
    vi.stubGlobal("fetch", fetchMock);
    startPrefetch("/documents/5");
    expect(fetchMock).toHaveBeenCalledTimes(2);
    const answer = await takePrefetched("/api/v1/documents/5");
    expect(answer?.ok).toBe(true);
    expect(takePrefetched("/api/v1/documents/5")).toBeUndefined();
    expect(takePrefetched("/api/v1/documents/6")).toBeUndefined();
  });

  it("drops an answer nobody took in time", () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(() => Promise.resolve(new Response("{}"))),
    );
    const now = vi.spyOn(performance, "now");
    now.mockReturnValue(1_000);
    startPrefetch("/");
    now.mockReturnValue(60_000);
    expect(takePrefetched("/api/v1/auth/me")).toBeUndefined();
    now.mockRestore();
  });
});
