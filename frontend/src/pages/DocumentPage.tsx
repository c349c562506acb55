import { useMemo } from "react";
import { Link, useParams } from "react-router";
import type { CellPublic } from "../api/client";
import { useApprovals, useDocument, useMe, useWorkingGroups } from "../api/queries";
import { paths } from "../app/routes";
import { StatusBadge } from "../components/Badges";
import { ConsensusSummary } from "../components/ConsensusSummary";
import { Downloads } from "../components/negotiation/Downloads";
import { LifecyclePanel } from "../components/negotiation/LifecyclePanel";
import { SectionView } from "../components/SectionView";
import { ErrorNotice, Loading } from "../components/Status";
import { t } from "../i18n";
import { presenceBySection, type PresentPerson } from "../live/events";
import { useDocumentEvents } from "../live/useDocumentEvents";
import { canEdit } from "../lib/permissions";

const NO_POSITIONS: CellPublic[] = [];
const NO_PEOPLE: PresentPerson[] = [];

export function DocumentPage() {
  const documentId = Number(useParams().documentId);
  const document = useDocument(documentId);
  const approvals = useApprovals(documentId);
  const me = useMe().data;
  const groups = useWorkingGroups().data;
  const live = useDocumentEvents(documentId);

  const positions = useMemo(() => {
    const map = new Map<number, CellPublic[]>();
    for (const row of approvals.data?.sections ?? []) map.set(row.section_id, row.positions);
    return map;
  }, [approvals.data]);
  const present = useMemo(() => presenceBySection(live.people, me?.id ?? null), [live.people, me?.id]);

  if (document.isPending) return <Loading />;
  if (document.isError) return <ErrorNotice error={document.error} onRetry={() => void document.refetch()} />;
  const doc = document.data;
  const editable = canEdit(me, doc, groups);
  const onDocument = present.get("document") ?? [];

  return (
    <div className="page document-page">
      <header className="document-header">
        <div>
          <p className="muted small">
            <Link to={paths.home()}>{t.nav.home}</Link> / {t.kind[doc.kind] ?? doc.kind}
          </p>
          <h1 data-testid="document-title">{doc.title}</h1>
          <p className="document-facts">
            <StatusBadge status={doc.status} />
            <span className="muted small" role="status" data-testid="live-status">
              {live.status === "open" ? t.document.live : live.status === "connecting" ? "" : t.document.offline}
            </span>
          </p>
        </div>
        <nav className="document-actions" aria-label={doc.title}>
          <Link className="button" to={paths.compare(doc.id)}>
            {t.document.compare}
          </Link>
          <Link className="button" to={paths.approvals(doc.id)}>
            {t.negotiation.approvalMatrix}
          </Link>
        </nav>
      </header>
      {doc.status !== "drafting" && <p className="notice">{t.document.frozen}</p>}
      <div className="document-grid">
        <section aria-label={t.document.sections} className="card document-text" data-testid="document-text">
          {doc.sections.map((section) => (
            <SectionView
              key={section.id}
              section={section}
              parties={doc.parties}
              positions={positions.get(section.id) ?? NO_POSITIONS}
              present={present.get(section.id) ?? NO_PEOPLE}
              editable={editable}
            />
          ))}
        </section>
        <aside className="document-side">
          <ConsensusSummary summary={approvals.data?.summary ?? doc.approvals} />
          <LifecyclePanel document={doc} me={me} groups={groups} />
          <Downloads documentId={doc.id} />
          <section className="card" aria-labelledby="parties-title">
            <h2 id="parties-title">{t.document.parties}</h2>
            <ul className="plain parties" data-testid="parties">
              {doc.parties.map((p) => (
                <li key={p.id}>
                  <strong>{p.code}</strong> {p.name}
                </li>
              ))}
            </ul>
          </section>
          {onDocument.length > 0 && (
            <section className="card" aria-labelledby="presence-title" data-testid="document-presence">
              <h2 id="presence-title">{t.document.presence}</h2>
              <ul className="plain">
                {onDocument.map((p, i) => (
                  <li key={`${p.user.id ?? "x"}-${i}`}>{t.document.viewing(p.user.name)}</li>
                ))}
              </ul>
            </section>
          )}
        </aside>
      </div>
    </div>
  );
}
