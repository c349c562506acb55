import {
  Fragment,
  type KeyboardEvent,
  lazy,
  type MouseEvent,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { Link, useNavigate, useParams } from "react-router";
import type { CellPublic, DocumentOverview, SectionPublic } from "../api/client";
import { useMoveSection, useRetireSection } from "../api/drafting";
import { useDocumentComments, useMaySetPosition } from "../api/negotiation";
import { useApprovals, useDocument, useMe, useWorkingGroups } from "../api/queries";
import { Preloaded, preloadable } from "../app/preloadable";
import { paths } from "../app/routes";
import { StatusBadge, UnannouncedTag } from "../components/Badges";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { ConsensusSummary } from "../components/ConsensusSummary";
import { ApproveReviewed } from "../components/margin/ApproveReviewed";
import { Margin } from "../components/margin/Margin";
import { useReviewed } from "../components/margin/reviewed";
import { SelectionPopover } from "../components/margin/SelectionPopover";
import { useMargin } from "../components/margin/useMargin";
import { useTextSelection } from "../components/margin/useTextSelection";
import { Downloads } from "../components/negotiation/Downloads";
import { LifecyclePanel } from "../components/negotiation/LifecyclePanel";
import { ReviewBar } from "../components/review/ReviewBar";
import { useReview } from "../components/review/useReview";
import type { NewKind } from "../components/SectionComposer";
import { type ArrangeAction, SectionView, sectionLabel, sectionName } from "../components/SectionView";
import { ServerError } from "../components/ServerError";
import { ErrorNotice, Loading } from "../components/Status";
import { t } from "../i18n";
import { afterForMove, type InsertAt, insertKey } from "../lib/arrange";
import { keyed } from "../lib/listKeys";
import { canDeliberate, canReturnCopy, holdsPen, isChair } from "../lib/negotiation/roles";
import { canEdit } from "../lib/permissions";
import { spanNotes } from "../lib/spans";
import { type PresentPerson, personKey, presenceBySection } from "../live/events";
import { useDocumentEvents } from "../live/useDocumentEvents";
import { ReturnCopy } from "./document/ReturnCopy";

// The composer brings the editor and markdown-it: loaded when someone adds a section.
const SectionComposer = lazy(() => import("../components/SectionComposer"));
// The rich-text editor (ProseMirror) is loaded once the person may edit, before the first click.
const inPlaceEditor = preloadable(
  () => import("../components/editor/InPlaceEditor"),
  (m) => m.InPlaceEditor,
);

/** The section whose text was clicked (or had Enter pressed on it) to edit it in place, if any. */
function editTarget(target: EventTarget | null): number | null {
  const element = target instanceof Element ? target : null;
  const text = element?.closest("[data-edit-in-place]");
  // A link inside the text stays a link; a selection is for commenting, not editing.
  if (!text || element?.closest("a") || !(window.getSelection()?.isCollapsed ?? true)) return null;
  return Number(text.closest("[data-section-id]")?.getAttribute("data-section-id")) || null;
}

/** The Edit link of a section edits it in place (its address still opens the editor page). */
function editLinkTarget(target: EventTarget | null): number | null {
  const link = target instanceof Element ? target.closest("a[data-edit-section]") : null;
  return link ? Number(link.getAttribute("data-edit-section")) || null : null;
}

// The first paragraphs are laid out with the page, the others when they come near the screen
// (styles/margin.css): a paragraph left to the browser's visibility check shows at its estimated
// height for the frames until that check has run, then jumps, under a reader's click (a button
// pressed there and released 24 px lower: the click is lost). More than a tall screen holds.
const LAID_OUT_AT_ONCE = 12;
const NO_POSITIONS: CellPublic[] = [];
const NO_PEOPLE: PresentPerson[] = [];

/** Clicks on the plain links of the sections (a[data-router-link]) go through the router. */
function useRouterLinks() {
  const navigate = useNavigate();
  return useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return;
      const link = (event.target as Element).closest?.("a[data-router-link]");
      const href = link?.getAttribute("href");
      if (!href) return;
      event.preventDefault();
      void navigate(href);
    },
    [navigate],
  );
}

interface Composing {
  at: InsertAt;
  kind: NewKind;
  where: string;
}

