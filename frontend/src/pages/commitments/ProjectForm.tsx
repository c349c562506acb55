// Records a joint project, or changes one: title, description, partner delegations (a G7 state
// with an Arab League state, say), the lead among them, and the civil-society partners.
import { useId, useState } from "react";
import { type ProjectPublic, useCreateProject, useUpdateProject } from "../../api/commitments";
import { useDelegations } from "../../api/negotiation";
import { useDocuments } from "../../api/queries";
import { ServerError } from "../../components/ServerError";
import { t } from "../../i18n";

export function ProjectForm({ project, onDone }: { project?: ProjectPublic; onDone?: () => void }) {
  const delegations = useDelegations();
  const documents = useDocuments();
  const create = useCreateProject();
  const update = useUpdateProject(project?.id ?? "");
  const write = project ? update : create;
  const [title, setTitle] = useState(project?.title ?? "");
  const [description, setDescription] = useState(project?.description ?? "");
  const [partners, setPartners] = useState<Set<number>>(new Set(project?.partners.map((p) => p.id)));
  const [lead, setLead] = useState(project?.lead ? String(project.lead.id) : "");
  const [documentId, setDocumentId] = useState(project?.document_id ? String(project.document_id) : "");
  const [civil, setCivil] = useState((project?.civil_society_partners ?? []).join("\n"));
  const [done, setDone] = useState(false);
  const base = useId();
  const id = (name: string) => `${base}-${name}`;
  const choices = (delegations.data ?? []).filter((d) => d.kind !== "secretariat");
  const heading = project ? t.commitments.editProject : t.commitments.newProject;

  function toggle(delegationId: number, on: boolean) {
    const next = new Set(partners);
    if (on) next.add(delegationId);
    else next.delete(delegationId);
    setPartners(next);
  }

  function submit() {
    setDone(false);
    const body = {
      title: title.trim(),
      description: description.trim(),
      civil_society_partners: civil
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean),
      partner_delegation_ids: [...partners],
      lead_delegation_id: lead ? Number(lead) : null,
      document_id: documentId ? Number(documentId) : null,
    };
    const onSuccess = () => {
      setDone(true);
      if (!project) {
        setTitle("");
        setDescription("");
        setPartners(new Set());
        setLead("");
        setDocumentId("");
        setCivil("");
      }
      onDone?.();
    };
    if (project) update.mutate(body, { onSuccess });
    else create.mutate(body, { onSuccess });
  }

  return (
    <form
      aria-label={heading}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h2>{heading}</h2>
      <label htmlFor={id("title")}>{t.commitments.projectTitle}</label>
      <input
        id={id("title")}
        type="text"
        value={title}
        maxLength={300}
        required
        onChange={(e) => setTitle(e.target.value)}
      />
      <label htmlFor={id("description")}>{t.commitments.description}</label>
      <textarea
        id={id("description")}
        rows={3}
        maxLength={4000}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
      />
      <fieldset className="partner-choices">
        <legend>{t.commitments.partners}</legend>
        {choices.map((d) => (
          <div className="check-row" key={d.id}>
            <input
              id={id(`p${d.id}`)}
              type="checkbox"
              checked={partners.has(d.id)}
              onChange={(e) => toggle(d.id, e.target.checked)}
            />
            <label htmlFor={id(`p${d.id}`)}>
              {d.name}
              {!d.announced && <span className="tag unannounced-tag">{t.unannounced.mark}</span>}
            </label>
          </div>
        ))}
      </fieldset>
      <label htmlFor={id("lead")}>{t.commitments.lead}</label>
      <select id={id("lead")} value={lead} onChange={(e) => setLead(e.target.value)}>
        <option value="">{t.commitments.chooseLead}</option>
        {choices.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </select>
      <label htmlFor={id("document")}>{t.commitments.document}</label>
      <select id={id("document")} value={documentId} onChange={(e) => setDocumentId(e.target.value)}>
        <option value="">{t.commitments.noDocument}</option>
        {(documents.data ?? []).map((d) => (
          <option key={d.id} value={d.id}>
            {d.title}
          </option>
        ))}
      </select>
      <label htmlFor={id("civil")}>{t.commitments.civilSociety}</label>
      <textarea
        id={id("civil")}
        rows={2}
        value={civil}
        aria-describedby={id("civil-hint")}
        onChange={(e) => setCivil(e.target.value)}
      />
      <p id={id("civil-hint")} className="small muted">
        {t.commitments.civilSocietyHint}
      </p>
      <ServerError error={write.error} />
      {done && !write.isPending && (
        <p className="small ok-text" role="status">
          {t.commitments.saved}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button primary" disabled={write.isPending || !title.trim()}>
          {project ? t.commitments.saveProject : t.commitments.createProject}
        </button>
        {project && onDone && (
          <button type="button" className="button subtle" onClick={onDone}>
            {t.commitments.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
