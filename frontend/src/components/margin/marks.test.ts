import { describe, expect, it } from "vitest";
import { clearMarks, markActive, markSpans } from "./marks";

function paragraph(html: string): HTMLElement {
  const root = document.createElement("div");
  root.innerHTML = html;
  return root;
}

describe("the anchored words in a paragraph's text", () => {
  const source = "All parties shall protect the **civic space** in which civil society works.";
  const html = "<p>All parties shall protect the <strong>civic space</strong> in which civil society works.</p>";

  it("marks the quoted words across inline markup, text unchanged", () => {
    const root = paragraph(html);
    const quoteStart = source.indexOf("**civic") + 2;
    expect(markSpans(root, source, [{ id: "cmt_7", start: quoteStart, end: quoteStart + 11 }])).toBeGreaterThan(0);
    const marks = Array.from(root.querySelectorAll("mark.anchor-mark"));
    expect(marks.map((m) => m.textContent).join("")).toBe("civic space");
    expect(root.textContent).toBe("All parties shall protect the civic space in which civil society works.");
  });

  it("lays the marks again without doubling them, and takes them off cleanly", () => {
    const root = paragraph(html);
    const at = source.indexOf("civil");
    markSpans(root, source, [{ id: "cmt_1", start: at, end: at + 13 }]);
    markSpans(root, source, [{ id: "cmt_1", start: at, end: at + 13 }]);
    expect(root.querySelectorAll("mark.anchor-mark")).toHaveLength(1);
    markActive(root, "cmt_1");
    expect(root.querySelector("mark.active")?.textContent).toBe("civil society");
    clearMarks(root);
    expect(root.querySelectorAll("mark")).toHaveLength(0);
    expect(root.innerHTML).toBe(html);
  });
});
