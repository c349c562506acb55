/// <reference types="node" />
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { canonicalMarkdown, parseMarkdown, serializeMarkdown } from "./markdown";

interface Paragraph {
  source: string;
  text: string;
  canonical: string | null;
}

// Written by the server's canonicaliser (`uv run python -m tests.corpus.paragraphs`): every paragraph
// of the real texts and of the demo with the spelling the server stores.
const fixture: Paragraph[] = JSON.parse(
  readFileSync(resolve(__dirname, "../../../../tests/corpus/canonical.json"), "utf8"),
);

// Thousands of conversions: on a shared machine they take longer than the default 5 s.
describe("the editor writes what the server stores", { timeout: 60_000 }, () => {
  test("the fixture holds the real texts (UNFCCC, G7, UDHR Arabic and Hebrew) and the demo", () => {
    const sources = new Set(fixture.map((p) => p.source));
    expect(sources).toEqual(
      new Set([
        "demo.py",
        "generated",
        "g7-hiroshima-2023-leaders-communique.md",
        "udhr-1948-arabic.md",
        "udhr-1948-hebrew-preamble.md",
        "unfccc-adp-2015-11-10-draft-agreement-and-decision.md",
        "unfccc-adp-2015-12-04-draft-agreement-and-decision.md",
      ]),
    );
    expect(fixture.length).toBeGreaterThan(1300);
  });

  test("every paragraph: Markdown -> editor -> Markdown is the server's canonical form", () => {
    const wrong = fixture.filter((p) => canonicalMarkdown(p.text) !== (p.canonical ?? p.text));
    expect(wrong.slice(0, 3).map((p) => [p.text, canonicalMarkdown(p.text), p.canonical])).toEqual([]);
  });

  test("the canonical form opens and saves as itself, document unchanged", () => {
    for (const p of fixture) {
      const spelled = p.canonical ?? p.text;
      const doc = parseMarkdown(spelled);
      expect(serializeMarkdown(doc)).toBe(spelled);
      expect(parseMarkdown(serializeMarkdown(doc)).eq(doc)).toBe(true);
    }
  });
});
