import { memo, type ReactNode } from "react";
import type { CellPublic, DelegationPublic, SectionPublic } from "../api/client";
import { paths } from "../app/routes";
import { t } from "../i18n";
import { textDirection } from "../lib/direction";
import { keyed } from "../lib/listKeys";
import type { SpanNote } from "../lib/spans";
import { type PresentPerson, personKey } from "../live/events";
import { BracketTools } from "./BracketTools";
import { ApprovalChips } from "./Chips";
import { Choices } from "./Choices";
import { ParagraphMenu } from "./margin/ParagraphMenu";
import { headingTag, TrustedHtml } from "./TrustedHtml";

/** A heading's text is one paragraph of Markdown: drop the <p> so it can sit in a heading. */
function headingHtml(html: string): string {
  const inner = /^<p>([\s\S]*)<\/p>\s*$/.exec(html)?.[1];
  return inner ?? html;
}

export function sectionLabel(section: Pick<SectionPublic, "number" | "kind">): string {
  return section.number != null ? t.document.para(section.number) : t.document.heading;
}

/** The name a section goes by in controls: "para. 3", or a heading by its text. */
export function sectionName(section: Pick<SectionPublic, "number" | "kind" | "current">): string {
  return section.number != null
    ? t.document.para(section.number)
    : t.arrange.headingLabel(section.current.text.replace(/^#+\s*/, "").trim());
}

/** The text of a section that may be edited: click it, or Tab to it and press Enter, to edit it in place
 *  (the document page handles both, once for all sections). */
function editInPlace(label: string) {
  return { "data-edit-in-place": "", tabIndex: 0, title: t.richEditor.editInPlace(label) };
}

export type ArrangeAction = "up" | "down" | "retire";

export type OnArrange = (action: ArrangeAction, section: SectionPublic) => void;

interface Props {
  section: SectionPublic;
  parties: DelegationPublic[];
  positions: CellPublic[];
  present: PresentPerson[];
  editable: boolean;
  /** Move and retire controls, for drafters: first/last disable moving up/down; `onArrange`
   *  must be stable across renders (memo). Flat props, so that memo compares primitives. */
  onArrange?: OnArrange | null;
  first?: boolean;
  last?: boolean;
  busy?: boolean;
  /** Shown in place of the text when not null: tracked changes, suggestions (components/review). */
  review?: ReactNode;
  /** Brackets that cross paragraphs and cover this one (lib/spans), outermost first; stable array. */
  spanNotes?: readonly SpanNote[];
  /** The chair may keep one of the paragraph's alternatives or options. */
  decides?: boolean;
}

const NO_NOTES: readonly SpanNote[] = [];

/** One heading or paragraph: number, text (server-rendered, safe HTML), positions, comments, presence. */
// Links here are plain anchors: the document page handles their clicks for the router once
// (useRouterLinks), which keeps 150 paragraphs × 3 links cheap to render.
export const SectionView = memo(function SectionView({
  section,
  parties,
  positions,
  present,
  editable,
  onArrange = null,
  first = false,
  last = false,
  busy = false,
  review = null,
  spanNotes = NO_NOTES,
  decides = false,
}: Props) {
  const label = sectionLabel(section);
  const isHeading = section.kind === "heading";
  const roles = [...new Set(spanNotes.map((n) => `span-${n.role}`))].join(" ");
  return (
    <article
      id={`section-${section.id}`}
      className={`section ${isHeading ? "section-heading" : "section-paragraph"}${roles ? ` in-span ${roles}` : ""}`}
      data-span-roles={spanNotes.map((n) => n.role).join(" ") || undefined}
      data-section-id={section.id}
      data-testid="section"
      // A right-to-left paragraph carries its number on the right (the grid follows `dir`).
      dir={textDirection(section.current.text)}
      aria-label={section.number != null ? t.document.paraLabel(section.number) : t.document.heading}
    >
      <div className="section-gutter">
        {section.number != null && (
          <span className="para-number" data-testid="paragraph-number">
            {section.number}.
          </span>
        )}
      </div>
      <div className="section-body">
        {spanNotes.length > 0 && (
          // The interface's words, in the interface's direction, above a paragraph of either direction.
          <ul className="span-notes plain" aria-label={t.spans.label} data-testid="span-notes" dir={t.app.direction}>
            {spanNotes.map((note) => (
              <li
                key={`${note.span}-${note.role}`}
                className={`span-note span-note-${note.role}`}
                data-role={note.role}
              >
                {note.text}
              </li>
            ))}
          </ul>
        )}
        {/* dir="auto": Arabic and Hebrew paragraphs read right to left beside English ones. */}
        {review ??
          (isHeading ? (
            <TrustedHtml
              as={headingTag(section.level)}
              html={headingHtml(section.current.html)}
              className={`section-text heading-text level-${section.level ?? 1}`}
              dir="auto"
              data-testid="section-text"
              {...(editable ? editInPlace(label) : {})}
            />
          ) : (
            <TrustedHtml
              html={section.current.html}
              className="section-text"
              dir="auto"
              data-testid="section-text"
              {...(editable ? editInPlace(label) : {})}
            />
          ))}
        {!review && ((section.alternatives?.length ?? 0) > 0 || (section.options?.length ?? 0) > 0) && (
          <div dir={t.app.direction}>
            <Choices section={section} label={label} canDecide={decides} />
          </div>
        )}
        {!review && (
          <BracketTools
            section={section}
            label={label}
            opens={spanNotes.flatMap((n) => (n.ends ? [n.ends] : []))}
            parties={parties}
            canDecide={decides}
          />
        )}
        {/* The interface's words keep their own direction beside a right-to-left paragraph. Every
            paragraph and heading has the same two rows: what stands (parties' chips, counts) and
            below it the actions, which so never wrap half onto the line of the counts. */}
        <div className="section-info" dir={t.app.direction}>
          {!isHeading && parties.length > 0 && <ApprovalChips label={label} parties={parties} positions={positions} />}
          <span className="section-counts">
            <span className="meta-item" data-testid="comment-count">
              {t.document.comments(section.comments)}
            </span>
            <span className="meta-item muted" data-testid="section-version">
              {t.document.version(section.current.number)}
            </span>
          </span>
          {present.length > 0 && (
            <ul className="presence plain" aria-label={t.document.presence} data-testid="section-presence">
              {keyed(present, personKey).map(([key, p]) => (
                <li key={key} className={`presence-${p.state}`}>
                  {p.state === "editing" ? t.document.editing(p.user.name) : t.document.viewing(p.user.name)}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="section-meta" dir={t.app.direction}>
          <ParagraphMenu label={label}>
            <span className="section-actions">
              {editable && (
                <a
                  className="button small"
                  href={paths.editSection(section.document_id, section.id)}
                  aria-label={t.document.editSection(label)}
                  data-edit-section={section.id}
                  data-router-link
                >
                  {t.document.edit}
                </a>
              )}
              <a
                className="button small"
                href={paths.sectionHistory(section.document_id, section.id)}
                aria-label={t.document.historyOf(label)}
                data-router-link
              >
                {t.document.history}
              </a>
              <a
                className="button small"
                href={paths.discussSection(section.document_id, section.id)}
                aria-label={t.negotiation.discussLabel(label)}
                data-testid="discuss-link"
                data-router-link
              >
                {t.negotiation.discuss}
              </a>
            </span>
            {onArrange && (
              <fieldset
                className="arrange-actions button-group"
                aria-label={t.arrange.toolbar(sectionName(section))}
                data-testid="arrange-actions"
              >
                <button
                  type="button"
                  className="button small"
                  data-action="up"
                  disabled={first || busy}
                  onClick={() => onArrange("up", section)}
                >
                  {t.arrange.moveUp}
                </button>
                <button
                  type="button"
                  className="button small"
                  data-action="down"
                  disabled={last || busy}
                  onClick={() => onArrange("down", section)}
                >
                  {t.arrange.moveDown}
                </button>
                <button
                  type="button"
                  className="button small danger"
                  data-action="retire"
                  disabled={busy}
                  onClick={() => onArrange("retire", section)}
                >
                  {isHeading ? t.arrange.retireHeading : t.arrange.retireParagraph}
                </button>
              </fieldset>
            )}
          </ParagraphMenu>
        </div>
      </div>
    </article>
  );
});
