import { useId, useState } from "react";
import { isApiError, type MePublic, type SectionPublic } from "../../api/client";
import {
  type AmendmentDecision,
  useCompileAmendments,
  useDecideAmendment,
  useProposeAmendment,
} from "../../api/deliberation";
import { type AmendmentPublic, useAmendments } from "../../api/negotiation";
import { formatDate, t } from "../../i18n";
import { asPairs } from "../../lib/diff";
import { amendmentNumbers } from "../../lib/negotiation/amendments";
import { isProposer } from "../../lib/negotiation/roles";
import { ConfirmDialog } from "../ConfirmDialog";
import { DiffCounts, DiffView } from "../DiffView";
import { ServerError } from "../ServerError";
import { ErrorNotice, Loading } from "../Status";

interface Props {
  section: SectionPublic;
  me: MePublic;
  canPropose: boolean;
  pen: boolean;
}

function ProposeForm({ section, onDone }: { section: SectionPublic; onDone: () => void }) {
  const [text, setText] = useState(section.current.text);
  const [rationale, setRationale] = useState("");
  const base = section.current.number;
  const ids = { text: useId(), rationale: useId() };
  const propose = useProposeAmendment(section);
  const unchanged = text.trim() === section.current.text.trim();
  return (
    <form
      className="card propose-form"
      aria-label={t.amendments.proposeTitle}
      data-testid="amendment-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!unchanged && rationale.trim())
          propose.mutate({ text, base_version: base, rationale }, { onSuccess: onDone });
      }}
    >
      <h3>{t.amendments.proposeTitle}</h3>
      <p className="small muted">{t.amendments.basedOn(base)}</p>
      <label htmlFor={ids.text}>{t.amendments.text}</label>
      <textarea
        id={ids.text}
        rows={6}
        dir="auto"
        value={text}
        onChange={(e) => setText(e.target.value)}
        data-testid="amendment-text"
      />
      {unchanged && <p className="small muted">{t.amendments.unchanged}</p>}
      <label htmlFor={ids.rationale}>{t.amendments.rationale}</label>
      <textarea
        id={ids.rationale}
        rows={3}
        dir="auto"
        value={rationale}
        onChange={(e) => setRationale(e.target.value)}
        required
        data-testid="amendment-rationale"
      />
      <ServerError error={propose.error} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={propose.isPending || unchanged || !rationale.trim()}>
          {propose.isPending ? t.amendments.submitting : t.amendments.submit}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t.amendments.cancel}
        </button>
      </div>
    </form>
  );
}

function AmendmentCard({
  amendment,
  index,
  numbers,
  section,
  me,
  pen,
}: {
  amendment: AmendmentPublic;
  /** Its place among the open amendments (the options on the table). */
  index: number;
  /** Every amendment the viewer sees on the section, numbered oldest first. */
  numbers: Map<string, number>;
  section: SectionPublic;
  me: MePublic;
  pen: boolean;
}) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const reasonId = useId();
  const decision = useDecideAmendment(section, amendment.id);
  const decide = (which: AmendmentDecision) => decision.mutate(which, { onSuccess: () => setRejecting(false) });
  const open = amendment.status === "open";
  const pairs = asPairs(amendment.diff);
  const who = t.amendments.by(amendment.proposer.name, amendment.delegation?.code ?? null);
  const titleId = `amendment-${amendment.id}-title`;
  const labelOf = (id: string) => {
    const n = numbers.get(id);
    return n === undefined ? t.amendments.another : t.amendments.amendment(n);
  };
  const label = labelOf(amendment.id);
  return (
    <article
      className={`amendment card status-${amendment.status}`}
      aria-labelledby={titleId}
      data-testid="amendment"
      data-amendment-id={amendment.id}
      data-status={amendment.status}
      data-stale={amendment.stale}
    >
      <header>
        <h3 id={titleId}>
          {open ? (
            <>
              {t.amendments.option(index + 1)} <span className="muted small">{label}</span>
            </>
          ) : (
            label
          )}
        </h3>
        <p className="small">
          <strong>{who}</strong> · <time dateTime={amendment.created_at}>{formatDate(amendment.created_at)}</time>
        </p>
        {!open && (
          <p className="small">
            <span className={`tag status-tag-${amendment.status}`}>
              {t.amendments.status[amendment.status] ?? amendment.status}
            </span>{" "}
            {amendment.decided_by &&
              amendment.decided_at &&
              t.amendments.decided(
                t.amendments.status[amendment.status] ?? amendment.status,
                amendment.decided_by.name,
                formatDate(amendment.decided_at),
              )}
            {amendment.result_version != null && ` · ${t.amendments.resultVersion(amendment.result_version)}`}
          </p>
        )}
      </header>
      {open && (amendment.stale || amendment.collisions.length > 0 || amendment.mergeable === false) && (
        <ul className="plain flags" data-testid="amendment-flags">
          {amendment.stale && (
            <li className="flag warn" data-flag="stale">
              {t.amendments.stale(amendment.base_version)}
            </li>
          )}
          {amendment.collisions.length > 0 && (
            <li className="flag warn" data-flag="collision">
              {t.amendments.collides(amendment.collisions.map(labelOf))}
            </li>
          )}
          {amendment.mergeable === false && (
            <li className="flag bad" data-flag="unmergeable">
              {t.amendments.notMergeable}
            </li>
          )}
        </ul>
      )}
      <h4 className="small muted">{t.amendments.diffLabel}</h4>
      <DiffView diff={pairs} testId="amendment-diff" />
      <DiffCounts diff={pairs} />
      <h4 className="small muted">{t.amendments.rationale}</h4>
      <p className="rationale" dir="auto">
        {amendment.rationale}
      </p>
      {amendment.reason && (
        <p className="small" dir="auto">
          <em>{amendment.reason}</em>
        </p>
      )}
      <ServerError error={decision.error}>
        {isApiError(decision.error, "edit_conflict") && <p className="small">{t.amendments.conflict}</p>}
      </ServerError>
      {open && rejecting && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (reason.trim()) decide({ action: "reject", reason });
          }}
        >
          <label htmlFor={reasonId}>{t.amendments.rejectReason}</label>
          <textarea
            id={reasonId}
            rows={2}
            dir="auto"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required
            // biome-ignore lint/a11y/noAutofocus: focus follows the click that opened this form
            autoFocus
          />
          <div className="actions">
            <button type="submit" className="button danger small" disabled={decision.isPending || !reason.trim()}>
              {t.amendments.confirmReject}
            </button>
            <button type="button" className="button small" onClick={() => setRejecting(false)}>
              {t.amendments.cancel}
            </button>
          </div>
        </form>
      )}
      {open && !rejecting && (pen || isProposer(me, amendment)) && (
        <div className="actions">
          {pen && (
            <>
              <button
                type="button"
                className="button primary small"
                aria-label={t.amendments.acceptLabel(label)}
                onClick={() => decide({ action: "accept" })}
                disabled={decision.isPending}
              >
                {t.amendments.accept}
              </button>
              <button
                type="button"
                className="button small"
                aria-label={t.amendments.rejectLabel(label)}
                onClick={() => setRejecting(true)}
                disabled={decision.isPending}
              >
                {t.amendments.reject}
              </button>
            </>
          )}
          {isProposer(me, amendment) && (
            <button
              type="button"
              className="button small"
              aria-label={t.amendments.withdrawLabel(label)}
              onClick={() => decide({ action: "withdraw" })}
              disabled={decision.isPending}
            >
              {t.amendments.withdraw}
            </button>
          )}
        </div>
      )}
    </article>
  );
}

