// The document page's review state and what it puts in place of a paragraph's text: what
// changed since a revision, the open suggestions as tracked changes, or the Suggesting editor.
// The page calls `slot(section)` for each section and passes it to SectionView (null: the
// plain text), so the page itself knows nothing of suggestions.
import { type ReactNode, useCallback, useMemo, useState } from "react";
import type { DocumentOverview, MePublic, SectionPublic, WorkingGroupPublic } from "../../api/client";
import { type Suggestion, type TrackedSection, useSuggestions, useTrackedChanges } from "../../api/review";
import { t } from "../../i18n";
import { canDeliberate, holdsPen } from "../../lib/negotiation/roles";
import { scrollToMiddle } from "../../lib/scroll";
import { sectionLabel } from "../SectionView";
import { headingTag, TrustedHtml } from "../TrustedHtml";
import { CHANGE_COLOR, trackColor, trackStyle } from "./colors";
import { richEditor } from "./SuggestEditor";
import { SuggestForm } from "./SuggestForm";
import { type Layout, SuggestionList } from "./SuggestionList";

const NONE: Suggestion[] = [];

/** A heading's text is one paragraph of Markdown: drop the <p> so it can sit in a heading. */
function headingInner(html: string): string {
  return /^<p>([\s\S]*)<\/p>\s*$/.exec(html)?.[1] ?? html;
}

export interface Review {
  documentId: number;
  suggestions: Suggestion[];
  suggestionsLoaded: boolean;
  showSuggestions: boolean;
  setShowSuggestions: (on: boolean) => void;
  layout: Layout;
  setLayout: (layout: Layout) => void;
  /** Several suggestions sit on one paragraph somewhere: the layout choice matters. */
  crowded: boolean;
  mayPropose: boolean;
  suggesting: boolean;
  setSuggesting: (on: boolean) => void;
  since: string | null;
  setSince: (since: string | null) => void;
  changes: TrackedSection[] | null;
  changesPending: boolean;
  /** The change the navigation is on (index in `changes` of the live sections). */
  current: number;
  goTo: (index: number) => void;
  navigable: TrackedSection[];
  slot: (section: SectionPublic) => ReactNode | null;
}

export function useReview(
  documentId: number,
  doc: DocumentOverview | undefined,
  me: MePublic | null | undefined,
  groups: WorkingGroupPublic[] | undefined,
): Review {
  const [showSuggestions, setShowSuggestions] = useState(true);
  const [layout, setLayout] = useState<Layout>("one");
  const [suggesting, setSuggesting] = useState(false);
  const [editing, setEditing] = useState<number | null>(null);
  const [since, setSinceState] = useState<string | null>(null);
  const [current, setCurrent] = useState(0);
  const suggestionsQuery = useSuggestions(documentId, !!doc);
  const changesQuery = useTrackedChanges(documentId, since);
  const suggestions = suggestionsQuery.data ?? NONE;
  const mayPropose = !!doc && canDeliberate(me, doc);
  const pen = !!doc && holdsPen(me, doc, groups);
  const meId = me?.id ?? null;
  const delegation = me?.delegation?.code ?? null;

  const bySection = useMemo(() => {
    const map = new Map<number, Suggestion[]>();
    for (const s of suggestions) {
      const list = map.get(s.amendment.section_id);
      if (list) list.push(s);
      else map.set(s.amendment.section_id, [s]);
    }
    return map;
  }, [suggestions]);
  const byId = useMemo(() => new Map(suggestions.map((s) => [s.amendment.id, s])), [suggestions]);
  const changes = since ? (changesQuery.data?.sections ?? null) : null;
  const changed = useMemo(() => new Map((changes ?? []).map((c) => [c.section_id, c])), [changes]);
  const live = useMemo(() => new Set(doc?.sections.map((s) => s.id)), [doc]);
  const navigable = useMemo(
    () => (changes ?? []).filter((c) => c.status !== "removed" && live.has(c.section_id)),
    [changes, live],
  );
  const currentId = navigable[Math.min(current, navigable.length - 1)]?.section_id ?? null;

  const goTo = useCallback(
    (index: number) => {
      const target = navigable[index];
      if (!target) return;
      setCurrent(index);
      const element = window.document.getElementById(`section-${target.section_id}`);
      if (element) scrollToMiddle(element);
    },
    [navigable],
  );

  const slot = useCallback(
    (section: SectionPublic): ReactNode | null => {
      const label = sectionLabel(section);
      const change = changed.get(section.id);
      if (change) {
        return (
          <div
            className={`tracked-change${section.id === currentId ? " current" : ""}`}
            style={trackStyle(CHANGE_COLOR)}
            data-testid="tracked-change"
          >
            {change.moved && (
              <p className="small muted" data-testid="moved-from">
                {t.review.movedFrom(change.from_number)}
              </p>
            )}
            <TrustedHtml html={change.html} className="section-text tracked" dir="auto" />
          </div>
        );
      }
      if (editing === section.id) {
        return (
          <SuggestForm
            section={section}
            label={label}
            delegation={delegation}
            color={trackColor(me?.delegation?.id ?? meId ?? 0)}
            onDone={() => setEditing(null)}
          />
        );
      }
      const list = showSuggestions ? (bySection.get(section.id) ?? NONE) : NONE;
      const suggest =
        suggesting && mayPropose ? (
          <button
            type="button"
            className="button small suggest-button"
            aria-label={t.review.suggestLabel(label)}
            onClick={() => setEditing(section.id)}
            data-testid="suggest-button"
          >
            {t.review.suggest}
          </button>
        ) : null;
      if (list.length === 0 && !suggest) return null;
      const text =
        section.kind === "heading" ? (
          <TrustedHtml
            as={headingTag(section.level)}
            html={headingInner(section.current.html)}
            className={`section-text heading-text level-${section.level ?? 1}`}
            dir="auto"
            data-testid="section-text"
          />
        ) : (
          <TrustedHtml html={section.current.html} className="section-text" dir="auto" data-testid="section-text" />
        );
      return (
        <>
          {list.length === 0 || (layout === "side" && list.length > 1) ? text : null}
          {list.length > 0 && (
            <SuggestionList
              section={section}
              label={label}
              suggestions={list}
              layout={layout}
              pen={pen}
              meId={meId}
              byId={byId}
            />
          )}
          {suggest}
        </>
      );
    },
    [
      changed,
      currentId,
      editing,
      showSuggestions,
      bySection,
      suggesting,
      mayPropose,
      layout,
      pen,
      meId,
      byId,
      delegation,
      me,
    ],
  );

  return {
    documentId,
    suggestions,
    suggestionsLoaded: suggestionsQuery.isSuccess,
    showSuggestions,
    setShowSuggestions,
    layout,
    setLayout,
    crowded: [...bySection.values()].some((list) => list.length > 1),
    mayPropose,
    suggesting,
    setSuggesting: (on) => {
      setSuggesting(on);
      if (on) void richEditor.preload();
      else setEditing(null);
    },
    since,
    setSince: (value) => {
      setSinceState(value);
      setCurrent(0);
    },
    changes,
    changesPending: since !== null && changesQuery.isFetching && !changesQuery.data,
    current,
    goTo,
    navigable,
    slot,
  };
}
