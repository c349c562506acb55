import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { ApiError, readRetries, retryRead, retryReadDelay } from "./client";

const busy = new ApiError(503, "server_busy", "The server is busy; retry shortly.", { retry_after: 2 });
const tooMany = new ApiError(429, "too_many_requests", "Too many requests at once.", { retry_after: 3 });
const notFound = new ApiError(404, "document_not_found", "No such document.");
const crashed = new ApiError(500, "internal_error", "Something went wrong.");
const offline = new ApiError(0, "network_error", "Failed to fetch");

describe("reads tried again", () => {
  it("come back when a refusal says, up to five times", () => {
    expect(retryReadDelay(0, tooMany)).toBe(3000);
    expect(retryReadDelay(3, busy)).toBe(2000);
    expect([0, 1, 2, 3, 4, 5].map((n) => retryRead(n, tooMany))).toEqual([true, true, true, true, true, false]);
  });

  it("try network and server trouble twice, doubling the wait", () => {
    expect([0, 1, 2].map((n) => retryRead(n, offline))).toEqual([true, true, false]);
    expect([0, 1, 2].map((n) => retryRead(n, crashed))).toEqual([true, true, false]);
    expect([0, 1, 5].map((n) => retryReadDelay(n, crashed))).toEqual([1000, 2000, 30_000]);
  });

  it("take any other 4xx answer as final", () => {
    expect(retryRead(0, notFound)).toBe(false);
    expect(retryRead(0, new ApiError(429, "too_many_requests", "no time given"))).toBe(false);
  });
});

describe("the app's queries", () => {
  const client = () => new QueryClient({ defaultOptions: { queries: readRetries } });

  it("are read again after a refusal, when it says", async () => {
    let calls = 0;
    const queryFn = async () => {
      calls += 1;
      if (calls < 3) throw new ApiError(429, "too_many_requests", "Too many.", { retry_after: 0 });
      return "the comments";
    };
    await expect(client().fetchQuery({ queryKey: ["comments", 1], queryFn })).resolves.toBe("the comments");
    expect(calls).toBe(3);
  });

  it("are not read again after a 404", async () => {
    let calls = 0;
    const queryFn = async () => {
      calls += 1;
      throw notFound;
    };
    await expect(client().fetchQuery({ queryKey: ["document", 9], queryFn })).rejects.toBe(notFound);
    expect(calls).toBe(1);
  });
});
