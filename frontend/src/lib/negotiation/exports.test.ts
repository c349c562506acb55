import { describe, expect, it } from "vitest";
import { earlierRevisions, exportUrl, previousRevision } from "./exports";

describe("exportUrl", () => {
  it("builds the Word, Markdown and HTML links with variant and revision", () => {
    expect(exportUrl(4, { format: "docx", variant: "clean", revision: "Rev.2" })).toBe(
      "/api/v1/documents/4/export.docx?variant=clean&revision=Rev.2",
    );
    expect(exportUrl(4, { format: "md", variant: "bracketed", revision: "" })).toBe(
      "/api/v1/documents/4/export.md?variant=bracketed&revision=head",
    );
  });

  it("adds compare_to for redlines only", () => {
    expect(exportUrl(4, { format: "docx", variant: "redline", revision: "head", compareTo: "Rev.1" })).toBe(
      "/api/v1/documents/4/export.docx?variant=redline&revision=head&compare_to=Rev.1",
    );
    expect(exportUrl(4, { format: "html", variant: "clean", revision: "head", compareTo: "Rev.1" })).not.toContain(
      "compare_to",
    );
  });
});

describe("previousRevision", () => {
  it("is the revision before, or the latest for the current text", () => {
    expect(previousRevision(["Rev.1", "Rev.2"], "Rev.2")).toBe("Rev.1");
    expect(previousRevision(["Rev.1", "Rev.2"], "head")).toBe("Rev.2");
    expect(previousRevision(["Rev.1"], "Rev.1")).toBeUndefined();
    expect(previousRevision([], "head")).toBeUndefined();
  });
});

describe("earlierRevisions", () => {
  it("offers only earlier texts, latest first, never the revision itself", () => {
    const labels = ["Rev.1", "Rev.2", "Rev.3"];
    expect(earlierRevisions(labels, "head")).toEqual(["Rev.3", "Rev.2", "Rev.1"]);
    expect(earlierRevisions(labels, "Rev.2")).toEqual(["Rev.1"]);
    expect(earlierRevisions(labels, "Rev.1")).toEqual([]);
    expect(earlierRevisions([], "head")).toEqual([]);
  });
});
