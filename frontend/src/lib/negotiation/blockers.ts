// What would stop silence or adoption, foreseen from what the page already has (the document's
// brackets and the approval matrix), in the shape of the server's 409 `adoption_blocked`
// details, so that describeBlockers words both alike. The server still decides.
import type { ApprovalMatrix } from "../../api/client";

const AGREEING = new Set(["approve", "reservation", "abstain"]);

interface SectionBrackets {
  id: number;
  brackets: { spans: number; unbalanced: readonly number[] };
  /** Brackets from other paragraphs that run through this one (a bracketed article). */
  spans?: readonly unknown[];
}

/** A position given on an earlier text that let it through: an approval out of date. */
function isStaleApproval(cell: { state: string; decision: string | null } | undefined): boolean {
  return cell?.state === "stale" && cell.decision !== "object";
}

/** null when nothing blocks; `requireApprovals` false for silence (only brackets and objections).
 *  `documentSpans`: the document's own count of outermost spans (matched over the whole text, so a
 *  span over several paragraphs counts once); without it, the paragraphs' own spans are added up. */
export function foreseeBlockers(
  sections: readonly SectionBrackets[],
  matrix: Pick<ApprovalMatrix, "parties" | "sections">,
  requireApprovals: boolean,
  documentSpans?: number,
): Record<string, unknown> | null {
  const bracketed = sections.filter(
    (s) => s.brackets.spans > 0 || s.brackets.unbalanced.length > 0 || (s.spans?.length ?? 0) > 0,
  );
  const objections: { section_id: number; delegation_id: number }[] = [];
  const missing: { section_id: number; delegation_id: number; stale: boolean }[] = [];
  for (const row of matrix.sections) {
    const byParty = new Map(row.positions.map((p) => [p.delegation_id, p]));
    for (const party of matrix.parties) {
      const cell = byParty.get(party.id);
      const decision = cell?.state === "current" ? cell.decision : null;
      if (decision === "object") objections.push({ section_id: row.section_id, delegation_id: party.id });
      else if (requireApprovals && row.kind !== "heading" && !AGREEING.has(decision ?? ""))
        missing.push({ section_id: row.section_id, delegation_id: party.id, stale: isStaleApproval(cell) });
    }
  }
  if (bracketed.length === 0 && objections.length === 0 && missing.length === 0) return null;
  const found: Record<string, unknown> = { objections, missing_approvals: missing };
  if (bracketed.length > 0)
    found.brackets = {
      sections: bracketed.map((s) => s.id),
      spans: documentSpans ?? bracketed.reduce((n, s) => n + s.brackets.spans, 0),
    };
  return found;
}
