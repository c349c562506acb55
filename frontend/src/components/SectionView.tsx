import { memo } from "react";
import { Link } from "react-router";
import type { CellPublic, DelegationPublic, SectionPublic } from "../api/client";
import { paths } from "../app/routes";
import { t } from "../i18n";
import type { PresentPerson } from "../live/events";
import { ApprovalChips } from "./Chips";

/** A heading's text is one paragraph of Markdown: drop the <p> so it can sit in a heading. */
function headingHtml(html: string): string {
  const inner = /^<p>([\s\S]*)<\/p>\s*$/.exec(html);
  return inner ? inner[1]! : html;
}

export function sectionLabel(section: Pick<SectionPublic, "number" | "kind">): string {
  return section.number != null ? t.document.para(section.number) : t.document.heading;
}

interface Props {
  section: SectionPublic;
  parties: DelegationPublic[];
  positions: CellPublic[];
  present: PresentPerson[];
  editable: boolean;
}

/** One heading or paragraph: number, text (server-rendered, safe HTML), positions, comments, presence. */
export const SectionView = memo(function SectionView({ section, parties, positions, present, editable }: Props) {
  const label = sectionLabel(section);
  const isHeading = section.kind === "heading";
  const titleId = `section-${section.id}-label`;
  return (
    <article
      id={`section-${section.id}`}
      className={`section ${isHeading ? "section-heading" : "section-paragraph"}`}
      data-section-id={section.id}
      data-testid="section"
      aria-labelledby={isHeading ? undefined : titleId}
      aria-label={isHeading ? t.document.heading : undefined}
    >
      <div className="section-gutter">
        {section.number != null && (
          <span id={titleId} className="para-number" data-testid="paragraph-number" aria-label={t.document.paraLabel(section.number)}>
            {section.number}.
          </span>
        )}
      </div>
      <div className="section-body">
        {/* dir="auto": Arabic and Hebrew paragraphs read right to left beside English ones.
            The server renders Markdown with raw HTML disabled and unsafe links removed. */}
        {isHeading ? (
          <div
            className={`section-text heading-text level-${section.level ?? 1}`}
            dir="auto"
            role="heading"
            aria-level={Math.min(6, (section.level ?? 1) + 1)}
            data-testid="section-text"
            dangerouslySetInnerHTML={{ __html: headingHtml(section.current.html) }}
          />
        ) : (
          <div className="section-text" dir="auto" data-testid="section-text" dangerouslySetInnerHTML={{ __html: section.current.html }} />
        )}
        <div className="section-meta">
          {!isHeading && parties.length > 0 && <ApprovalChips label={label} parties={parties} positions={positions} />}
          <span className="meta-item" data-testid="comment-count">
            {t.document.comments(section.comments)}
          </span>
          <span className="meta-item muted" data-testid="section-version">
            {t.document.version(section.current.number)}
          </span>
          {present.length > 0 && (
            <ul className="presence plain" aria-label={t.document.presence} data-testid="section-presence">
              {present.map((p, i) => (
                <li key={`${p.user.id ?? "x"}-${i}`} className={`presence-${p.state}`}>
                  {p.state === "editing" ? t.document.editing(p.user.name) : t.document.viewing(p.user.name)}
                </li>
              ))}
            </ul>
          )}
          <span className="section-actions">
            {editable && (
              <Link className="button small" to={paths.editSection(section.document_id, section.id)} aria-label={t.document.editSection(label)}>
                {t.document.edit}
              </Link>
            )}
            <Link className="button small" to={paths.sectionHistory(section.document_id, section.id)} aria-label={t.document.historyOf(label)}>
              {t.document.history}
            </Link>
            <Link className="button small" to={paths.discussSection(section.document_id, section.id)} aria-label={t.negotiation.discussLabel(label)} data-testid="discuss-link">
              {t.negotiation.discuss}
            </Link>
          </span>
        </div>
      </div>
    </article>
  );
});
