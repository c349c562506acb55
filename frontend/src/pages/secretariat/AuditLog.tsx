import { useId, useState } from "react";
import { type AuditFilters, useAudit } from "../../api/negotiation";
import { ErrorNotice, Loading } from "../../components/Status";
import { formatDate, t } from "../../i18n";

const PAGE = 50;

export function AuditLog() {
  const [filters, setFilters] = useState<AuditFilters>({ offset: 0, limit: PAGE });
  const [draft, setDraft] = useState({ action: "", object_type: "", object_id: "" });
  const audit = useAudit(filters);
  const ids = { action: useId(), type: useId(), object: useId() };
  const items = audit.data?.items ?? [];

  return (
    <section className="card" aria-labelledby="audit-title">
      <h2 id="audit-title">{t.secretariat.auditTitle}</h2>
      <form
        className="inline-form filters"
        onSubmit={(event) => {
          event.preventDefault();
          setFilters({ ...draft, offset: 0, limit: PAGE });
        }}
      >
        <div>
          <label htmlFor={ids.action}>{t.secretariat.action}</label>
          <input
            id={ids.action}
            type="text"
            placeholder="version.create"
            value={draft.action}
            onChange={(e) => setDraft({ ...draft, action: e.target.value })}
          />
        </div>
        <div>
          <label htmlFor={ids.type}>{t.secretariat.objectType}</label>
          <input
            id={ids.type}
            type="text"
            placeholder="document"
            value={draft.object_type}
            onChange={(e) => setDraft({ ...draft, object_type: e.target.value })}
          />
        </div>
        <div>
          <label htmlFor={ids.object}>{t.secretariat.objectId}</label>
          <input
            id={ids.object}
            type="text"
            value={draft.object_id}
            onChange={(e) => setDraft({ ...draft, object_id: e.target.value })}
          />
        </div>
        <button type="submit" className="button">
          {t.secretariat.filter}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setDraft({ action: "", object_type: "", object_id: "" });
            setFilters({ offset: 0, limit: PAGE });
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
                <th scope="col">{t.secretariat.seq}</th>
                <th scope="col">{t.secretariat.at}</th>
                <th scope="col">{t.secretariat.actor}</th>
                <th scope="col">{t.secretariat.action}</th>
                <th scope="col">{t.secretariat.object}</th>
                <th scope="col">{t.secretariat.details}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.seq} data-seq={e.seq}>
                  <th scope="row">{e.seq}</th>
                  <td className="nowrap">
                    <time dateTime={e.at}>{formatDate(e.at)}</time>
                  </td>
                  <td>{e.actor?.name ?? <span className="muted">{t.secretariat.system}</span>}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>
                    {e.object_type}
                    {e.object_id ? ` ${e.object_id}` : ""}
                  </td>
                  <td>
                    <code className="payload" title={e.hash}>
                      {JSON.stringify(e.payload)}
                    </code>
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
          disabled={filters.offset === 0}
          onClick={() => setFilters({ ...filters, offset: Math.max(0, filters.offset - PAGE) })}
        >
          {t.secretariat.newer}
        </button>
        {items.length > 0 && (
          <span className="small muted">{t.secretariat.page(filters.offset + 1, filters.offset + items.length)}</span>
        )}
        <button
          type="button"
          className="button"
          disabled={audit.data?.next_offset == null}
          onClick={() => audit.data?.next_offset != null && setFilters({ ...filters, offset: audit.data.next_offset })}
        >
          {t.secretariat.older}
        </button>
      </nav>
    </section>
  );
}
