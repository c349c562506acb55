// /documents/:documentId/publication: the publication of an adopted text under embargo. The
// secretariat schedules it (a time in a named zone, the delegations to name, the confirmed
// commitments to this text's projects to announce with it) and may call it off;
// the head of an unannounced delegation to be named confirms its own announcement here; once
// published, the public page's address.
import { useId, useState } from "react";
import { Link, useParams } from "react-router";
import type { DelegationPublic } from "../../api/client";
import { useProjects } from "../../api/commitments";
import { useDelegations } from "../../api/negotiation";
import {
  type PublicationPublic,
  useCancelPublication,
  useConfirmAnnouncement,
  usePublication,
  useSchedulePublication,
} from "../../api/publication";
import { useDocument, useMe } from "../../api/queries";
import { paths } from "../../app/routes";
import { UnannouncedTag } from "../../components/Badges";
import { ServerError } from "../../components/ServerError";
import { ErrorNotice, Loading } from "../../components/Status";
import { formatDate, t } from "../../i18n";
import { homeZone, isoToZoned, timeZones, zonedToIso } from "../../lib/embargo";
import { formatMoney } from "../../lib/money";
import "../../styles/negotiation.css";
import "../../styles/commitments.css";

function ScheduleForm({
  documentId,
  current,
  parties,
}: {
  documentId: number;
  current: PublicationPublic | null;
  parties: number[];
}) {
  const delegations = useDelegations();
  const projects = useProjects();
  const schedule = useSchedulePublication(documentId);
  const live = current?.status === "scheduled" ? current : null;
  const [zone, setZone] = useState(live?.time_zone ?? homeZone());
  const [wall, setWall] = useState(live ? isoToZoned(live.embargo_at, live.time_zone) : "");
  const [named, setNamed] = useState<Set<number>>(
    new Set(live ? live.participants.map((p) => p.delegation.id) : parties),
  );
  // The confirmed commitments to this text's projects; all of them until the secretariat picks
  // (a schedule in force: those it marked).
  const pledges = (projects.data ?? [])
    .filter((p) => p.document_id === documentId)
    .flatMap((p) => p.commitments)
    .filter((c) => c.status === "confirmed");
  const [picked, setPicked] = useState<Set<string> | null>(live ? new Set(live.commitment_ids) : null);
  const announced = picked ?? new Set(pledges.map((c) => c.id));
  const [problem, setProblem] = useState("");
  const base = useId();
  const id = (name: string) => `${base}-${name}`;
  const choices = (delegations.data ?? []).filter((d) => d.kind !== "secretariat");

  function pick(commitmentId: string, on: boolean) {
    const next = new Set(announced);
    if (on) next.add(commitmentId);
    else next.delete(commitmentId);
    setPicked(next);
  }

  function toggle(d: DelegationPublic, on: boolean) {
    const next = new Set(named);
    if (on) next.add(d.id);
    else next.delete(d.id);
    setNamed(next);
  }

  function submit() {
    const embargo = zonedToIso(wall, zone);
    if (!embargo) return setProblem(t.publication.badTime);
    if (named.size === 0) return setProblem(t.publication.nameSomeone);
    setProblem("");
    // Sent as the UTC instant, the zone beside it (the server tells the time in it): no database
    // has to keep an offset for the embargo to fall at the right moment.
    schedule.mutate({
      embargo_at: new Date(embargo).toISOString(),
      time_zone: zone,
      delegation_ids: [...named],
      commitment_ids: pledges.filter((c) => announced.has(c.id)).map((c) => c.id),
    });
  }

  return (
    <form
      aria-label={t.publication.schedule}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h2>{live ? t.publication.reschedule : t.publication.schedule}</h2>
      <div className="form-columns">
        <div>
          <label htmlFor={id("when")}>{t.publication.embargo}</label>
          <input
            id={id("when")}
            type="datetime-local"
            step={1}
            value={wall}
            onChange={(e) => setWall(e.target.value)}
          />
        </div>
        <div>
          <label htmlFor={id("zone")}>{t.publication.timeZone}</label>
          <select id={id("zone")} value={zone} onChange={(e) => setZone(e.target.value)}>
            {timeZones().map((z) => (
              <option key={z} value={z}>
                {z.replaceAll("_", " ")}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="partner-choices">
        <legend>{t.publication.toName}</legend>
        {choices.map((d) => (
          <div className="check-row" key={d.id}>
            <input
              id={id(`d${d.id}`)}
              type="checkbox"
              checked={named.has(d.id)}
              onChange={(e) => toggle(d, e.target.checked)}
            />
            <label htmlFor={id(`d${d.id}`)}>
              {d.name}
              <UnannouncedTag party={d} />
            </label>
          </div>
        ))}
        <p className="small muted">{t.publication.toNameHint}</p>
      </fieldset>
      <fieldset className="partner-choices" data-testid="commitments-to-announce">
        <legend>{t.publication.toAnnounce}</legend>
        {pledges.map((c) => (
          <div className="check-row" key={c.id}>
            <input
              id={id(c.id)}
              type="checkbox"
              checked={announced.has(c.id)}
              onChange={(e) => pick(c.id, e.target.checked)}
            />
            <label htmlFor={id(c.id)}>
              {t.publication.pledge(
                c.project_title,
                c.pledgers.map((s) => s.delegation.name).join(", "),
                formatMoney(c.amount, c.currency),
              )}
            </label>
          </div>
        ))}
        {projects.isSuccess && pledges.length === 0 && <p className="small muted">{t.publication.noPledges}</p>}
        <p className="small muted">{t.publication.commitmentsHint}</p>
      </fieldset>
      {problem && (
        <div className="form-error" role="alert">
          <p>{problem}</p>
        </div>
      )}
      <ServerError error={schedule.error} />
      <button type="submit" className="button primary" disabled={schedule.isPending}>
        {live ? t.publication.reschedule : t.publication.schedule}
      </button>
    </form>
  );
}

function Status({ publication, documentId }: { publication: PublicationPublic; documentId: number }) {
  const me = useMe().data;
  const confirm = useConfirmAnnouncement(documentId);
  const cancel = useCancelPublication(documentId);
  const mine = publication.participants.find((p) => p.delegation.id === me?.delegation?.id);
  const scheduled = publication.status === "scheduled";
  return (
    <section className="card" aria-labelledby="publication-status" data-testid="publication">
      <h2 id="publication-status">{t.publication.statuses[publication.status] ?? publication.status}</h2>
      <p data-testid="embargo" data-status={publication.status}>
        {scheduled ? t.publication.embargoAt(publication.embargo_local) : null}
        {publication.published_at && t.publication.publishedAt(formatDate(publication.published_at))}
      </p>
      {publication.public_url && (
        <p>
          <a href={publication.public_url} data-testid="public-link">
            {t.publication.publicPage}
          </a>
        </p>
      )}
      <h3>{t.publication.participants}</h3>
      <ul className="participants" data-testid="participants">
        {publication.participants.map((p) => (
          <li key={p.delegation.id} data-participant={p.delegation.code} data-confirmed={!p.needs_confirmation}>
            {p.delegation.name}
            <UnannouncedTag party={p.delegation} />
            {p.needs_confirmation ? (
              <span className="tag warn-tag">{t.publication.awaitsHead}</span>
            ) : (
              p.confirmed_at && <span className="tag">{t.publication.confirmed}</span>
            )}
          </li>
        ))}
      </ul>
      <p className="small muted">{t.publication.commitmentCount(publication.commitment_ids.length)}</p>
      {scheduled && mine?.needs_confirmation && me?.is_head && (
        <div className="notice warn">
          <p>{t.publication.confirmAsk(mine.delegation.name, publication.embargo_local)}</p>
          <button
            type="button"
            className="button primary"
            disabled={confirm.isPending}
            onClick={() => confirm.mutate()}
          >
            {t.publication.confirm}
          </button>
        </div>
      )}
      <ServerError error={confirm.error} />
      {scheduled && me?.is_secretariat && (
        <div className="actions">
          <button type="button" className="button danger" disabled={cancel.isPending} onClick={() => cancel.mutate()}>
            {t.publication.cancel}
          </button>
        </div>
      )}
      <ServerError error={cancel.error} />
    </section>
  );
}

export function PublicationPage() {
  const documentId = Number(useParams().documentId);
  const me = useMe().data;
  const doc = useDocument(documentId);
  const publication = usePublication(documentId);
  if (doc.isPending || publication.isPending) return <Loading />;
  if (doc.isError) return <ErrorNotice error={doc.error} />;
  if (publication.isError) return <ErrorNotice error={publication.error} />;
  const found = publication.data;
  const mayPublish = me?.is_secretariat && doc.data.status === "adopted" && found?.status !== "published";
  return (
    <div className="page wide-page publication-page">
      <p className="small">
        <Link to={paths.document(documentId)}>← {doc.data.title}</Link>
      </p>
      <h1>{t.publication.title(doc.data.title)}</h1>
      {doc.data.status !== "adopted" && !found && <p className="notice">{t.publication.notAdopted}</p>}
      <div className="admin-grid commitments-grid">
        <div className="admin-stack">
          {found ? (
            <Status publication={found} documentId={documentId} />
          ) : (
            <p className="muted">{t.publication.none}</p>
          )}
        </div>
        {mayPublish && (
          <section className="card">
            <ScheduleForm documentId={documentId} current={found} parties={doc.data.parties.map((p) => p.id)} />
          </section>
        )}
      </div>
    </div>
  );
}
