// /commitments: the register for the secretariat (every project and pledge, forms, totals,
// rates); for a delegation's members, their own pledges and what else they may see. What each
// person sees is the server's choice (concord/commitments/register.py).
import { Link } from "react-router";
import { type ProjectPublic, useCommitments, useProjects } from "../../api/commitments";
import { useMe } from "../../api/queries";
import { commitmentPaths } from "../../app/routes";
import { ErrorNotice, Loading } from "../../components/Status";
import { t } from "../../i18n";
import { CommitmentForm } from "./CommitmentForm";
import { CommitmentTable } from "./CommitmentTable";
import { ProjectForm } from "./ProjectForm";
import { ProjectSummary } from "./ProjectSummary";
import { Rates } from "./Rates";
import { TotalsPanel } from "./TotalsPanel";
import "../../styles/negotiation.css";
import "../../styles/commitments.css";

function ProjectCard({ project, manage }: { project: ProjectPublic; manage: boolean }) {
  return (
    <article className="card project-card" data-project={project.id} aria-labelledby={`title-${project.id}`}>
      <h3 id={`title-${project.id}`}>
        <Link to={commitmentPaths.project(project.id)}>{project.title}</Link>
      </h3>
      {project.description && <p className="project-description">{project.description}</p>}
      <ProjectSummary project={project} />
      {project.commitments.length === 0 ? (
        <p className="muted small">{t.commitments.noCommitments}</p>
      ) : (
        <CommitmentTable commitments={project.commitments} manage={manage} showProject={false} />
      )}
    </article>
  );
}

function ProjectList({ manage }: { manage: boolean }) {
  const projects = useProjects();
  if (projects.isPending) return <Loading />;
  if (projects.isError) return <ErrorNotice error={projects.error} />;
  return (
    <section aria-labelledby="projects-title" className="project-list">
      <h2 id="projects-title">{t.commitments.projects}</h2>
      {projects.data.length === 0 && <p className="muted">{t.commitments.noProjects}</p>}
      {projects.data.map((p) => (
        <ProjectCard key={p.id} project={p} manage={manage} />
      ))}
    </section>
  );
}

function Register() {
  const projects = useProjects();
  return (
    <div className="admin-grid commitments-grid">
      <div className="admin-stack">
        <TotalsPanel />
        <ProjectList manage />
      </div>
      <div className="admin-stack">
        <section className="card">
          <CommitmentForm projects={projects.data ?? []} />
        </section>
        <section className="card">
          <ProjectForm />
        </section>
        <Rates manage />
      </div>
    </div>
  );
}

function OwnPledges({ delegationId }: { delegationId: number }) {
  const own = useCommitments(delegationId);
  if (own.isPending) return <Loading />;
  if (own.isError) return <ErrorNotice error={own.error} />;
  if (own.data.length === 0) return <p className="muted">{t.commitments.noOwn}</p>;
  return <CommitmentTable commitments={own.data} manage={false} showProject testId="own-commitments" />;
}

export function CommitmentsPage() {
  const me = useMe().data;
  if (!me) return null;
  if (me.is_secretariat) {
    return (
      <div className="page wide-page commitments-page">
        <h1>{t.commitments.registerTitle}</h1>
        <p className="muted">{t.commitments.intro}</p>
        <Register />
      </div>
    );
  }
  return (
    <div className="page commitments-page">
      <h1>{me.delegation ? t.commitments.ownTitle(me.delegation.name) : t.commitments.title}</h1>
      <p className="muted">{t.commitments.ownIntro}</p>
      <section className="card" aria-label={t.commitments.title}>
        {me.delegation ? <OwnPledges delegationId={me.delegation.id} /> : <p>{t.commitments.noDelegation}</p>}
      </section>
      <div className="admin-grid commitments-grid">
        <ProjectList manage={false} />
        <div className="admin-stack">
          <TotalsPanel />
          <Rates manage={false} />
        </div>
      </div>
    </div>
  );
}
