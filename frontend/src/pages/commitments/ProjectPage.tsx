// /commitments/projects/:projectId: a joint project, its partners and the commitments the viewer
// may see, with the server's totals of this project; the secretariat edits it and records pledges.
import { useState } from "react";
import { Link, useParams } from "react-router";
import { useProject, useTotals } from "../../api/commitments";
import { useMe } from "../../api/queries";
import { commitmentPaths } from "../../app/routes";
import { ErrorNotice, Loading } from "../../components/Status";
import { t } from "../../i18n";
import { formatMoney } from "../../lib/money";
import { CommitmentForm } from "./CommitmentForm";
import { CommitmentTable } from "./CommitmentTable";
import { ProjectForm } from "./ProjectForm";
import { ProjectSummary } from "./ProjectSummary";
import "../../styles/negotiation.css";
import "../../styles/commitments.css";

function ProjectTotals({ projectId }: { projectId: string }) {
  const totals = useTotals("", "");
  if (!totals.data) return null;
  const mine = totals.data.by_project.find((p) => p.id === projectId);
  return (
    <section className="card" aria-labelledby="project-totals" data-testid="project-totals">
      <h2 id="project-totals">{t.commitments.projectTotals}</h2>
      <p className={totals.data.scope === "all" ? "small muted" : "notice small"} data-testid="totals-scope">
        {totals.data.scope === "all" ? t.commitments.scopeAll : t.commitments.scopeVisible}
      </p>
      {mine ? (
        <ul className="amounts">
          {mine.amounts.map((a) => (
            <li key={a.currency} data-currency={a.currency} data-amount={a.amount}>
              {formatMoney(a.amount, a.currency)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t.commitments.noTotals}</p>
      )}
    </section>
  );
}

export function ProjectPage() {
  const { projectId = "" } = useParams();
  const me = useMe().data;
  const project = useProject(projectId);
  const [editing, setEditing] = useState(false);
  const manage = !!me?.is_secretariat;
  if (project.isPending) return <Loading />;
  if (project.isError) {
    return (
      <div className="page">
        <ErrorNotice error={project.error} />
      </div>
    );
  }
  const p = project.data;
  return (
    <div className="page wide-page commitments-page" data-project={p.id}>
      <p className="small">
        <Link to={commitmentPaths.register()}>← {t.commitments.backToRegister}</Link>
      </p>
      <h1>{p.title}</h1>
      {p.description && <p className="project-description">{p.description}</p>}
      <div className="admin-grid commitments-grid">
        <div className="admin-stack">
          <section className="card" aria-labelledby="project-partners-title">
            <h2 id="project-partners-title" className="visually-hidden">
              {t.commitments.partners}
            </h2>
            <ProjectSummary project={p} />
            {manage && !editing && (
              <button type="button" className="button small secondary" onClick={() => setEditing(true)}>
                {t.commitments.editProject}
              </button>
            )}
            {manage && editing && <ProjectForm project={p} onDone={() => setEditing(false)} />}
          </section>
          <section className="card" aria-labelledby="project-commitments-title">
            <h2 id="project-commitments-title">{t.commitments.title}</h2>
            {p.commitments.length === 0 ? (
              <p className="muted">{t.commitments.noCommitments}</p>
            ) : (
              <CommitmentTable commitments={p.commitments} manage={manage} showProject={false} />
            )}
          </section>
        </div>
        <div className="admin-stack">
          <ProjectTotals projectId={p.id} />
          {manage && (
            <section className="card">
              <CommitmentForm project={p} />
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
