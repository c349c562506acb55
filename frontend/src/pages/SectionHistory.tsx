import { useId, useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import type { VersionPublic } from "../api/client";
import { useSaveVersion } from "../api/drafting";
import { useDocument, useMe, useSection, useVersions, useWorkingGroups } from "../api/queries";
import { useSectionChanges } from "../api/review";
import { paths } from "../app/routes";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { sectionLabel } from "../components/SectionView";
import { ServerError } from "../components/ServerError";
import { ErrorNotice, Loading } from "../components/Status";
import { TrustedHtml } from "../components/TrustedHtml";
import { formatDate, t } from "../i18n";
import { canEdit } from "../lib/permissions";
import { useDocumentEvents } from "../live/useDocumentEvents";

export function SectionHistory() {
  const params = useParams();
  const documentId = Number(params.documentId);
  const sectionId = Number(params.sectionId);
  const [search, setSearch] = useSearchParams();
  const document = useDocument(documentId);
  const section = useSection(sectionId);
  const versions = useVersions(sectionId);
  useDocumentEvents(documentId, { sectionId, state: "viewing" });
  const fromId = useId();
  const toId = useId();

  const latest = versions.data?.[versions.data.length - 1]?.number ?? 0;
  const to = Number(search.get("to")) || latest;
  const from = Number(search.get("from")) || Math.max(1, to - 1);
  const diff = useSectionChanges(sectionId, from, to);
  const me = useMe().data;
  const groups = useWorkingGroups().data;
  const editable = !!document.data && canEdit(me, document.data, groups);
  const reading = Number(search.get("read")) || null;

  function read(value: number) {
    const next = new URLSearchParams(search);
    next.set("read", String(value));
    setSearch(next, { replace: true });
  }

  function choose(which: "from" | "to", value: number) {
    const next = new URLSearchParams(search);
    next.set("from", String(which === "from" ? value : from));
    next.set("to", String(which === "to" ? value : to));
    setSearch(next, { replace: true });
  }

  if (section.isPending || versions.isPending) return <Loading />;
  if (section.isError) return <ErrorNotice error={section.error} />;
  if (versions.isError) return <ErrorNotice error={versions.error} />;
  const label = sectionLabel(section.data);
  const tracked = diff.data && from !== to ? diff.data : null;
  const textOf = (n: number) => versions.data.find((v) => v.number === n)?.text;

  return (
    <div className="page history-page">
      <p className="muted small">
        <Link to={paths.document(documentId)}>{document.data?.title ?? "…"}</Link> / {label}
      </p>
      <h1>{t.history.title(label)}</h1>
      <div className="history-grid">
        <section className="card" aria-labelledby="versions-title">
          <h2 id="versions-title">{t.history.versions}</h2>
          <ol className="plain versions" reversed data-testid="versions">
            {[...versions.data].reverse().map((v) => (
              <li
                key={v.number}
                data-version={v.number}
                className={v.number === from || v.number === to ? "picked" : ""}
              >
                <strong>{t.document.version(v.number)}</strong>{" "}
                <span className="muted small">{t.history.by(v.author.name, formatDate(v.created_at))}</span>
                {v.merged && <span className="tag">{t.history.merged}</span>}
                {v.base_version != null && v.base_version !== v.number - 1 && (
                  <span className="tag">{t.history.base(v.base_version)}</span>
                )}
                <span className="version-pick">
                  <button
                    type="button"
                    className="button small"
                    aria-label={t.history.readLabel(v.number)}
                    onClick={() => read(v.number)}
                    aria-pressed={v.number === reading}
                  >
                    {t.history.read}
                  </button>
                  {versions.data.length > 1 && (
                    <>
                      <button
                        type="button"
                        className="button small"
                        aria-label={`${t.history.from} ${v.number}`}
                        onClick={() => choose("from", v.number)}
                        aria-pressed={v.number === from}
                      >
                        {t.history.from}
                      </button>
                      <button
                        type="button"
                        className="button small"
                        aria-label={`${t.history.to} ${v.number}`}
                        onClick={() => choose("to", v.number)}
                        aria-pressed={v.number === to}
                      >
                        {t.history.to}
                      </button>
                    </>
                  )}
                </span>
              </li>
            ))}
          </ol>
        </section>
        <div className="history-main">
          {reading != null && (
            <VersionInFull
              key={reading}
              documentId={documentId}
              sectionId={sectionId}
              version={versions.data.find((v) => v.number === reading)}
              latest={latest}
              editable={editable}
            />
          )}
          <section className="card" aria-labelledby="diff-title">
            <h2 id="diff-title">{t.history.compare}</h2>
            {/* One version has nothing to be compared with: say so rather than offer v1 against v1. */}
            {versions.data.length < 2 && (
              <p className="muted" data-testid="only-version">
                {t.history.onlyOne}
              </p>
            )}
            <div className="pickers" hidden={versions.data.length < 2}>
              <label htmlFor={fromId}>{t.history.from}</label>
              <select
                id={fromId}
                value={from}
                onChange={(e) => choose("from", Number(e.target.value))}
                data-testid="diff-from"
              >
                {versions.data.map((v) => (
                  <option key={v.number} value={v.number}>
                    {t.document.version(v.number)}
                  </option>
                ))}
              </select>
              <label htmlFor={toId}>{t.history.to}</label>
              <select id={toId} value={to} onChange={(e) => choose("to", Number(e.target.value))} data-testid="diff-to">
                {versions.data.map((v) => (
                  <option key={v.number} value={v.number}>
                    {t.document.version(v.number)}
                  </option>
                ))}
              </select>
            </div>
            {from === to && versions.data.length > 1 && <p className="muted">{t.history.pickTwo}</p>}
            {diff.isPending && from !== to && <Loading />}
            {diff.isError && <ErrorNotice error={diff.error} />}
            {tracked && (
              <>
                {textOf(from) === textOf(to) ? (
                  <p className="muted">{t.history.same}</p>
                ) : (
                  // Differences over the rendered text: no Markdown syntax, emphasis changes
                  // shown as formatting (the server's tracked changes, as on the document page).
                  <TrustedHtml
                    html={tracked.html}
                    className="section-text tracked-diff"
                    dir="auto"
                    data-testid="section-diff"
                  />
                )}
                <p className="small muted">{t.history.legend}</p>
              </>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}

interface InFullProps {
  documentId: number;
  sectionId: number;
  version: VersionPublic | undefined;
  latest: number;
  editable: boolean;
}

/** One version as it read then; an earlier one can be restored as a new version (the ordinary
 *  save, based on the latest: nothing is overwritten). */
function VersionInFull({ documentId, sectionId, version, latest, editable }: InFullProps) {
  const save = useSaveVersion(documentId, sectionId);
  const [asking, setAsking] = useState(false);
  const titleId = useId();
  if (!version) return null;
  const restorable = editable && version.number !== latest;
  return (
    <section className="card version-in-full" aria-labelledby={titleId} data-testid="version-in-full">
      <h2 id={titleId}>{t.history.inFull(version.number)}</h2>
      <p className="muted small">{t.history.by(version.author.name, formatDate(version.created_at))}</p>
      <TrustedHtml className="section-text" html={version.html} />
      {save.data && (
        <p className="notice ok" role="status">
          {save.data.created ? t.history.restored(version.number, save.data.number) : t.history.alreadyCurrent}
        </p>
      )}
      <ServerError error={save.error} />
      {restorable && !save.data && (
        <button type="button" className="button" onClick={() => setAsking(true)} disabled={save.isPending}>
          {t.history.restore}
        </button>
      )}
      {asking && (
        <ConfirmDialog
          title={t.history.restoreTitle(version.number)}
          confirm={t.history.restore}
          cancel={t.history.keep}
          busy={save.isPending}
          onCancel={() => setAsking(false)}
          onConfirm={() =>
            save.mutate({ text: version.text, base_version: latest }, { onSettled: () => setAsking(false) })
          }
        >
          <p>{t.history.restoreBody(version.number, latest)}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
