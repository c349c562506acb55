import { describe, expect, it } from "vitest";
import { renderPreview } from "./markdown";

describe("renderPreview", () => {
  it("highlights negotiation brackets but not links", () => {
    const html = renderPreview("States [shall][should] see [the note](https://example.org).");
    expect(html).toContain('<span class="bracket">[shall]</span><span class="bracket">[should]</span>');
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">the note</a>');
  });

  it("never passes raw HTML or script links through", () => {
    const html = renderPreview('<img src=x onerror="alert(1)"> [x](javascript:alert(1))');
    expect(html).not.toContain("<img");
    expect(html).not.toContain('href="javascript:');
  });
});
