import { useId, useState } from "react";
import { type DocumentOverview, isApiError, type MePublic, type WorkingGroupPublic } from "../../api/client";
import { type LifecycleStep, useLifecycleStep } from "../../api/consensus";
import { useLifecycle } from "../../api/negotiation";
import { useApprovals } from "../../api/queries";
import { formatDate, languageName, t } from "../../i18n";
import { keyed } from "../../lib/listKeys";
import { foreseeBlockers } from "../../lib/negotiation/blockers";
import { defaultDeadlineInput, localInputToIso } from "../../lib/negotiation/countdown";
import { describeBlockers } from "../../lib/negotiation/matrix";
import { holdsPen, isParty } from "../../lib/negotiation/roles";
import { ConfirmDialog } from "../ConfirmDialog";
import { ServerError } from "../ServerError";
import { Countdown } from "./Countdown";
import "../../styles/negotiation.css";

type Step = LifecycleStep["step"];

interface Props {
  document: DocumentOverview;
  me: MePublic | null | undefined;
  groups: WorkingGroupPublic[] | undefined;
}

const DEFAULT_SILENCE_HOURS = 72;

/** Circulate, silence with a live countdown, who broke it, adopt (with its blockers) or reopen. */

export function LifecyclePanel({ document: doc, me, groups }: Props) {
  const lifecycle = useLifecycle(doc.id);
  const [deadline, setDeadline] = useState(() => defaultDeadlineInput(new Date(), DEFAULT_SILENCE_HOURS));
  const [breaking, setBreaking] = useState(false);
  const [reason, setReason] = useState("");
  const [said, setSaid] = useState<string | null>(null);
  const [badDeadline, setBadDeadline] = useState(false);
  // The step waiting for confirmation, and the reason a reopening gives.
  const [confirming, setConfirming] = useState<Step | null>(null);
  const [reopenReason, setReopenReason] = useState("");
  const ids = { deadline: useId(), hint: useId(), reason: useId(), reopenReason: useId() };
  const approvals = useApprovals(doc.id);

  const step = useLifecycleStep(doc.id);
  function take(which: Step) {
    let request: LifecycleStep;
    if (which === "silence") {
      const iso = localInputToIso(deadline);
      if (!iso) {
        setBadDeadline(true);
        setSaid(null);
        return;
      }
      request = { step: "silence", deadline: iso };
    } else if (which === "break") request = { step: "break", reason };
    else if (which === "reopen") request = { step: "reopen", reason: reopenReason.trim() };
    else request = { step: which };
    setBadDeadline(false);
    step.mutate(request, {
      onSuccess: (state) => {
        setConfirming(null);
        setReopenReason("");
        setBreaking(false);
        setReason("");
        setSaid(
          which === "circulate" && state.revision
            ? t.lifecycle.circulated(state.revision)
            : which === "reopen"
              ? t.lifecycle.reopened
              : null,
        );
      },
      onError: () => {
        setConfirming(null);
        setSaid(null);
      },
    });
  }

  /** Asks first; the silence deadline is checked before the question. */
  function ask(which: Step) {
    if (which === "silence" && !localInputToIso(deadline)) {
      setBadDeadline(true);
      setSaid(null);
      return;
    }
    setBadDeadline(false);
    step.reset();
    setConfirming(which);
  }

  const state = lifecycle.data;
  const status = state?.status ?? doc.status;
  const secretariat = !!me?.is_secretariat;
  const pen = holdsPen(me, doc, groups);
  const party = isParty(me, doc);
  const silence = state?.silence ?? null;
  const adoption = state?.adoption && !state.adoption.reopened_at ? state.adoption : null;
  const busy = step.isPending;
  const error = badDeadline ? new Error(t.lifecycle.badDeadline) : step.error;
  const words = {
    brackets: t.lifecycle.blockerBrackets,
    objection: t.lifecycle.blockerObjection,
    missing: t.lifecycle.blockerMissing,
    stale: t.lifecycle.blockerStale,
    translation: t.lifecycle.blockerTranslation,
    language: (code: string) => languageName.of(code) ?? code,
    more: t.lifecycle.blockerMore,
    paragraph: t.document.para,
    heading: t.lifecycle.blockerHeading,
    party: t.lifecycle.blockerParty,
  };
  const blockers =
    isApiError(error, "adoption_blocked") && describeBlockers(error.details, doc.sections, doc.parties, words);
  // Said beforehand, from the page's own data: what would stop silence, and adoption.
  const foreseen = (requireApprovals: boolean) => {
    if (!approvals.data) return [];
    const found = foreseeBlockers(doc.sections, approvals.data, requireApprovals, doc.brackets.spans);
    return found ? describeBlockers(found, doc.sections, approvals.data.parties, words) : [];
  };
  // An empty document is neither circulated nor adopted (the server refuses, document_empty).
  const empty = !doc.sections.some((s) => s.current.text.trim() !== "");
  const canSilence = status === "circulated" && secretariat;
  const canAdopt = !empty && secretariat && (status === "drafting" || status === "circulated" || status === "silence");
  const silenceBlockers = canSilence ? foreseen(false) : [];
  const adoptBlockers = canAdopt ? foreseen(true) : [];
  const nextRevision = `Rev.${Number(/\d+/.exec(state?.revision ?? "")?.[0] ?? 0) + 1}`;
  const minimum =
    isApiError(error) && typeof error.details.minimum_hours === "number" ? error.details.minimum_hours : null;

  return (
    <section className="card lifecycle" aria-labelledby="lifecycle-title" data-testid="lifecycle" data-status={status}>
      <h2 id="lifecycle-title">{t.lifecycle.title}</h2>
      <p className="small" data-testid="latest-revision">
        {state?.revision ? t.lifecycle.revision(state.revision) : t.lifecycle.noRevision}
      </p>

      {status === "silence" && silence && silence.status === "running" && (
        <div className="silence" data-testid="silence">
          <h3>{t.lifecycle.silenceRunning(silence.revision)}</h3>
          <Countdown deadline={silence.deadline} />
        </div>
      )}
      {silence && silence.status === "broken" && status !== "adopted" && (
        <div className="notice warn small" data-testid="silence-broken">
          <p>
            {silence.broken_through === "secretariat" && !silence.broken_delegation
              ? t.lifecycle.brokenThroughSecretariat(silence.broken_at ? formatDate(silence.broken_at) : "")
              : t.lifecycle.broken(
                  silence.broken_delegation?.name ?? silence.broken_by?.name ?? t.lifecycle.someone,
                  silence.broken_at ? formatDate(silence.broken_at) : "",
                )}
            {silence.broken_by && silence.broken_delegation && ` (${silence.broken_by.name})`}
            {silence.broken_through === "secretariat" &&
              silence.broken_delegation &&
              ` ${t.lifecycle.othersSeeSecretariat}`}
          </p>
          {silence.broken_reason && <p dir="auto">{t.lifecycle.brokenReason(silence.broken_reason)}</p>}
        </div>
      )}
      {status === "adopted" && adoption && (
        <div className="notice ok small" data-testid="adoption">
          <p>
            {t.lifecycle.adopted(
              adoption.revision,
              formatDate(adoption.adopted_at),
              t.lifecycle.via[adoption.via] ?? adoption.via,
            )}
          </p>
          <p className="hash">{t.lifecycle.manifest(adoption.manifest_hash)}</p>
        </div>
      )}

      {said && (
        <p className="notice ok small" role="status">
          {said}
        </p>
      )}
      <ServerError error={error}>
        {blockers && blockers.length > 0 && (
          <ul data-testid="adoption-blockers">
            {keyed(blockers, (line) => line).map(([key, line]) => (
              <li key={key}>{line}</li>
            ))}
          </ul>
        )}
        {minimum !== null && <p>{t.lifecycle.minimumHours(minimum)}</p>}
      </ServerError>

      <div className="lifecycle-actions">
        {status === "drafting" && pen && empty && (
          <p className="small muted" data-testid="lifecycle-empty">
            {t.lifecycle.emptyHint}
          </p>
        )}
        {status === "drafting" && pen && !empty && (
          <div>
            <button type="button" className="button primary" onClick={() => ask("circulate")} disabled={busy}>
              {t.lifecycle.circulate}
            </button>
            <p className="small muted">{t.lifecycle.circulateHint}</p>
          </div>
        )}
        {status === "circulated" && secretariat && (
          <form
            className="silence-form"
            onSubmit={(event) => {
              event.preventDefault();
              ask("silence");
            }}
          >
            <label htmlFor={ids.deadline}>{t.lifecycle.deadline}</label>
            <input
              id={ids.deadline}
              type="datetime-local"
              value={deadline}
              onChange={(e) => setDeadline(e.target.value)}
              aria-describedby={ids.hint}
              required
              data-testid="silence-deadline"
            />
            <p id={ids.hint} className="small muted">
              {t.lifecycle.deadlineHint}
            </p>
            <Blockers lines={silenceBlockers} title={t.lifecycle.silenceBlockedBy} testId="silence-blockers" />
            <button type="submit" className="button primary" disabled={busy || silenceBlockers.length > 0}>
              {t.lifecycle.startSilence}
            </button>
          </form>
        )}
        {status === "silence" && party && !breaking && (
          <button type="button" className="button danger" onClick={() => setBreaking(true)} disabled={busy}>
            {t.lifecycle.breakSilence}
          </button>
        )}
        {status === "silence" && party && breaking && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (reason.trim()) take("break");
            }}
          >
            <label htmlFor={ids.reason}>{t.lifecycle.breakReason}</label>
            <textarea
              id={ids.reason}
              rows={2}
              dir="auto"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              required
              // biome-ignore lint/a11y/noAutofocus: focus follows the click that opened this form
              autoFocus
            />
            <div className="actions">
              <button type="submit" className="button danger" disabled={busy || !reason.trim()}>
                {t.lifecycle.confirmBreak}
              </button>
              <button type="button" className="button" onClick={() => setBreaking(false)}>
                {t.positions.cancel}
              </button>
            </div>
          </form>
        )}
        {canAdopt && (
          <div>
            <Blockers lines={adoptBlockers} title={t.lifecycle.adoptBlockedBy} testId="adopt-blockers" />
            <button
              type="button"
              className="button"
              onClick={() => ask("adopt")}
              disabled={busy || adoptBlockers.length > 0}
            >
              {t.lifecycle.adopt}
            </button>
          </div>
        )}
        {secretariat && (status === "circulated" || status === "silence" || status === "adopted") && (
          <button type="button" className="button" onClick={() => ask("reopen")} disabled={busy}>
            {t.lifecycle.reopen}
          </button>
        )}
      </div>
      {confirming && confirming !== "break" && (
        <ConfirmDialog
          title={
            confirming === "circulate"
              ? t.lifecycle.confirm.circulateTitle(nextRevision)
              : confirming === "silence"
                ? t.lifecycle.confirm.silenceTitle(formatLocal(deadline))
                : confirming === "adopt"
                  ? t.lifecycle.confirm.adoptTitle
                  : t.lifecycle.confirm.reopenTitle
          }
          confirm={
            confirming === "circulate"
              ? t.lifecycle.confirm.circulate(nextRevision)
              : confirming === "silence"
                ? t.lifecycle.startSilence
                : confirming === "adopt"
                  ? t.lifecycle.adopt
                  : t.lifecycle.reopen
          }
          cancel={t.lifecycle.confirm.cancel}
          tone={confirming === "reopen" || confirming === "adopt" ? "danger" : "primary"}
          busy={busy}
          confirmDisabled={confirming === "reopen" && !reopenReason.trim()}
          onConfirm={() => take(confirming)}
          onCancel={() => setConfirming(null)}
          testId="lifecycle-dialog"
        >
          {confirming === "circulate" && <p>{t.lifecycle.confirm.circulateBody(nextRevision)}</p>}
          {confirming === "silence" && (
            <p>{t.lifecycle.confirm.silenceBody(state?.revision ?? nextRevision, formatLocal(deadline))}</p>
          )}
          {confirming === "adopt" && <p>{t.lifecycle.confirm.adoptBody}</p>}
          {confirming === "reopen" && (
            <>
              <p>
                {status === "adopted"
                  ? t.lifecycle.confirm.reopenAdopted
                  : status === "silence"
                    ? t.lifecycle.confirm.reopenSilence
                    : t.lifecycle.confirm.reopenCirculated}
              </p>
              <label htmlFor={ids.reopenReason}>{t.lifecycle.confirm.reopenReason}</label>
              <textarea
                id={ids.reopenReason}
                rows={3}
                dir="auto"
                value={reopenReason}
                onChange={(e) => setReopenReason(e.target.value)}
                required
                data-testid="reopen-reason"
              />
            </>
          )}
          <ServerError error={step.error} />
        </ConfirmDialog>
      )}
    </section>
  );
}

/** A datetime-local value as the person's own date and time, for the question. */
function formatLocal(value: string): string {
  const iso = localInputToIso(value);
  return iso ? formatDate(iso) : value;
}

function Blockers({ lines, title, testId }: { lines: string[]; title: string; testId: string }) {
  if (lines.length === 0) return null;
  return (
    <div className="notice warn small" data-testid={testId}>
      <p>{title}</p>
      <ul>
        {keyed(lines, (line) => line).map(([key, line]) => (
          <li key={key}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