export function DocumentPage() {
  const documentId = Number(useParams().documentId);
  const document = useDocument(documentId);
  const commentsReady = useDocumentComments(documentId);
  const approvals = useApprovals(documentId);
  const me = useMe().data;
  const groups = useWorkingGroups().data;
  const live = useDocumentEvents(documentId);
  const onLinkClick = useRouterLinks();
  const [editing, setEditing] = useState<number | null>(null);
  const closed = useRef<number | null>(null);
  const arrange = useArrange(documentId, document.data);
  const editable = !!document.data && canEdit(me, document.data, groups);
  // The text first: the drafters' controls (insert, move, retire) follow in a second,
  // interruptible render, so that a long document is readable sooner.
  const controls = useDeferredValue(editable);
  const review = useReview(documentId, document.data, me, groups);

  const positions = useMemo(() => {
    const map = new Map<number, CellPublic[]>();
    for (const row of approvals.data?.sections ?? []) map.set(row.section_id, row.positions);
    return map;
  }, [approvals.data]);
  const present = useMemo(() => presenceBySection(live.people, me?.id ?? null), [live.people, me?.id]);
  const notes = useMemo(() => spanNotes(document.data?.sections ?? []), [document.data?.sections]);
  const margin = useMargin();
  const textRef = useRef<HTMLElement>(null);
  const sources = useRef(new Map<number, string>());
  sources.current = new Map((document.data?.sections ?? []).map((s) => [s.id, s.current.text]));
  const sourceOf = useCallback((id: number) => sources.current.get(id), []);
  const writable = !!document.data && canDeliberate(me, document.data);
  const selection = useTextSelection(textRef, sourceOf, writable);
  const reviewed = useReviewed(me?.id, documentId);
  const maySet = useMaySetPosition(me, document.data);
  const inPlace = editable && document.data?.status === "drafting";

  useEffect(() => {
    if (inPlace) void inPlaceEditor.preload();
  }, [inPlace]);

  // After the editor closes, the keyboard is back on the paragraph it edited.
  useEffect(() => {
    if (editing !== null || closed.current === null) return;
    const text = window.document.querySelector<HTMLElement>(`#section-${closed.current} [data-edit-in-place]`);
    text?.focus();
    closed.current = null;
  }, [editing]);

  const onTextClick = (event: MouseEvent<HTMLElement>) => {
    if (inPlace && editing === null && !event.defaultPrevented && event.button === 0) {
      const id = editLinkTarget(event.target) ?? editTarget(event.target);
      if (id !== null) {
        event.preventDefault();
        setEditing(id);
        return;
      }
    }
    onLinkClick(event);
  };
  const onTextKey = (event: KeyboardEvent<HTMLElement>) => {
    if (!inPlace || editing !== null || event.key !== "Enter") return;
    const target = event.target instanceof HTMLElement && event.target.hasAttribute("data-edit-in-place");
    const id = target ? editTarget(event.target) : null;
    if (id !== null) {
      event.preventDefault();
      setEditing(id);
    }
  };
  const closeEditor = useCallback(() => {
    setEditing((id) => {
      closed.current = id;
      return null;
    });
  }, []);

  if (document.isPending) return <Loading />;
  if (document.isError) return <ErrorNotice error={document.error} onRetry={() => void document.refetch()} />;
  const doc = document.data;
  const chair = isChair(me, doc, groups);
  const pen = holdsPen(me, doc, groups);
  const head = maySet;
  const onDocument = present.get("document") ?? [];
  const last = doc.sections.length - 1;
  /** The paragraph being written at `at`, if one is. */
  const composingAt = (at: InsertAt) =>
    arrange.composing && insertKey(arrange.composing.at) === insertKey(at) ? arrange.composing : null;
  // A paragraph being written sits after the one it follows, outside the rows: a row that moves
  // (a paragraph inserted or retired before it) would lose what is being written in it.
  const composer = (at: InsertAt) => {
    const writing = composingAt(at);
    return writing ? (
      <Suspense fallback={<Loading label={t.arrange.loadingEditor} />}>
        <SectionComposer
          key={`${insertKey(at)}-${writing.kind}`}
          documentId={doc.id}
          at={at}
          where={writing.where}
          initialKind={writing.kind}
          onSaved={arrange.added}
          onCancel={arrange.closeComposer}
        />
      </Suspense>
    ) : null;
  };
  /** The control that opens the composer after `after` (null: first). */
  const inserter = (after: SectionPublic | null) =>
    after === null ? (
      <Inserter
        label={t.arrange.insertFirst}
        onOpen={() => arrange.openComposer({ after: null }, "paragraph", t.arrange.where.first)}
        testId="insert-first"
      />
    ) : (
      <Inserter
        label={t.arrange.insertAfter(sectionName(after))}
        after={after.id}
        onOpen={() => arrange.openComposer({ after: after.id }, "paragraph", t.arrange.where.after(sectionName(after)))}
      />
    );
  /** At the top of the `i`th row: the control to insert before it, unless a paragraph is being written there. */
  const inserterBefore = (i: number) => {
    const after = doc.sections[i - 1] ?? null;
    return composingAt({ after: after?.id ?? null }) ? null : inserter(after);
  };

  return (
    <div className="page document-page">
      <header className="document-header">
        <div>
          <p className="muted small">
            <Link to={paths.home()}>{t.nav.home}</Link> / {t.kind[doc.kind] ?? doc.kind}
          </p>
          <h1 data-testid="document-title">{doc.title}</h1>
          <p className="document-facts">
            <StatusBadge status={doc.status} />
            <span className="muted small" role="status" data-testid="live-status">
              {live.status === "open" ? t.document.live : live.status === "connecting" ? "" : t.document.offline}
            </span>
          </p>
        </div>
        <nav className="document-actions" aria-label={doc.title}>
          <Link className="button" to={paths.compare(doc.id)}>
            {t.document.compare}
          </Link>
          <Link className="button" to={paths.approvals(doc.id)}>
            {t.negotiation.approvalMatrix}
          </Link>
          <Link className="button" to={paths.translations(doc.id)}>
            {t.translation.link}
          </Link>
          {doc.status === "adopted" && (
            <Link className="button" to={paths.publication(doc.id)}>
              {t.publication.link}
            </Link>
          )}
        </nav>
      </header>
      {doc.status !== "drafting" && (
        <p className="notice" data-testid="status-notice">
          {t.negotiation.statusNotice[doc.status] ?? t.document.frozen}
        </p>
      )}
      <div className="document-grid">
        {/* Clicks: the links inside go through the router (useRouterLinks), a click on an editable text
            edits it in place; keys: Enter on an editable text edits it too. */}
        <section
          ref={textRef}
          aria-label={t.document.sections}
          className="card document-text"
          data-testid="document-text"
          onClick={onTextClick}
          onKeyDown={onTextKey}
        >
          {editable && (arrange.said !== null || (!!arrange.error && !arrange.retiring)) && (
            <div className="arrange-feedback">
              {arrange.said && (
                <p className="notice ok small" data-testid="arrange-status">
                  {arrange.said}
                </p>
              )}
              <ServerError error={arrange.retiring ? null : arrange.error} testId="arrange-error">
                <button type="button" className="button small" onClick={arrange.dismiss}>
                  {t.arrange.dismiss}
                </button>
              </ServerError>
            </div>
          )}
          {/* A polite live region that is always there, so the announcements are read out. */}
          <p className="visually-hidden" role="status">
            {arrange.said ?? ""}
          </p>
          <ReviewBar review={review} hasDelegation={!!me?.delegation} />
          {doc.sections.length === 0 && (
            <div className="notice empty-document" data-testid="empty-document">
              <p>
                <strong>{t.document.emptyTitle}</strong>
              </p>
              <p>{controls ? t.document.emptyStart : t.document.emptyWait}</p>
            </div>
          )}
          {controls && (composer({ after: null }) ?? (doc.sections.length === 0 && inserter(null)))}
          {doc.sections.map((section, i) => (
            <Fragment key={section.id}>
              <div className={i < LAID_OUT_AT_ONCE ? "margin-row at-once" : "margin-row"}>
                {/* The way to insert before this paragraph sits in its row, so that the browser
                    skips it with the row when off screen (styles/margin.css). */}
                {controls && inserterBefore(i)}
                {editing === section.id ? (
                  <Suspense fallback={<Loading label={t.arrange.loadingEditor} />}>
                    <Preloaded of={inPlaceEditor} documentId={doc.id} section={section} onClose={closeEditor} />
                  </Suspense>
                ) : (
                  <SectionView
                    section={section}
                    parties={doc.parties}
                    positions={positions.get(section.id) ?? NO_POSITIONS}
                    present={present.get(section.id) ?? NO_PEOPLE}
                    editable={inPlace}
                    onArrange={controls ? arrange.onArrange : null}
                    first={i === 0}
                    last={i === last}
                    busy={arrange.busy}
                    review={review.slot(section)}
                    spanNotes={notes.get(section.id)}
                    decides={pen && doc.status === "drafting"}
                  />
                )}
                <Margin
                  section={section}
                  me={me}
                  label={sectionLabel(section)}
                  chair={chair}
                  canWrite={writable}
                  composing={margin.composingIn(section.id)}
                  onCompose={margin.compose}
                  onClose={margin.close}
                  commentsReady={commentsReady}
                  position={
                    head && section.kind !== "heading"
                      ? positionOf(positions.get(section.id), me?.delegation?.id, reviewed.get(section.id))
                      : null
                  }
                />
              </div>
              {controls && (composer({ after: section.id }) ?? (i === last && inserter(section)))}
            </Fragment>
          ))}
          {controls && (
            <>
              {composer("end")}
              <fieldset className="add-controls button-group" aria-label={t.arrange.addControls}>
                <button
                  type="button"
                  className="button"
                  onClick={() => arrange.openComposer("end", "paragraph", t.arrange.where.end)}
                  data-testid="add-paragraph"
                >
                  {t.arrange.addParagraph}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => arrange.openComposer("end", "heading", t.arrange.where.end)}
                  data-testid="add-heading"
                >
                  {t.arrange.addHeading}
                </button>
              </fieldset>
            </>
          )}
        </section>
        <aside className="document-side">
          <ConsensusSummary summary={approvals.data?.summary ?? doc.approvals} />
          {head && me && <ApproveReviewed document={doc} me={me} positions={positions} />}
          <LifecyclePanel document={doc} me={me} groups={groups} />
          <Downloads documentId={doc.id} />
          {canReturnCopy(me, doc) && <ReturnCopy documentId={doc.id} />}
          <section className="card" aria-labelledby="parties-title">
            <h2 id="parties-title">{t.document.parties}</h2>
            <ul className="plain parties" data-testid="parties">
              {doc.parties.map((p) => (
                <li key={p.id} data-announced={p.announced}>
                  <strong>{p.code}</strong> {p.name}
                  <UnannouncedTag party={p} />
                </li>
              ))}
            </ul>
          </section>
          {onDocument.length > 0 && (
            <section className="card" aria-labelledby="presence-title" data-testid="document-presence">
              <h2 id="presence-title">{t.document.presence}</h2>
              <ul className="plain">
                {keyed(onDocument, personKey).map(([key, p]) => (
                  <li key={key}>{t.document.viewing(p.user.name)}</li>
                ))}
              </ul>
            </section>
          )}
        </aside>
      </div>
      {selection.picked && margin.sectionId === null && (
        <SelectionPopover
          picked={selection.picked}
          onComment={(shown) => {
            const picked = selection.now() ?? shown;
            margin.compose(picked.sectionId, picked.anchor);
            selection.clear();
          }}
        />
      )}
      {arrange.retiring && (
        <ConfirmDialog
          title={t.arrange.retireTitle(sectionName(arrange.retiring))}
          confirm={arrange.retiring.kind === "heading" ? t.arrange.retireHeading : t.arrange.retireParagraph}
          cancel={t.arrange.keep}
          busy={arrange.busy}
          onConfirm={arrange.confirmRetire}
          onCancel={arrange.cancelRetire}
          testId="retire-dialog"
        >
          <p>{t.arrange.retireBody}</p>
          <blockquote className="section-text" dir="auto">
            {arrange.retiring.current.text}
          </blockquote>
          <ServerError error={arrange.error} testId="retire-error" />
        </ConfirmDialog>
      )}
    </div>
  );
}

