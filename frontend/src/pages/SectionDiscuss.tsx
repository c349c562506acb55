// One paragraph under negotiation: its text with the anchored spans of comment threads, the
// threads beside it, the amendments on the table and my delegation's position.
import { useMemo, useState } from "react";
import { Link, useParams } from "react-router";
import { useComments, useMaySetPosition } from "../api/negotiation";
import { useApprovals, useDocument, useMe, useSection, useWorkingGroups } from "../api/queries";
import { paths } from "../app/routes";
import { ApprovalChips } from "../components/Chips";
import { AmendmentsPanel } from "../components/negotiation/AmendmentsPanel";
import { AnchoredText } from "../components/negotiation/AnchoredText";
import { CommentComposer, CommentThread } from "../components/negotiation/CommentsPanel";
import { PositionPanel } from "../components/negotiation/PositionPanel";
import { sectionLabel } from "../components/SectionView";
import { ErrorNotice, Loading } from "../components/Status";
import { t } from "../i18n";
import type { Anchor } from "../lib/anchor";
import { canDeliberate, holdsPen, isChair, isParty } from "../lib/negotiation/roles";
import { buildThreads, highlightSpans, splitResolved } from "../lib/negotiation/threads";
import { canEdit } from "../lib/permissions";
import { useDocumentEvents } from "../live/useDocumentEvents";
import "../styles/negotiation.css";

export function SectionDiscuss() {
  const params = useParams();
  const documentId = Number(params.documentId);
  const sectionId = Number(params.sectionId);
  const document = useDocument(documentId);
  const section = useSection(sectionId);
  const comments = useComments(sectionId);
  const approvals = useApprovals(documentId);
  const me = useMe().data;
  const groups = useWorkingGroups().data;
  useDocumentEvents(documentId, { sectionId, state: "viewing" });
  const [anchor, setAnchor] = useState<Anchor | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [showResolved, setShowResolved] = useState(false);

  const threads = useMemo(() => buildThreads(comments.data ?? []), [comments.data]);
  const spans = useMemo(() => highlightSpans(threads), [threads]);
  const { open, resolved } = splitResolved(threads);
  const row = approvals.data?.sections.find((s) => s.section_id === sectionId);
  const maySet = useMaySetPosition(me, document.data);

  if (section.isPending || document.isPending) return <Loading />;
  if (section.isError) return <ErrorNotice error={section.error} onRetry={() => void section.refetch()} />;
  if (document.isError) return <ErrorNotice error={document.error} onRetry={() => void document.refetch()} />;
  if (!me) return <Loading />;
  const doc = document.data;
  const s = section.data;
  const label = sectionLabel(s);
  const chair = isChair(me, doc, groups);
  const writable = canDeliberate(me, doc);
  const mine = me.delegation ? row?.positions.find((p) => p.delegation_id === me.delegation?.id) : undefined;

  function focusThread(id: string) {
    setActive(id);
    const el = window.document.getElementById(`thread-${id}`);
    el?.scrollIntoView({ block: "nearest", behavior: "smooth" });
    el?.focus({ preventScroll: true });
  }

  return (
    <div className="page discuss-page" data-testid="discuss-page">
      <p className="muted small">
        <Link to={paths.document(documentId)}>{doc.title}</Link> / {label}
      </p>
      <h1>{t.negotiation.discussTitle(label)}</h1>
      {doc.status !== "drafting" && (
        <p className="notice" data-testid="status-notice">
          {t.negotiation.statusNotice[doc.status] ?? t.negotiation.frozen}
        </p>
      )}
      <div className="discuss-grid">
        <div className="discuss-main">
          <section className="card" aria-labelledby="discuss-text-title">
            <div className="card-head">
              <h2 id="discuss-text-title">{t.negotiation.text(s.current.number)}</h2>
              <span className="actions">
                {canEdit(me, doc, groups) && (
                  <Link
                    className="button small"
                    to={paths.editSection(documentId, sectionId)}
                    aria-label={t.document.editSection(label)}
                  >
                    {t.document.edit}
                  </Link>
                )}
                <Link
                  className="button small"
                  to={paths.sectionHistory(documentId, sectionId)}
                  aria-label={t.document.historyOf(label)}
                >
                  {t.document.history}
                </Link>
              </span>
            </div>
            <AnchoredText
              html={s.current.html}
              source={s.current.text}
              spans={spans}
              active={active}
              onSelect={setAnchor}
              onMarkClick={focusThread}
              label={label}
            />
            {writable && <p className="small muted">{t.negotiation.selectHint}</p>}
            {s.kind !== "heading" && doc.parties.length > 0 && (
              <div className="discuss-chips">
                <h3 className="small">{t.positions.parties}</h3>
                <ApprovalChips label={label} parties={doc.parties} positions={row?.positions ?? []} />
              </div>
            )}
          </section>
          {/* Only a party's people have a position to set (its head) or to read (its delegates);
              the secretariat and observers see the parties' positions above. */}
          {s.kind !== "heading" && isParty(me, doc) && (
            <PositionPanel section={s} me={me} mine={mine} canSet={maySet} />
          )}
          <AmendmentsPanel
            section={s}
            me={me}
            canPropose={writable}
            pen={holdsPen(me, doc, groups) && doc.status === "drafting"}
          />
        </div>
        <aside className="discuss-side card" aria-labelledby="comments-title" data-testid="comments">
          <h2 id="comments-title">{t.comments.title}</h2>
          {writable ? (
            <CommentComposer
              section={s}
              me={me}
              anchor={anchor}
              onAnchor={setAnchor}
              onPosted={(c) => setActive(c.id)}
            />
          ) : (
            <p className="small muted">
              {doc.status === "adopted" || doc.status === "withdrawn" ? t.negotiation.frozen : t.negotiation.readOnly}
            </p>
          )}
          {comments.isPending && <Loading />}
          {comments.isError && <ErrorNotice error={comments.error} onRetry={() => void comments.refetch()} />}
          {comments.isSuccess && threads.length === 0 && <p className="muted">{t.comments.none}</p>}
          <ol className="plain threads" data-testid="threads">
            {open.map((thread) => (
              <CommentThread
                key={thread.root.id}
                thread={thread}
                section={s}
                me={me}
                chair={chair}
                canWrite={writable}
                active={active === thread.root.id}
                onActivate={setActive}
              />
            ))}
          </ol>
          {resolved.length > 0 && (
            <>
              <button
                type="button"
                className="button small"
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
                      section={s}
                      me={me}
                      chair={chair}
                      canWrite={writable}
                      active={active === thread.root.id}
                      onActivate={setActive}
                    />
                  ))}
                </ol>
              )}
            </>
          )}
        </aside>
      </div>
    </div>
  );
}
