// The approval matrix (GET /documents/{id}/approvals) as a table: one row per paragraph, one
// column per party, and per party how many paragraphs it approves, holds stale or objects to.
// Also the blockers a 409 `adoption_blocked` names, in words a person can act on.
import type { ApprovalMatrix, CellPublic, DelegationPublic } from "../../api/client";

export type CellState = "current" | "stale" | "none";

export interface MatrixCell {
  party: DelegationPublic;
  decision: string | null;
  state: CellState;
  version: number | null;
  statement: string;
  setBy: string | null;
}

export interface MatrixRow {
  sectionId: number;
  number: number | null;
  kind: string;
  version: number;
  cells: MatrixCell[];
  /** Every party approves the current text (approve, reservation or abstain). */
  agreed: boolean;
  objected: boolean;
}

export interface PartyTotals {
  party: DelegationPublic;
  agreeing: number;
  stale: number;
  objecting: number;
  none: number;
}

export interface ShapedMatrix {
  parties: DelegationPublic[];
  rows: MatrixRow[];
  totals: PartyTotals[];
}

const AGREEING = new Set(["approve", "reservation", "abstain"]);

function cellOf(party: DelegationPublic, cell: CellPublic | undefined): MatrixCell {
  return {
    party,
    decision: cell?.decision ?? null,
    state: cell?.decision ? cell.state : "none",
    version: cell?.version ?? null,
    statement: cell?.statement ?? "",
    setBy: cell?.set_by?.name ?? null,
  };
}

/** Paragraphs only (headings are not approved); cells in the order of `parties`. */
export function shapeMatrix(matrix: ApprovalMatrix): ShapedMatrix {
  const parties = matrix.parties;
  const rows: MatrixRow[] = matrix.sections
    .filter((s) => s.kind !== "heading")
    .map((s) => {
      const byParty = new Map(s.positions.map((p) => [p.delegation_id, p]));
      const cells = parties.map((party) => cellOf(party, byParty.get(party.id)));
      return {
        sectionId: s.section_id,
        number: s.number,
        kind: s.kind,
        version: s.version,
        cells,
        agreed: cells.length > 0 && cells.every((c) => c.state === "current" && AGREEING.has(c.decision ?? "")),
        objected: cells.some((c) => c.state === "current" && c.decision === "object"),
      };
    });
  const totals = parties.map((party, i) => {
    const column = rows.map((r) => r.cells[i]).filter((c): c is MatrixCell => c !== undefined);
    return {
      party,
      agreeing: column.filter((c) => c.state === "current" && AGREEING.has(c.decision ?? "")).length,
      stale: column.filter((c) => c.state === "stale").length,
      objecting: column.filter((c) => c.state === "current" && c.decision === "object").length,
      none: column.filter((c) => c.state === "none").length,
    };
  });
  return { parties, rows, totals };
}

export interface BlockerWords {
  brackets: (spans: number, paragraphs: string) => string;
  objection: (party: string, paragraph: string) => string;
  missing: (party: string, paragraph: string) => string;
  /** A position given on an earlier text of the paragraph: out of date, not absent. */
  stale: (party: string, paragraph: string) => string;
  /** A language required for adoption whose translation is not ready. */
  translation: (language: string, missing: number, outOfDate: number) => string;
  language: (code: string) => string;
  more: (n: number) => string;
  paragraph: (n: number) => string;
  heading: string;
  party: string;
}

interface SectionRef {
  id: number;
  number: number | null;
}

/** The `details` of 409 `adoption_blocked` as sentences (at most `limit` per kind). */
export function describeBlockers(
  details: Record<string, unknown>,
  sections: readonly SectionRef[],
  parties: readonly Pick<DelegationPublic, "id" | "code">[],
  words: BlockerWords,
  limit = 8,
): string[] {
  const numberOf = new Map(sections.map((s) => [s.id, s.number]));
  const para = (id: unknown) => {
    const n = numberOf.get(Number(id));
    return n != null ? words.paragraph(n) : words.heading;
  };
  const code = new Map(parties.map((p) => [p.id, p.code]));
  const party = (id: unknown) => code.get(Number(id)) ?? words.party;
  const out: string[] = [];
  const brackets = details.brackets as { sections?: unknown[]; spans?: number } | undefined;
  if (brackets && Array.isArray(brackets.sections)) {
    out.push(words.brackets(Number(brackets.spans ?? 0), brackets.sections.map(para).join(", ")));
  }
  // One line per party: "DEU has not approved para. 1, para. 2".
  type Item = { section_id?: unknown; delegation_id?: unknown; stale?: unknown; stale_decision?: unknown };
  // The server names the decision that went out of date; an old objection is not an approval.
  const staleApproval = (item: Item) => item.stale === true && item.stale_decision !== "object";
  const list = (key: string, say: (p: string, s: string) => string, keep: (item: Item) => boolean = () => true) => {
    const items = Array.isArray(details[key]) ? (details[key] as Item[]).filter(keep) : [];
    const byParty = new Map<string, string[]>();
    for (const item of items) {
      const who = party(item.delegation_id);
      byParty.set(who, [...(byParty.get(who) ?? []), para(item.section_id)]);
    }
    const lines = [...byParty].map(([who, paras]) => say(who, paras.join(", ")));
    out.push(...lines.slice(0, limit));
    if (lines.length > limit) out.push(words.more(lines.length - limit));
  };
  list("objections", words.objection);
  list("missing_approvals", words.missing, (item) => !staleApproval(item));
  list("missing_approvals", words.stale, staleApproval);
  const translations = Array.isArray(details.translations)
    ? (details.translations as { language?: unknown; missing?: unknown[]; out_of_date?: unknown[] }[])
    : [];
  for (const item of translations) {
    const missing = item.missing?.length ?? 0;
    const outOfDate = item.out_of_date?.length ?? 0;
    out.push(words.translation(words.language(String(item.language)), missing, outOfDate));
  }
  return out;
}
