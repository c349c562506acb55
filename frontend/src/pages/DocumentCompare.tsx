import { useId, useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { useApprovals, useDocument, useDocumentDiff, useMe, useRevisions, useVersion } from "../api/queries";
import { type TrackedSection, useTrackedChanges } from "../api/review";
import { paths } from "../app/routes";
import { ErrorNotice, Loading } from "../components/Status";
import { TrustedHtml } from "../components/TrustedHtml";
import { t } from "../i18n";

const HEAD = "head";
/** `from` for each paragraph's version my delegation last approved (GET /changes?since=approval). */
const APPROVAL = "approval";
// What "my delegation approved" means for the comparison, as the server counts it (export/review.py).
const APPROVING = new Set(["approve", "ad_referendum", "reservation"]);

export function DocumentCompare() {
  const documentId = Number(useParams().documentId);
  const [search, setSearch] = useSearchParams();
  const document = useDocument(documentId);
  const revisions = useRevisions(documentId);
  const [showUnchanged, setShowUnchanged] = useState(false);
  const fromId = useId();
  const toId = useId();
  const unchangedId = useId();

  const me = useMe().data;
  const delegationId = me?.delegation?.id;
  const approvals = useApprovals(documentId, delegationId !== undefined);
  // The paragraphs my delegation approved whose text has moved on since.
  const outdated = (approvals.data?.sections ?? []).filter((s) =>
    s.positions.some((p) => p.delegation_id === delegationId && p.state === "stale" && APPROVING.has(p.decision ?? "")),
  );
  const numberOf = new Map((approvals.data?.sections ?? []).map((s) => [s.section_id, s.number]));

  const labels = (revisions.data ?? []).map((r) => r.label);
  // By default what changed since my delegation approved, when the text has moved on since;
  // otherwise the last two revisions, or the only one against the current text.
  const last = labels.at(-1);
  const previous = labels.at(-2);
  const sinceApproval = outdated.length > 0;
  const defaultFrom = sinceApproval ? APPROVAL : (previous ?? last ?? "");
  const defaultTo = !sinceApproval && previous !== undefined && last !== undefined ? last : HEAD;
  const from = search.get("from") ?? defaultFrom;
  const to = search.get("to") ?? defaultTo;
  const byApproval = from === APPROVAL && delegationId !== undefined;
  // Only an earlier text against a later one: never a revision against itself, nor backwards.
  const ordered =
    (byApproval && to === HEAD) ||
    (labels.includes(from) && (to === HEAD || labels.indexOf(to) > labels.indexOf(from)));
  const diff = useDocumentDiff(documentId, from, to, labels.length > 0 && ordered && !byApproval);
  const tracked = useTrackedChanges(documentId, ordered ? from : null, to);
  const htmlOf = new Map((tracked.data?.sections ?? []).map((c) => [c.section_id, c]));

  function choose(which: "from" | "to", value: string) {
    const next = new URLSearchParams(search);
    let [newFrom, newTo] = which === "from" ? [value, to] : [from, value];
    // My delegation's approvals are compared with the current text only.
    if (newFrom === APPROVAL) newTo = HEAD;
    // Choosing an earlier text at or after the later one moves the later one on to the current text.
    if (which === "from" && newTo !== HEAD && labels.indexOf(newTo) <= labels.indexOf(newFrom)) newTo = HEAD;
    if (which === "to" && newTo !== HEAD && labels.indexOf(newTo) <= labels.indexOf(newFrom))
      newFrom = labels[labels.indexOf(newTo) - 1] ?? newFrom;
    next.set("from", newFrom);
    next.set("to", newTo);
    setSearch(next, { replace: true });
  }

  // The default depends on my delegation's positions: wait for them rather than flip after.
  if (revisions.isPending || (delegationId !== undefined && approvals.isPending)) return <Loading />;
  if (revisions.isError) return <ErrorNotice error={revisions.error} />;
  const fromOptions = [
    ...(delegationId !== undefined ? [{ value: APPROVAL, label: t.compare.approval }] : []),
    ...labels.map((l) => ({ value: l, label: l })),
  ];
  const toOptions = [
    ...(byApproval ? [] : labels.filter((l) => labels.indexOf(l) > labels.indexOf(from))).map((l) => ({
      value: l,
      label: l,
    })),
    { value: HEAD, label: t.compare.head },
  ];
  const changes = (diff.data?.sections ?? []).filter((c) => showUnchanged || c.status !== "unchanged" || c.moved);

  return (
    <div className="page compare-page">
      <p className="muted small">
        <Link to={paths.document(documentId)}>{document.data?.title ?? "…"}</Link>
      </p>
      <h1>{t.compare.title}</h1>
      {labels.length === 0 && !byApproval ? (
        <p className="notice">{t.compare.noRevisions}</p>
      ) : (
        <>
          <div className="card pickers">
            <label htmlFor={fromId}>{t.compare.from}</label>
            <select
              id={fromId}
              value={from}
              onChange={(e) => choose("from", e.target.value)}
              data-testid="compare-from"
            >
              {fromOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
            <label htmlFor={toId}>{t.compare.to}</label>
            <select id={toId} value={to} onChange={(e) => choose("to", e.target.value)} data-testid="compare-to">
              {toOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
            <span className="checkbox">
              <input
                id={unchangedId}
                type="checkbox"
                checked={showUnchanged}
                onChange={(e) => setShowUnchanged(e.target.checked)}
              />
              <label htmlFor={unchangedId}>{t.compare.showUnchanged}</label>
            </span>
          </div>
          {!ordered && <p className="notice">{t.compare.pickOrder}</p>}
          {ordered && diff.isPending && <Loading />}
          {diff.isError && <ErrorNotice error={diff.error} />}
          {byApproval && tracked.data && (
            <>
              <p className="compare-summary" role="status" data-testid="compare-summary">
                {t.compare.sinceApproval(tracked.data.count)}
              </p>
              <ol className="plain changes" data-testid="compare-changes">
                {tracked.data.sections.map((change) => (
                  <ApprovedChange key={change.section_id} change={change} number={numberOf.get(change.section_id)} />
                ))}
              </ol>
            </>
          )}
          {!byApproval && diff.data && (
            <>
              <p className="compare-summary" role="status" data-testid="compare-summary">
                {t.compare.summary(diff.data.added, diff.data.removed, diff.data.moved, diff.data.changed)}
              </p>
              <ol className="plain changes" data-testid="compare-changes">
                {changes.map((change) => (
                  <ChangeView key={change.section_id} change={change} tracked={htmlOf.get(change.section_id)} />
                ))}
              </ol>
            </>
          )}
        </>
      )}
    </div>
  );
}

type Change = NonNullable<ReturnType<typeof useDocumentDiff>["data"]>["sections"][number];

function ChangeView({ change, tracked }: { change: Change; tracked: TrackedSection | undefined }) {
  const number = change.to_number ?? change.from_number;
  const shown = change.to_version ?? change.from_version;
  return (
    <li
      className={`card change change-${change.status}`}
      data-section-id={change.section_id}
      data-status={change.status}
      data-moved={change.moved}
    >
      <p className="change-head">
        <span className={`tag tag-${change.status}`}>{t.compare[change.status]}</span>
        {change.moved && <span className="tag tag-moved">{t.compare.moved}</span>}
        {number != null && <strong>{t.document.para(number)}</strong>}
        {change.moved && (
          <span className="muted small">{t.compare.movedFrom(change.from_number, change.to_number)}</span>
        )}
      </p>
      {/* The rendered text with its changes tracked (no Markdown syntax); an unchanged or only
          moved paragraph as it reads. */}
      {tracked ? (
        <TrustedHtml html={tracked.html} className="section-text tracked-diff" dir="auto" data-testid="change-text" />
      ) : shown != null ? (
        <VersionText sectionId={change.section_id} version={shown} />
      ) : null}
    </li>
  );
}

/** A paragraph my delegation approved, as it changed since (always "changed": the approval
 *  was on an earlier version of the same paragraph). */
function ApprovedChange({ change, number }: { change: TrackedSection; number: number | null | undefined }) {
  return (
    <li className="card change change-changed" data-section-id={change.section_id} data-status="changed">
      <p className="change-head">
        <span className="tag tag-changed">{t.compare.changed}</span>
        {number != null && <strong>{t.document.para(number)}</strong>}
        <span className="muted small">{t.compare.fromApproved(change.from_version ?? 0)}</span>
      </p>
      <TrustedHtml html={change.html} className="section-text tracked-diff" dir="auto" data-testid="change-text" />
    </li>
  );
}

function VersionText({ sectionId, version }: { sectionId: number; version: number }) {
  const found = useVersion(sectionId, version);
  if (!found.data) return <Loading />;
  return <TrustedHtml html={found.data.html} className="section-text" dir="auto" data-testid="change-text" />;
}
