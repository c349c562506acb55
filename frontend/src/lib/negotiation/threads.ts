// Comment threads as the section page shows them: each root comment with its replies, in the
// order of the text (by where its anchor sits now), orphaned threads last, resolved ones apart.
import type { Schemas } from "../../api/client";

export type CommentPublic = Schemas["CommentPublic"];

export interface Thread {
  root: CommentPublic;
  replies: CommentPublic[];
  /** Where the anchor sits in the current text (code points); orphaned threads have none. */
  start: number | null;
  end: number | null;
  orphaned: boolean;
  resolved: boolean;
  internal: boolean;
}

function byTime(a: CommentPublic, b: CommentPublic): number {
  return a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Threads from the flat list of GET /sections/{id}/comments (replies name their root). */
export function buildThreads(comments: readonly CommentPublic[]): Thread[] {
  const roots = new Map<string, Thread>();
  const replies: CommentPublic[] = [];
  for (const c of comments) {
    if (c.parent_id == null) {
      const orphaned = c.anchor.status === "orphaned";
      const whole = !orphaned && c.anchor.quote === "";
      roots.set(c.id, {
        root: c,
        replies: [],
        start: orphaned || whole ? null : c.anchor.start,
        end: orphaned || whole ? null : c.anchor.end,
        orphaned,
        resolved: c.resolved,
        internal: c.visibility === "delegation",
      });
    } else {
      replies.push(c);
    }
  }
  for (const reply of replies) roots.get(reply.parent_id as string)?.replies.push(reply);
  const threads = [...roots.values()];
  for (const thread of threads) thread.replies.sort(byTime);
  return threads.sort((a, b) => {
    // Whole-section comments first, then by position in the text, orphaned last.
    const rank = (t: Thread) => (t.orphaned ? 2 : t.start === null ? 0 : 1);
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    if (a.start !== null && b.start !== null && a.start !== b.start) return a.start - b.start;
    return byTime(a.root, b.root);
  });
}

export interface ThreadGroups {
  open: Thread[];
  resolved: Thread[];
}

export function splitResolved(threads: readonly Thread[]): ThreadGroups {
  return { open: threads.filter((t) => !t.resolved), resolved: threads.filter((t) => t.resolved) };
}

/** Anchored spans of the open threads, for highlighting: [start, end) in code points. */
export function highlightSpans(threads: readonly Thread[]): { id: string; start: number; end: number }[] {
  return threads
    .filter((t) => !t.resolved && t.start !== null && t.end !== null && t.end > t.start)
    .map((t) => ({ id: t.root.id, start: t.start as number, end: t.end as number }));
}

/** A document's comments (GET /documents/{id}/comments, in reading order) by section: the sections
 *  with an open thread, as the document counts them, each with all its comments (resolved ones too). */
export function withOpenThreads(comments: readonly CommentPublic[]): Map<number, CommentPublic[]> {
  const bySection = new Map<number, CommentPublic[]>();
  for (const c of comments) {
    const list = bySection.get(c.section_id);
    if (list) list.push(c);
    else bySection.set(c.section_id, [c]);
  }
  for (const [sectionId, list] of bySection) {
    if (!list.some((c) => c.parent_id == null && !c.resolved)) bySection.delete(sectionId);
  }
  return bySection;
}
