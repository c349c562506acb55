// Brackets that cross paragraphs (a bracketed article or preamble), as the document page marks them:
// the opening and closing paragraphs, and every paragraph in between. The server matches the
// brackets over the whole document; here they only get their words.
import type { SectionPublic } from "../api/client";
import { t } from "../i18n";

export type SpanRole = "opens" | "inside" | "closes";

export interface SpanNote {
  span: number;
  role: SpanRole;
  depth: number;
  text: string;
}

type Named = Pick<SectionPublic, "id" | "number" | "kind" | "current" | "spans">;

function nameOf(section: Named | undefined): string {
  if (!section) return "?";
  return section.number != null
    ? t.document.para(section.number)
    : `“${section.current.text
        .replace(/^#+\s*/, "")
        .trim()
        .slice(0, 40)}”`;
}

/** Section id → the notes of the crossing spans covering it, outermost first. */
export function spanNotes(sections: readonly Named[]): Map<number, SpanNote[]> {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const notes = new Map<number, SpanNote[]>();
  for (const section of sections) {
    if (!section.spans?.length) continue;
    const list = [...section.spans]
      .sort((a, b) => a.depth - b.depth)
      .map((m) => {
        const first = nameOf(byId.get(m.first_section_id));
        const last = nameOf(byId.get(m.last_section_id));
        return { span: m.span, role: m.role, depth: m.depth, text: t.spans[m.role](first, last) };
      });
    notes.set(section.id, list);
  }
  return notes;
}
