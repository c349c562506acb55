// A project's partners: its lead, the partner delegations the viewer may know of, and its
// civil-society partners.
import { Link } from "react-router";
import type { ProjectPublic } from "../../api/commitments";
import { paths } from "../../app/routes";
import { UnannouncedTag } from "../../components/Badges";
import { t } from "../../i18n";

export function ProjectSummary({ project }: { project: ProjectPublic }) {
  return (
    <dl className="project-facts">
      <dt>{t.commitments.lead}</dt>
      <dd data-testid="project-lead">
        {project.lead ? (
          <>
            {project.lead.name}
            <UnannouncedTag party={project.lead} />
          </>
        ) : (
          <span className="muted">{t.commitments.noLead}</span>
        )}
      </dd>
      <dt>{t.commitments.partners}</dt>
      <dd data-testid="project-partners">
        {project.partners.length === 0 ? (
          <span className="muted">{t.commitments.none}</span>
        ) : (
          <ul className="inline-list">
            {project.partners.map((p) => (
              <li key={p.id} data-partner={p.code}>
                {p.name}
                <UnannouncedTag party={p} />
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t.commitments.civilSociety}</dt>
      <dd>
        {project.civil_society_partners.length === 0 ? (
          <span className="muted">{t.commitments.none}</span>
        ) : (
          <ul className="inline-list">
            {project.civil_society_partners.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        )}
      </dd>
      {project.document_id !== null && (
        <>
          <dt>{t.commitments.document}</dt>
          <dd>
            <Link to={paths.document(project.document_id)}>{t.commitments.theText}</Link>
          </dd>
        </>
      )}
    </dl>
  );
}
