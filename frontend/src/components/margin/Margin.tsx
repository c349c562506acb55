// The margin beside one paragraph of the document page: the comment threads anchored to it (their
// words highlighted in the text), a new comment on selected words, and the delegation's position.
// Beside the paragraph on wide screens, below it on phones (styles/margin.css).
import { memo, type ReactNode, useEffect, useLayoutEffect, useMemo, useState } from "react";
import type { CellPublic, MePublic, SectionPublic } from "../../api/client";
import { useComments, useCommentsRead } from "../../api/negotiation";
import { t } from "../../i18n";
import type { Anchor } from "../../lib/anchor";
import { buildThreads, highlightSpans, splitResolved } from "../../lib/negotiation/threads";
import { CommentComposer, CommentThread } from "../negotiation/CommentsPanel";
import { ErrorNotice } from "../Status";
import { markActive, markSpans } from "./marks";
import { PositionControl } from "./PositionControl";
import "../../styles/margin.css";

/** What is being written in a margin: a comment on selected words, or on the whole paragraph. */
export type Composing = { anchor: Anchor | null };

interface Props {
  section: SectionPublic;
  me: MePublic | null | undefined;
  label: string;
  chair: boolean;
  canWrite: boolean;
  composing: Composing | null;
  onCompose: (sectionId: number, anchor: Anchor | null) => void;
  onClose: () => void;
  /** Set for a delegation head of a party: the position control shows. */
  position: { mine: CellPublic | undefined; reviewedVersion: number | undefined } | null;
  /** False while the page asks for all its comments at once (useDocumentComments): wait for them. */
  commentsReady?: boolean;
}

function textOf(sectionId: number): HTMLElement | null {
  return window.document.querySelector<HTMLElement>(`#section-${sectionId} [data-testid="section-text"]`);
}

export const Margin = memo(function Margin(props: Props) {
  const { section, me, canWrite, composing, position } = props;
  const read = useCommentsRead(section.id);
  // Most paragraphs of a long text have no comment: their margin is its tools alone, without the
  // comments query and the highlighting (for 634 paragraphs a tenth of the page's first render).
  if (section.comments > 0 || composing !== null || read) return <MarginWithThreads {...props} />;
  if (!me || (!position && !canWrite)) return null;
  return <MarginFrame {...props} me={me} />;
});

type ToolsProps = Pick<Props, "section" | "label" | "canWrite" | "composing" | "onCompose" | "position"> & {
  me: MePublic;
};

/** The margin: its tools, then what the caller puts under them (the threads). */
function MarginFrame({ children, ...tools }: ToolsProps & { children?: ReactNode }) {
  return (
    <aside
      className="margin"
      aria-label={t.margin.label(tools.label)}
      data-testid="margin"
      data-section-id={tools.section.id}
    >
      <MarginTools {...tools} />
      {children}
    </aside>
  );
}

/** Comment on the paragraph, and the delegation's position on it. */
function MarginTools({ section, me, label, canWrite, composing, onCompose, position }: ToolsProps) {
  return (
    <div className="margin-tools">
      {canWrite && !composing && (
        <button
          type="button"
          className="button small"
          onClick={() => onCompose(section.id, null)}
          aria-label={t.margin.commentOn(label)}
          data-testid="margin-comment"
        >
          {t.margin.comment}
        </button>
      )}
      {position && (
        <PositionControl
          section={section}
          me={me}
          mine={position.mine}
          reviewedVersion={position.reviewedVersion}
          label={label}
        />
      )}
    </div>
  );
}

function MarginWithThreads(props: Props) {
  const { section, me, chair, canWrite, composing, onCompose, onClose, position } = props;
  const comments = useComments(section.id, props.commentsReady ?? true);
  const [active, setActive] = useState<string | null>(null);
  const [showResolved, setShowResolved] = useState(false);
  const threads = useMemo(() => buildThreads(comments.data ?? []), [comments.data]);
  const spans = useMemo(() => highlightSpans(threads), [threads]);
  const { open, resolved } = splitResolved(threads);
  const html = section.current.html;
  const source = section.current.text;

  // The anchored words, highlighted in the paragraph's text (re-laid when the text changes).
  useLayoutEffect(() => {
    const root = textOf(section.id);
    if (!root || html === undefined) return;
    markSpans(root, source, spans);
  }, [section.id, html, source, spans]);

  useEffect(() => {
    const root = textOf(section.id);
    if (root) markActive(root, active);
  }, [section.id, active]);

  // A click on highlighted words opens their thread.
  useEffect(() => {
    const root = textOf(section.id);
    if (!root) return;
    const onClick = (event: MouseEvent) => {
      const mark = (event.target as HTMLElement).closest<HTMLElement>("mark.anchor-mark");
      if (!mark?.dataset.commentId) return;
      const id = mark.dataset.commentId;
      setActive(id);
      const thread = window.document.getElementById(`thread-${id}`);
      thread?.scrollIntoView({ block: "nearest" });
      thread?.focus({ preventScroll: true });
    };
    root.addEventListener("click", onClick);
    return () => root.removeEventListener("click", onClick);
  }, [section.id]);

  const hasThreads = open.length > 0 || resolved.length > 0;
  if (!me || (!hasThreads && !composing && !position && !canWrite)) return null;
  return (
    <MarginFrame {...props} me={me}>
      {composing && canWrite && (
        <div className="margin-composer">
          <CommentComposer
            section={section}
            me={me}
            anchor={composing.anchor}
            onAnchor={(anchor) => {
              if (anchor) onCompose(section.id, anchor);
            }}
            onPosted={(comment) => {
              setActive(comment.id);
              onClose();
            }}
          />
          <button type="button" className="button small" onClick={onClose}>
            {t.comments.cancel}
          </button>
        </div>
      )}
      {comments.isError && <ErrorNotice error={comments.error} onRetry={() => void comments.refetch()} />}
      {open.length > 0 && (
        <ol className="plain threads" aria-label={t.margin.threads(open.length)} data-testid="threads">
          {open.map((thread) => (
            <CommentThread
              key={thread.root.id}
              thread={thread}
              section={section}
              me={me}
              chair={chair}
              canWrite={canWrite}
              active={active === thread.root.id}
              onActivate={setActive}
            />
          ))}
        </ol>
      )}
      {resolved.length > 0 && (
        <>
          <button
            type="button"
            className="button small link-like"
            aria-expanded={showResolved}
            onClick={() => setShowResolved(!showResolved)}
          >
            {showResolved ? t.comments.hideResolved : t.comments.showResolved(resolved.length)}
          </button>
          {showResolved && (
            <ol className="plain threads resolved-threads" data-testid="resolved-threads">
              {resolved.map((thread) => (
                <CommentThread
                  key={thread.root.id}
                  thread={thread}
                  section={section}
                  me={me}
                  chair={chair}
                  canWrite={canWrite}
                  active={active === thread.root.id}
                  onActivate={setActive}
                />
              ))}
            </ol>
          )}
        </>
      )}
    </MarginFrame>
  );
}
