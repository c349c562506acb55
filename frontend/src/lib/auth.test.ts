import { describe, expect, it } from "vitest";
import { providerLoginUrl, safeNext } from "./auth";

describe("safeNext", () => {
  it("keeps a local deep link", () => {
    expect(safeNext("/documents/1/sections/7/edit?x=1#a")).toBe("/documents/1/sections/7/edit?x=1#a");
  });

  it("refuses other sites", () => {
    for (const bad of [
      "https://evil.example/",
      "//evil.example/",
      "/\\evil.example",
      "javascript:alert(1)",
      null,
      "",
    ]) {
      expect(safeNext(bad)).toBe("/");
    }
  });
});

describe("providerLoginUrl", () => {
  it("passes the next page and the invitation to the server", () => {
    const url = new URL(providerLoginUrl("consortium id", "/documents/2", "tok en"), "http://x");
    expect(url.pathname).toBe("/api/v1/auth/oidc/consortium%20id/login");
    expect(url.searchParams.get("next")).toBe("/documents/2");
    expect(url.searchParams.get("invitation")).toBe("tok en");
  });
});