/** The options on a paragraph, side by side with their diffs; propose, accept, reject, withdraw. */
export function AmendmentsPanel({ section, me, canPropose, pen }: Props) {
  const [showAll, setShowAll] = useState(false);
  const [proposing, setProposing] = useState(false);
  // All of them, always: each is numbered among every one the viewer sees, whatever is shown.
  const amendments = useAmendments(section.id, "all");
  const every = amendments.data ?? [];
  const numbers = amendmentNumbers(every);
  const onTable = every.filter((a) => a.status === "open");
  const list = showAll ? every : onTable;
  const compile = useCompileAmendments(section);
  const [compiling, setCompiling] = useState(false);
  return (
    <section className="card amendments" aria-labelledby="amendments-title" data-testid="amendments">
      <div className="card-head">
        <h2 id="amendments-title">{showAll ? t.amendments.title : t.amendments.options}</h2>
        <div className="actions">
          <button type="button" className="button small" aria-pressed={showAll} onClick={() => setShowAll(!showAll)}>
            {showAll ? t.amendments.hideDecided : t.amendments.showDecided}
          </button>
          {pen && onTable.length > 0 && (
            <button
              type="button"
              className="button small"
              data-testid="compile"
              disabled={compile.isPending}
              onClick={() => setCompiling(true)}
            >
              {t.amendments.compile}
            </button>
          )}
          {canPropose && !proposing && (
            <button type="button" className="button secondary small" onClick={() => setProposing(true)}>
              {t.amendments.propose}
            </button>
          )}
        </div>
      </div>
      <ServerError error={compile.error} testId="compile-error" />
      {compiling && (
        <ConfirmDialog
          title={t.amendments.compile}
          confirm={t.amendments.compile}
          cancel={t.amendments.cancel}
          tone="primary"
          onConfirm={() => {
            setCompiling(false);
            compile.mutate(section.current.number);
          }}
          onCancel={() => setCompiling(false)}
          testId="compile-dialog"
        >
          <p>{t.amendments.compileConfirm(onTable.length)}</p>
        </ConfirmDialog>
      )}
      {proposing && <ProposeForm section={section} onDone={() => setProposing(false)} />}
      {amendments.isPending && <Loading />}
      {amendments.isError && <ErrorNotice error={amendments.error} onRetry={() => void amendments.refetch()} />}
      {amendments.isSuccess && list.length === 0 && <p className="muted">{t.amendments.none}</p>}
      {list.length > 0 && (
        <div className="options" data-testid="amendment-options">
          {list.map((a) => (
            <AmendmentCard
              key={a.id}
              amendment={a}
              index={onTable.indexOf(a)}
              numbers={numbers}
              section={section}
              me={me}
              pen={pen}
            />
          ))}
        </div>
      )}
    </section>
  );
}
