// Brackets that cross paragraphs (a bracketed article or preamble), as the document page marks them:
// the opening and closing paragraphs, and every paragraph in between. The server matches the
// brackets over the whole document; here they only get their words.
import type { SectionPublic } from "../api/client";
import { t } from "../i18n";

export type SpanRole = "opens" | "inside" | "closes";

/** What the chair needs to clean or delete a span from its opening paragraph. */
export interface SpanEnds {
  /** Offset of the `[` in the opening paragraph's current text. */
  start: number;
  /** The opening paragraph's text from the `[` on. */
  excerpt: string;
  /** Every later section the span covers, at its current version (the decision's `through`). */
  through: { section_id: number; version: number }[];
  /** Names of the sections wholly inside, which a delete retires, and of the closing one. */
  inside: string[];
  last: string;
}

export interface SpanNote {
  span: number;
  role: SpanRole;
  depth: number;
  text: string;
  /** On the opening paragraph's note only. */
  ends?: SpanEnds;
}

type Named = Pick<SectionPublic, "id" | "number" | "kind" | "current" | "spans">;

function endsOf(sections: readonly Named[], opening: Named, start: number, lastId: number): SpanEnds | undefined {
  const from = sections.indexOf(opening);
  const to = sections.findIndex((s) => s.id === lastId);
  if (from < 0 || to <= from) return undefined;
  const later = sections.slice(from + 1, to + 1);
  return {
    start,
    excerpt: opening.current.text.slice(start),
    through: later.map((s) => ({ section_id: s.id, version: s.current.number })),
    inside: later.slice(0, -1).map(nameOf),
    last: nameOf(later[later.length - 1]),
  };
}

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
        const note: SpanNote = { span: m.span, role: m.role, depth: m.depth, text: t.spans[m.role](first, last) };
        if (m.role === "opens" && m.start != null) {
          const ends = endsOf(sections, section, m.start, m.last_section_id);
          if (ends) note.ends = ends;
        }
        return note;
      });
    notes.set(section.id, list);
  }
  return notes;
}