/** My delegation's position on a paragraph and the version I reviewed, for its margin. Cached per
 *  (cell, version) so that the margin's memo holds while nothing changed. */
const positionCache = new WeakMap<
  object,
  Map<string, { mine: CellPublic | undefined; reviewedVersion: number | undefined }>
>();
const NONE = {};
function positionOf(
  cells: CellPublic[] | undefined,
  delegationId: number | undefined,
  reviewedVersion: number | undefined,
) {
  const mine = cells?.find((c) => c.delegation_id === delegationId);
  const owner = mine ?? NONE;
  let byVersion = positionCache.get(owner);
  if (!byVersion) {
    byVersion = new Map();
    positionCache.set(owner, byVersion);
  }
  const key = `${delegationId}:${reviewedVersion}`;
  let value = byVersion.get(key);
  if (!value) {
    value = { mine, reviewedVersion };
    byVersion.set(key, value);
  }
  return value;
}

/** The small control between sections that opens the composer there. */
function Inserter({
  label,
  after,
  onOpen,
  testId = "insert-after",
}: {
  label: string;
  after?: number;
  onOpen: () => void;
  testId?: string;
}) {
  return (
    <div className="inserter">
      <button
        type="button"
        className="inserter-button"
        aria-label={label}
        title={label}
        onClick={onOpen}
        data-insert-after={after}
        data-testid={testId}
      >
        <span aria-hidden="true">+</span>
      </button>
    </div>
  );
}

