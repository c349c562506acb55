import { describe, expect, it } from "vitest";
import type { ApprovalMatrix, CellPublic } from "../../api/client";
import { type BlockerWords, describeBlockers, shapeMatrix } from "./matrix";

const party = (id: number, code: string) => ({ id, code, name: code, kind: "government" as const, announced: true });
const cell = (
  delegation_id: number,
  decision: CellPublic["decision"],
  state: CellPublic["state"],
  version = 2,
): CellPublic => ({
  delegation_id,
  decision,
  version,
  state,
  statement: "",
  set_by: { id: 9, name: "Head" },
  set_at: "2026-01-01T00:00:00Z",
});
const brackets = {
  spans: 0,
  bracketed_words: 0,
  total_words: 10,
  share: 0,
  unbalanced: [],
  crossing: 0,
  unmatched: [],
};

const matrix: ApprovalMatrix = {
  document_id: 1,
  status: "drafting",
  parties: [party(1, "FRA"), party(2, "JOR")],
  sections: [
    { section_id: 10, kind: "heading", number: null, version: 1, content_hash: "h", positions: [] },
    {
      section_id: 11,
      kind: "paragraph",
      number: 1,
      version: 2,
      content_hash: "a",
      positions: [cell(1, "approve", "current"), cell(2, "reservation", "current")],
    },
    {
      section_id: 12,
      kind: "paragraph",
      number: 2,
      version: 3,
      content_hash: "b",
      positions: [cell(2, "approve", "stale")],
    },
    {
      section_id: 13,
      kind: "paragraph",
      number: 3,
      version: 1,
      content_hash: "c",
      positions: [cell(1, "object", "current"), cell(2, "approve", "current")],
    },
  ],
  summary: { paragraphs: 3, agreed: 1, objected: 1, pending: 1, ad_referendum: 0, brackets },
};

describe("shapeMatrix", () => {
  it("keeps paragraphs, puts cells in party order and fills the gaps", () => {
    const shaped = shapeMatrix(matrix);
    expect(shaped.rows.map((r) => r.number)).toEqual([1, 2, 3]);
    const second = shaped.rows[1];
    expect(second?.cells.map((c) => [c.party.code, c.state, c.decision])).toEqual([
      ["FRA", "none", null],
      ["JOR", "stale", "approve"],
    ]);
  });

  it("tells agreed and objected rows, and counts per party", () => {
    const shaped = shapeMatrix(matrix);
    expect(shaped.rows.map((r) => [r.agreed, r.objected])).toEqual([
      [true, false],
      [false, false],
      [false, true],
    ]);
    expect(shaped.totals.map((t) => [t.party.code, t.agreeing, t.stale, t.objecting, t.none])).toEqual([
      ["FRA", 1, 0, 1, 1],
      ["JOR", 2, 1, 0, 0],
    ]);
  });
});

const words: BlockerWords = {
  brackets: (spans, paras) => `${spans} brackets in ${paras}`,
  objection: (p, s) => `${p} objects to ${s}`,
  missing: (p, s) => `${p} has not approved ${s}`,
  more: (n) => `and ${n} more`,
  paragraph: (n) => `para. ${n}`,
  heading: "a heading",
  party: "a party",
  stale: (p, s) => `${p}'s approval of ${s} is out of date`,
  translation: (language, missing, stale) => `${language}: ${missing} missing, ${stale} out of date`,
  language: (code) => ({ ar: "Arabic" })[code] ?? code,
};

describe("describeBlockers", () => {
  const sections = [
    { id: 10, number: null },
    { id: 11, number: 1 },
    { id: 13, number: 3 },
  ];
  it("names brackets, objections and missing approvals by paragraph and party", () => {
    const lines = describeBlockers(
      {
        brackets: { sections: [11, 10], spans: 3 },
        objections: [{ section_id: 13, delegation_id: 1 }],
        missing_approvals: [{ section_id: 11, delegation_id: 99, decision: null }],
      },
      sections,
      matrix.parties,
      words,
    );
    expect(lines).toEqual([
      "3 brackets in para. 1, a heading",
      "FRA objects to para. 3",
      "a party has not approved para. 1",
    ]);
  });

  it("gathers a party's paragraphs on one line and cuts long lists short", () => {
    const missing = [
      { section_id: 11, delegation_id: 2 },
      { section_id: 13, delegation_id: 2 },
      { section_id: 11, delegation_id: 1 },
      { section_id: 11, delegation_id: 7 },
      { section_id: 11, delegation_id: 8 },
    ];
    const lines = describeBlockers(
      { missing_approvals: missing },
      sections,
      [...matrix.parties, { id: 7, code: "EGY" }, { id: 8, code: "GBR" }],
      words,
      2,
    );
    expect(lines).toEqual(["JOR has not approved para. 1, para. 3", "FRA has not approved para. 1", "and 2 more"]);
  });

  it("says an approval of an earlier text is out of date, not missing", () => {
    const lines = describeBlockers(
      {
        missing_approvals: [
          { section_id: 11, delegation_id: 1, decision: null, stale: true },
          { section_id: 13, delegation_id: 1, decision: null, stale: false },
        ],
      },
      sections,
      matrix.parties,
      words,
    );
    expect(lines).toEqual(["FRA has not approved para. 3", "FRA's approval of para. 1 is out of date"]);
  });

  it("says which language required for adoption is not ready", () => {
    const lines = describeBlockers(
      { translations: [{ language: "ar", missing: [11, 13], out_of_date: [10] }] },
      sections,
      matrix.parties,
      words,
    );
    expect(lines).toEqual(["Arabic: 2 missing, 1 out of date"]);
  });
});
