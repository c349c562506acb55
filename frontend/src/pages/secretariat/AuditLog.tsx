import { useId, useState } from "react";
import { Link } from "react-router";
import { type AuditEventPublic, type AuditFilters, useAudit, useUsers } from "../../api/negotiation";
import { paths } from "../../app/routes";
import { ErrorNotice, Loading } from "../../components/Status";
import { formatDate, t } from "../../i18n";

const PAGE = 50;

interface Draft {
  kind: string;
  signIns: boolean;
  actor: string;
  from: string;
  to: string;
  action: string;
}

const EMPTY: Draft = { kind: "", signIns: false, actor: "", from: "", to: "", action: "" };

/** A day typed in a date field, as the instant it starts where the officer is. */
function startOfDay(day: string, plusDays = 0): string {
  const [year = 1970, month = 1, date = 1] = day.split("-").map(Number);
  return new Date(year, month - 1, date + plusDays).toISOString();
}

function filtersOf(draft: Draft): AuditFilters {
  return {
    limit: PAGE,
    ...(draft.kind ? { kind: draft.kind } : {}),
    ...(draft.signIns && !draft.kind ? { sign_ins: true } : {}),
    ...(draft.actor ? { actor_id: Number(draft.actor) } : {}),
    ...(draft.from ? { since: startOfDay(draft.from) } : {}),
    ...(draft.to ? { until: startOfDay(draft.to, 1) } : {}),
    ...(draft.action.trim() ? { action: draft.action.trim() } : {}),
  };
}

export function AuditLog() {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [filters, setFilters] = useState<AuditFilters>(filtersOf(EMPTY));
  // The `before` of each page shown so far: "newer" goes back one, "older" follows next_before.
  const [trail, setTrail] = useState<(number | undefined)[]>([]);
  const audit = useAudit(filters);
  const people = useUsers();
  const ids = { kind: useId(), actor: useId(), from: useId(), to: useId(), action: useId(), signIns: useId() };
  const items = audit.data?.items ?? [];

  const apply = (next: Draft) => {
    setTrail([]);
    setFilters(filtersOf(next));
  };

  return (
    <section className="card" aria-labelledby="audit-title">
      <h2 id="audit-title">{t.secretariat.auditTitle}</h2>
      <form
        className="inline-form filters"
        onSubmit={(event) => {
          event.preventDefault();
          apply(draft);
        }}
      >
        <div>
          <label htmlFor={ids.kind}>{t.secretariat.auditKind}</label>
          <select id={ids.kind} value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value })}>
            {Object.entries(t.secretariat.auditKinds).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.actor}>{t.secretariat.actor}</label>
          <select id={ids.actor} value={draft.actor} onChange={(e) => setDraft({ ...draft, actor: e.target.value })}>
            <option value="">{t.secretariat.anyone}</option>
            {(people.data ?? []).map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.from}>{t.secretariat.from}</label>
          <input
            id={ids.from}
            type="date"
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
        </div>
        <div>
          <label htmlFor={ids.to}>{t.secretariat.to}</label>
          <input
            id={ids.to}
            type="date"
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          />
        </div>
        <div className="checkbox">
          <input
            id={ids.signIns}
            type="checkbox"
            checked={draft.signIns || draft.kind === "sign_ins"}
            disabled={draft.kind !== ""}
            onChange={(e) => setDraft({ ...draft, signIns: e.target.checked })}
          />
          <label htmlFor={ids.signIns}>{t.secretariat.includeSignIns}</label>
        </div>
        <details className="more-filters">
          <summary>{t.secretariat.moreFilters}</summary>
          <label htmlFor={ids.action}>{t.secretariat.action}</label>
          <input
            id={ids.action}
            type="text"
            placeholder="version.create"
            value={draft.action}
            onChange={(e) => setDraft({ ...draft, action: e.target.value })}
          />
        </details>
        <button type="submit" className="button">
          {t.secretariat.filter}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setDraft(EMPTY);
            apply(EMPTY);
          }}
        >
          {t.secretariat.clear}
        </button>
      </form>
      {audit.isPending && <Loading />}
      {audit.isError && <ErrorNotice error={audit.error} onRetry={() => void audit.refetch()} />}
      {audit.isSuccess && items.length === 0 && <p className="muted">{t.secretariat.noEvents}</p>}
      {items.length > 0 && (
        <div className="table-scroll">
          <table className="admin-table audit" data-testid="audit-log">
            <thead>
              <tr>
                <th scope="col">{t.secretariat.at}</th>
                <th scope="col">{t.secretariat.actor}</th>
                <th scope="col">{t.secretariat.what}</th>
                <th scope="col">{t.secretariat.about}</th>
                <th scope="col">{t.secretariat.details}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.seq} data-seq={e.seq} data-action={e.action}>
                  <td className="nowrap">
                    <time dateTime={e.at}>{formatDate(e.at)}</time>
                  </td>
                  <td>{e.actor?.name ?? <span className="muted">{t.secretariat.system}</span>}</td>
                  <td>{t.secretariat.actions[e.action] ?? e.action}</td>
                  <td>
                    <About event={e} />
                  </td>
                  <td>
                    <details>
                      <summary>{t.secretariat.rawDetails}</summary>
                      <dl className="raw-record">
                        <dt>{t.secretariat.seq}</dt>
                        <dd>{e.seq}</dd>
                        <dt>{t.secretariat.action}</dt>
                        <dd>
                          <code>{e.action}</code>
                        </dd>
                        <dt>{t.secretariat.about}</dt>
                        <dd>
                          <code>
                            {e.object_type}
                            {e.object_id ? ` ${e.object_id}` : ""}
                          </code>
                        </dd>
                      </dl>
                      <code className="payload" title={e.hash}>
                        {JSON.stringify(e.payload)}
                      </code>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="pager" aria-label={t.secretariat.auditTitle}>
        <button
          type="button"
          className="button"
          disabled={trail.length === 0}
          onClick={() => {
            const previous = trail.slice(0, -1);
            setTrail(previous);
            const before = previous.at(-1);
            setFilters({ ...filters, ...(before ? { before } : { before: undefined }) });
          }}
        >
          {t.secretariat.newer}
        </button>
        <button
          type="button"
          className="button"
          disabled={audit.data?.next_before == null}
          onClick={() => {
            const before = audit.data?.next_before;
            if (before == null) return;
            setTrail([...trail, before]);
            setFilters({ ...filters, before });
          }}
        >
          {t.secretariat.older}
        </button>
      </nav>
    </section>
  );
}

function About({ event }: { event: AuditEventPublic }) {
  const { document, section_id: sectionId, paragraph, subject } = event;
  if (document) {
    return (
      <>
        <Link to={paths.document(document.id)}>{document.title}</Link>
        {sectionId != null && (
          <>
            {" · "}
            <Link to={paths.section(document.id, sectionId)}>
              {paragraph != null ? t.document.para(paragraph) : t.secretariat.paragraph}
            </Link>
          </>
        )}
      </>
    );
  }
  return subject ?? <span className="muted">—</span>;
}
