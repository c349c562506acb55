import { useId, useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { useDocument, useDocumentDiff, useRevisions, useVersion } from "../api/queries";
import { paths } from "../app/routes";
import { DiffView } from "../components/DiffView";
import { ErrorNotice, Loading } from "../components/Status";
import { t } from "../i18n";
import { asPairs } from "../lib/diff";

const HEAD = "head";

export function DocumentCompare() {
  const documentId = Number(useParams().documentId);
  const [search, setSearch] = useSearchParams();
  const document = useDocument(documentId);
  const revisions = useRevisions(documentId);
  const [showUnchanged, setShowUnchanged] = useState(false);
  const fromId = useId();
  const toId = useId();
  const unchangedId = useId();

  const labels = (revisions.data ?? []).map((r) => r.label);
  // By default the last two revisions, or the only one against the current text.
  const last = labels.at(-1);
  const previous = labels.at(-2);
  const defaultFrom = previous ?? last ?? "";
  const defaultTo = previous !== undefined && last !== undefined ? last : HEAD;
  const from = search.get("from") ?? defaultFrom;
  const to = search.get("to") ?? defaultTo;
  const diff = useDocumentDiff(documentId, from, to, labels.length > 0);

  function choose(which: "from" | "to", value: string) {
    const next = new URLSearchParams(search);
    next.set("from", which === "from" ? value : from);
    next.set("to", which === "to" ? value : to);
    setSearch(next, { replace: true });
  }

  if (revisions.isPending) return <Loading />;
  if (revisions.isError) return <ErrorNotice error={revisions.error} />;
  const options = [...labels.map((l) => ({ value: l, label: l })), { value: HEAD, label: t.compare.head }];
  const changes = (diff.data?.sections ?? []).filter((c) => showUnchanged || c.status !== "unchanged" || c.moved);

  return (
    <div className="page compare-page">
      <p className="muted small">
        <Link to={paths.document(documentId)}>{document.data?.title ?? "…"}</Link>
      </p>
      <h1>{t.compare.title}</h1>
      {labels.length === 0 ? (
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
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
            <label htmlFor={toId}>{t.compare.to}</label>
            <select id={toId} value={to} onChange={(e) => choose("to", e.target.value)} data-testid="compare-to">
              {options.map((o) => (
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
          {diff.isPending && <Loading />}
          {diff.isError && <ErrorNotice error={diff.error} />}
          {diff.data && (
            <>
              <p className="compare-summary" role="status" data-testid="compare-summary">
                {t.compare.summary(diff.data.added, diff.data.removed, diff.data.moved, diff.data.changed)}
              </p>
              <ol className="plain changes" data-testid="compare-changes">
                {changes.map((change) => (
                  <ChangeView key={change.section_id} change={change} />
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

function ChangeView({ change }: { change: Change }) {
  const number = change.to_number ?? change.from_number;
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
      {change.diff ? (
        <DiffView diff={asPairs(change.diff)} fold />
      ) : change.status === "added" && change.to_version != null ? (
        <VersionText sectionId={change.section_id} version={change.to_version} kind="insert" />
      ) : change.status === "removed" && change.from_version != null ? (
        <VersionText sectionId={change.section_id} version={change.from_version} kind="delete" />
      ) : change.to_version != null ? (
        <VersionText sectionId={change.section_id} version={change.to_version} kind="equal" />
      ) : null}
    </li>
  );
}

function VersionText({
  sectionId,
  version,
  kind,
}: {
  sectionId: number;
  version: number;
  kind: "insert" | "delete" | "equal";
}) {
  const found = useVersion(sectionId, version);

  if (!found.data) return <Loading />;
  const op = kind === "insert" ? 1 : kind === "delete" ? -1 : 0;
  return <DiffView diff={[[op, found.data.text]]} fold={kind === "equal"} />;
}
