import { afterEach, describe, expect, it } from "vitest";
import { ApiError } from "../api/client";
import { type Mounted, mount } from "./margin/render.test-util";
import { ServerError } from "./ServerError";
import { ErrorNotice } from "./Status";

describe("refused requests are shown in words", () => {
  let mounted: Mounted | null = null;
  afterEach(() => mounted?.unmount());

  it("words a known code and never shows the code itself", () => {
    mounted = mount(<ServerError error={new ApiError(409, "document_frozen", "The document is circulated.", {})} />);
    const text = mounted.container.querySelector('[role="alert"]')?.textContent;
    expect(text).toBe("The document is not in drafting: this can no longer be changed.");
    expect(text).not.toContain("document_frozen");
  });

  it("falls back to the server's sentence, never to a code", () => {
    mounted = mount(<ServerError error={new ApiError(409, "brand_new_code", "A sentence from the server.", {})} />);
    expect(mounted.container.textContent).toBe("A sentence from the server.");
  });

  it("words a bare failure by its status", () => {
    mounted = mount(<ErrorNotice error={new ApiError(503, "http_503", "Request failed (503).", {})} />);
    const text = mounted.container.textContent ?? "";
    expect(text).toContain("Concord is busy");
    expect(text).not.toMatch(/http_503|\(503\)/);
  });
});
