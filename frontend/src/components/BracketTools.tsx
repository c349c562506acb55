import { useId, useState } from "react";
import type { DelegationPublic, SectionPublic } from "../api/client";
import { useDecideBrackets, useSetHolders } from "../api/drafting";
import { t } from "../i18n";
import type { SpanEnds } from "../lib/spans";
import { ConfirmDialog } from "./ConfirmDialog";
import { ServerError } from "./ServerError";

type Section = Pick<SectionPublic, "id" | "document_id" | "current" | "pairs" | "holders">;

type Props = {
  section: Section;
  label: string;
  /** Spans that open in this paragraph and close in a later one (lib/spans). */
  opens: readonly SpanEnds[];
  parties: readonly DelegationPublic[];
  /** The chair (or the secretariat) on a text still in drafting. */
  canDecide: boolean;
};

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 58)}…` : text);

/** A paragraph's brackets with who holds them (as the viewer may know them), and for the chair the
 *  tools that close them: accept the words (drop the brackets), delete them, say who holds one. */
export function BracketTools({ section, label, opens, parties, canDecide }: Props) {
  // The tools mount once opened: a long text has hundreds of bracketed paragraphs.
  const [open, setOpen] = useState(false);
  const text = section.current.text;
  const pairs = section.pairs ?? [];
  const shownHeld = (section.holders ?? []).filter((h) => h.delegations.length > 0);
  const tools = canDecide && (pairs.length > 0 || opens.length > 0);
  if (!tools && shownHeld.length === 0) return null;
  return (
    <div className="bracket-tools-wrap" dir={t.app.direction}>
      {shownHeld.length > 0 && (
        <ul className="held-brackets plain" data-testid="held-brackets" aria-label={t.bracketTools.heldLabel(label)}>
          {shownHeld.map((h) => (
            <li key={h.start} className="held-bracket" data-testid="held-bracket">
              <bdi className="bracket">{short(text.slice(h.start, h.end))}</bdi>{" "}
              <span className="muted">{t.bracketTools.heldBy(h.delegations.map((d) => d.name).join(", "))}</span>
            </li>
          ))}
        </ul>
      )}
      {tools && (
        <details
          className="bracket-tools"
          data-testid="bracket-tools"
          onToggle={(event) => setOpen(event.currentTarget.open)}
        >
          <summary>{t.bracketTools.summary(pairs.length + opens.length)}</summary>
          {open && <BracketList section={section} label={label} opens={opens} parties={parties} />}
        </details>
      )}
    </div>
  );
}

type Action = "clean" | "delete";

/** The two decisions on a bracket, as their buttons show them (the words read when rendered). */
const DECISIONS: readonly {
  action: Action;
  className: string;
  words: () => string;
  name: (label: string, excerpt: string) => string;
}[] = [
  {
    action: "clean",
    className: "button small",
    words: () => t.bracketTools.accept,
    name: (label, excerpt) => t.bracketTools.acceptLabel(label, excerpt),
  },
  {
    action: "delete",
    className: "button small danger",
    words: () => t.bracketTools.delete,
    name: (label, excerpt) => t.bracketTools.deleteLabel(label, excerpt),
  },
];

/** What the chair is asked to confirm: keep the words (clean) or delete them, with the brackets. */
type Decision = { action: Action; start: number; through?: SpanEnds["through"]; question: string };
type Asking = Decision & { title: string };

/** The chair's tools on each bracket of the paragraph. */
function BracketList({ section, label, opens, parties }: Omit<Props, "canDecide">) {
  const decide = useDecideBrackets(section.document_id, section.id);
  const setHolders = useSetHolders(section.document_id, section.id);
  const [editing, setEditing] = useState<number | null>(null);
  const text = section.current.text;
  const base = section.current.number;
  const held = new Map((section.holders ?? []).map((h) => [h.start, h.delegations]));
  const pairs = section.pairs ?? [];
  const names = (start: number) => (held.get(start) ?? []).map((d) => d.name).join(", ");
  const busy = decide.isPending || setHolders.isPending;
  const [asking, setAsking] = useState<Asking | null>(null);
  const decideButtons = (excerpt: string, decision: (action: Action) => Decision) =>
    DECISIONS.map(({ action, className, words, name }) => {
      const title = name(label, excerpt);
      return (
        <button
          key={action}
          type="button"
          className={className}
          disabled={busy}
          aria-label={title}
          onClick={() => setAsking({ ...decision(action), title })}
        >
          {words()}
        </button>
      );
    });
  return (
    <>
      <ol className="plain bracket-list">
        {opens.map((span) => {
          const excerpt = short(span.excerpt);
          return (
            <li key={`x-${span.start}`} className="bracket-item" data-testid="bracket-span" data-across="">
              <bdi className="bracket">{excerpt}</bdi>{" "}
              <span className="muted small">{t.bracketTools.runsTo(span.last)}</span>
              <span className="bracket-actions">
                {decideButtons(excerpt, (action) => ({
                  action,
                  start: span.start,
                  through: span.through,
                  question:
                    action === "clean"
                      ? t.bracketTools.confirmCleanAcross(label, span.last)
                      : t.bracketTools.confirmDeleteAcross(label, span.last, span.inside),
                }))}
              </span>
            </li>
          );
        })}
        {pairs.map((pair) => {
          const excerpt = short(text.slice(pair.start, pair.end));
          const holders = names(pair.start);
          return (
            <li
              key={pair.start}
              className="bracket-item"
              data-testid="bracket-span"
              style={{ paddingInlineStart: `${pair.depth}em` }}
            >
              <bdi className="bracket">{excerpt}</bdi>{" "}
              {holders && <span className="muted small">{t.bracketTools.heldBy(holders)}</span>}
              <span className="bracket-actions">
                {decideButtons(excerpt, (action) => ({
                  action,
                  start: pair.start,
                  question:
                    action === "clean"
                      ? t.bracketTools.confirmClean(label, excerpt)
                      : t.bracketTools.confirmDelete(label, excerpt),
                }))}
                <button
                  type="button"
                  className="button small"
                  disabled={busy}
                  aria-expanded={editing === pair.start}
                  aria-label={t.bracketTools.holdersLabel(label, excerpt)}
                  onClick={() => setEditing(editing === pair.start ? null : pair.start)}
                >
                  {t.bracketTools.holders}
                </button>
              </span>
              {editing === pair.start && (
                <HoldersForm
                  excerpt={excerpt}
                  parties={parties}
                  chosen={(held.get(pair.start) ?? []).map((d) => d.id)}
                  busy={busy}
                  onCancel={() => setEditing(null)}
                  onSave={(ids) =>
                    setHolders.mutate(
                      { version: base, start: pair.start, delegation_ids: ids, reason: "" },
                      { onSuccess: () => setEditing(null) },
                    )
                  }
                />
              )}
            </li>
          );
        })}
      </ol>
      <ServerError error={decide.error ?? setHolders.error} testId="bracket-tools-error" />
      {asking && (
        // The question says which paragraphs change or retire; the focus starts on Cancel.
        <ConfirmDialog
          title={asking.title}
          confirm={asking.action === "clean" ? t.bracketTools.accept : t.bracketTools.delete}
          cancel={t.bracketTools.cancel}
          tone={asking.action === "clean" ? "primary" : "danger"}
          busy={busy}
          onConfirm={() => {
            const { action, start, through } = asking;
            setAsking(null);
            decide.mutate({ action, start, base_version: base, reason: "", through });
          }}
          onCancel={() => setAsking(null)}
          testId="bracket-decision-dialog"
        >
          <p>{asking.question}</p>
        </ConfirmDialog>
      )}
    </>
  );
}

type FormProps = {
  excerpt: string;
  parties: readonly DelegationPublic[];
  chosen: number[];
  busy: boolean;
  onCancel: () => void;
  onSave: (ids: number[]) => void;
};

/** Which delegations hold the bracket: the document's parties (those the chair may know of). */
function HoldersForm({ excerpt, parties, chosen, busy, onCancel, onSave }: FormProps) {
  const [ids, setIds] = useState(() => new Set(chosen));
  const id = useId();
  const toggle = (party: number) =>
    setIds((old) => {
      const next = new Set(old);
      if (next.has(party)) next.delete(party);
      else next.add(party);
      return next;
    });
  return (
    <form
      className="holders-form"
      data-testid="holders-form"
      aria-labelledby={id}
      onSubmit={(event) => {
        event.preventDefault();
        onSave([...ids]);
      }}
    >
      <fieldset>
        <legend id={id}>{t.bracketTools.holdersLegend(excerpt)}</legend>
        {parties.length === 0 && <p className="muted small">{t.bracketTools.noParties}</p>}
        {parties.map((party) => (
          <label key={party.id} className="holder-choice">
            <input type="checkbox" checked={ids.has(party.id)} onChange={() => toggle(party.id)} /> {party.name}
          </label>
        ))}
      </fieldset>
      <span className="bracket-actions">
        <button type="submit" className="button small primary" disabled={busy}>
          {t.bracketTools.save}
        </button>
        <button type="button" className="button small" onClick={onCancel}>
          {t.bracketTools.cancel}
        </button>
      </span>
    </form>
  );
}
