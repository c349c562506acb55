import { Link } from "react-router";
import { useDocuments, useMe, useWorkingGroups } from "../api/queries";
import { paths } from "../app/routes";
import { ApprovalLegend, ApprovalProgress, BracketShare, StatusBadge } from "../components/Badges";
import { DelegationApprovers } from "../components/DelegationApprovers";
import { ErrorNotice, Loading } from "../components/Status";
import { formatDate, t } from "../i18n";

export function Home() {
  const documents = useDocuments();
  const groups = useWorkingGroups();
  const me = useMe().data;
  const groupName = new Map((groups.data ?? []).map((g) => [g.id, g.name]));

  return (
    <div className="page">
      <h1>{t.home.title}</h1>
      <div className="home-grid">
        <section aria-labelledby="documents-title" className="card">
          <h2 id="documents-title">{t.home.documents}</h2>
          {documents.isPending && <Loading />}
          {documents.isError && <ErrorNotice error={documents.error} onRetry={() => void documents.refetch()} />}
          {documents.data?.length === 0 && <p className="muted">{t.home.noDocuments}</p>}
          {documents.data && documents.data.length > 0 && (
            <table className="documents" data-testid="documents">
              <thead>
                <tr>
                  <th scope="col">{t.home.columns.title}</th>
                  <th scope="col">{t.home.columns.status}</th>
                  <th scope="col">{t.home.columns.bracketed}</th>
                  <th scope="col">{t.home.columns.approval}</th>
                  <th scope="col">{t.home.columns.updated}</th>
                </tr>
              </thead>
              <tbody>
                {documents.data.map((d) => {
                  return (
                    <tr key={d.id} data-document-id={d.id}>
                      <th scope="row">
                        <Link to={paths.document(d.id)}>{d.title}</Link>
                        <span className="muted small block">
                          {t.kind[d.kind] ?? d.kind}
                          {" · "}
                          {d.working_group_id ? t.home.group(groupName.get(d.working_group_id) ?? "…") : t.home.noGroup}
                        </span>
                      </th>
                      <td>
                        <StatusBadge status={d.status} />
                      </td>
                      <td>
                        <BracketShare share={d.approvals.brackets.share} />
                      </td>
                      <td>
                        <ApprovalProgress summary={d.approvals} />
                      </td>
                      <td className="small">{formatDate(d.updated_at)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {documents.data && documents.data.length > 0 && <ApprovalLegend />}
        </section>
        <div className="home-side">
          <section aria-labelledby="groups-title" className="card">
            <h2 id="groups-title">{t.home.groups}</h2>
            {groups.isPending && <Loading />}
            {groups.data?.length === 0 && <p className="muted">{t.home.noGroups}</p>}
            <ul className="plain groups" data-testid="working-groups">
              {groups.data?.map((g) => (
                <li key={g.id}>
                  <strong>{g.name}</strong>
                  <span className="muted small block">{t.home.members(g.members.length)}</span>
                  {g.description && <p className="small">{g.description}</p>}
                </li>
              ))}
            </ul>
          </section>
          {me?.is_head && me.delegation && (
            <div className="card">
              <DelegationApprovers delegation={me.delegation} />
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