/** Adding, moving and retiring sections: the state and the requests behind the controls. */
function useArrange(documentId: number, doc: DocumentOverview | undefined) {
  const { mutateAsync: moveSection } = useMoveSection(documentId);
  const { mutateAsync: retireSection } = useRetireSection(documentId);
  const [composing, setComposing] = useState<Composing | null>(null);
  const [retiring, setRetiring] = useState<SectionPublic | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [said, setSaid] = useState<string | null>(null);
  const docRef = useRef(doc);
  docRef.current = doc;

  const move = useCallback(
    async (section: SectionPublic, direction: "up" | "down") => {
      const order = (docRef.current?.sections ?? []).map((s) => s.id);
      const target = afterForMove(order, section.id, direction);
      if (!target) return;
      setBusy(true);
      setError(null);
      setSaid(null);
      try {
        const fresh = await moveSection({ sectionId: section.id, after: target.after });
        const now = fresh?.sections.find((s) => s.id === section.id);
        setSaid(t.arrange.moved(now ? sectionLabel(now) : sectionLabel(section)));
      } catch (failure) {
        setError(failure);
      } finally {
        setBusy(false);
      }
      // The section's node may have moved in the page: keep the focus on its control.
      requestAnimationFrame(() => {
        const buttons = window.document.querySelectorAll<HTMLButtonElement>(
          `#section-${section.id} .arrange-actions button`,
        );
        const same = Array.from(buttons).find((b) => b.dataset.action === direction && !b.disabled);
        const other = Array.from(buttons).find((b) => b.dataset.action !== "retire" && !b.disabled);
        const active = window.document.activeElement;
        if (!active || active === window.document.body || (active instanceof HTMLButtonElement && active.disabled))
          (same ?? other)?.focus();
      });
    },
    [moveSection],
  );

  const onArrange = useCallback(
    (action: ArrangeAction, section: SectionPublic) => {
      if (action === "retire") {
        setError(null);
        setRetiring(section);
      } else void move(section, action);
    },
    [move],
  );

  const confirmRetire = useCallback(async () => {
    const section = retiring;
    if (!section) return;
    const order = (docRef.current?.sections ?? []).map((s) => s.id);
    const before = order[order.indexOf(section.id) - 1];
    setBusy(true);
    setError(null);
    try {
      await retireSection(section.id);
      setRetiring(null);
      setSaid(t.arrange.retired(sectionLabel(section)));
      requestAnimationFrame(() => {
        const next = window.document.querySelector<HTMLElement>(
          before !== undefined ? `[data-insert-after="${before}"]` : '[data-testid="insert-first"]',
        );
        next?.focus();
      });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }, [retiring, retireSection]);

  // The composer's request has refreshed the document already.
  const added = useCallback((section: SectionPublic) => {
    setComposing(null);
    setError(null);
    setSaid(t.arrange.added(section.kind === "heading" ? "heading" : "paragraph", sectionLabel(section)));
    // Ready to add the next one right after it.
    requestAnimationFrame(() =>
      window.document.querySelector<HTMLElement>(`[data-insert-after="${section.id}"]`)?.focus(),
    );
  }, []);

  return {
    composing,
    retiring,
    busy,
    error,
    said,
    onArrange,
    added,
    openComposer: (at: InsertAt, kind: NewKind, where: string) => {
      setSaid(null);
      setComposing({ at, kind, where });
    },
    closeComposer: () => {
      const at = composing?.at;
      setComposing(null);
      // Back to the control that opened it.
      requestAnimationFrame(() => {
        const selector =
          at === undefined || at === "end"
            ? '[data-testid="add-paragraph"]'
            : at.after === null
              ? '[data-testid="insert-first"]'
              : `[data-insert-after="${at.after}"]`;
        window.document.querySelector<HTMLElement>(selector)?.focus();
      });
    },
    confirmRetire: () => void confirmRetire(),
    cancelRetire: () => {
      setRetiring(null);
      setError(null);
    },
    dismiss: () => setError(null),
  };
}
