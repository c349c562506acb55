import { useId, useState } from "react";
import type { SectionPublic } from "../../api/client";
import { useDecideAmendment } from "../../api/deliberation";
import type { Suggestion } from "../../api/review";
import { t } from "../../i18n";
import { ServerError } from "../ServerError";
import { TrustedHtml } from "../TrustedHtml";
import { trackColor, trackStyle } from "./colors";

export type Layout = "one" | "side";

/** The code a suggestion goes by: its delegation's, else its proposer's name. */
export function codeOf(s: Suggestion): string {
  return s.amendment.delegation?.code ?? s.amendment.proposer.name;
}

export function colorOf(s: Suggestion): string {
  return trackColor(s.amendment.delegation?.id ?? s.amendment.proposer.id ?? 0);
}

interface Props {
  section: SectionPublic;
  label: string;
  suggestions: Suggestion[];
  layout: Layout;
  /** The chair or the secretariat: accepts and rejects. */
  pen: boolean;
  meId: number | null;
  /** Every suggestion of the document by amendment id: collisions are named by code. */
  byId: ReadonlyMap<string, Suggestion>;
}

/** The open suggestions on one paragraph, as tracked changes over its text. */
export function SuggestionList({ section, label, suggestions, layout, pen, meId, byId }: Props) {
  const [index, setIndex] = useState(0);
  const n = suggestions.length;
  const at = Math.min(index, n - 1);
  const shown = layout === "side" || n === 1 ? suggestions : suggestions.slice(at, at + 1);
  return (
    <section
      className={`suggestions suggestions-${n > 1 ? layout : "one"}`}
      aria-label={t.review.suggestionsOn(label)}
      data-testid="suggestions"
    >
      {n > 1 && layout === "one" && (
        <div className="suggestion-switcher">
          <button
            type="button"
            className="button small"
            aria-label={t.review.previousSuggestion}
            disabled={at === 0}
            onClick={() => setIndex(at - 1)}
          >
            ‹
          </button>
          <span className="small" aria-live="polite" data-testid="suggestion-position">
            {t.review.suggestionOf(at + 1, n)}
          </span>
          <button
            type="button"
            className="button small"
            aria-label={t.review.nextSuggestion}
            disabled={at === n - 1}
            onClick={() => setIndex(at + 1)}
          >
            ›
          </button>
          <span className="suggestion-codes">
            {suggestions.map((s, i) => (
              <button
                type="button"
                key={s.amendment.id}
                className={`track-code${i === at ? " current" : ""}`}
                style={trackStyle(colorOf(s))}
                aria-pressed={i === at}
                onClick={() => setIndex(i)}
              >
                {codeOf(s)}
              </button>
            ))}
          </span>
        </div>
      )}
      <div className="suggestion-cards">
        {shown.map((s) => (
          <SuggestionCard
            key={s.amendment.id}
            section={section}
            label={label}
            s={s}
            pen={pen}
            meId={meId}
            byId={byId}
          />
        ))}
      </div>
    </section>
  );
}

function SuggestionCard({
  section,
  label,
  s,
  pen,
  meId,
  byId,
}: {
  section: SectionPublic;
  label: string;
  s: Suggestion;
  pen: boolean;
  meId: number | null;
  byId: ReadonlyMap<string, Suggestion>;
}) {
  const a = s.amendment;
  const code = codeOf(s);
  const decide = useDecideAmendment(section, a.id);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const reasonId = useId();
  const collides = a.collisions.map((id) => {
    const other = byId.get(id);
    return other ? codeOf(other) : t.review.anotherSuggestion;
  });
  return (
    <article
      className="suggestion"
      style={trackStyle(colorOf(s))}
      data-testid="suggestion"
      data-amendment-id={a.id}
      aria-label={t.review.by(code, a.proposer.name)}
    >
      <TrustedHtml html={s.html} className="section-text tracked" dir="auto" data-testid="suggestion-text" />
      <p className="suggestion-by small">
        <span className="track-code" data-testid="suggestion-code">
          {code}
        </span>{" "}
        {a.delegation ? a.proposer.name : null}
      </p>
      {a.stale && (
        <p className="small suggestion-note" data-testid="suggestion-stale">
          {a.mergeable === false
            ? t.review.staleConflict(a.base_version, s.current_version)
            : t.review.stale(a.base_version, s.current_version)}
        </p>
      )}
      {collides.length > 0 && (
        <p className="small suggestion-note" data-testid="suggestion-collision">
          {t.review.collides(collides)}
        </p>
      )}
      {a.rationale && (
        <p className="small muted" dir="auto">
          {t.review.rationale(a.rationale)}
        </p>
      )}
      <ServerError error={decide.error} testId="suggestion-error" />
      {rejecting ? (
        <form
          className="reject-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (reason.trim()) decide.mutate({ action: "reject", reason });
          }}
        >
          <label htmlFor={reasonId} className="small">
            {t.review.rejectReason}
          </label>
          <input id={reasonId} type="text" dir="auto" value={reason} onChange={(e) => setReason(e.target.value)} />
          <div className="button-group">
            <button type="button" className="button small" onClick={() => setRejecting(false)}>
              {t.review.cancel}
            </button>
            <button type="submit" className="button small danger" disabled={!reason.trim() || decide.isPending}>
              {t.review.confirmReject}
            </button>
          </div>
        </form>
      ) : (
        <div className="button-group suggestion-actions">
          {pen && (
            <>
              <button
                type="button"
                className="button small primary"
                aria-label={t.review.acceptLabel(code, label)}
                disabled={decide.isPending || a.mergeable === false}
                onClick={() => decide.mutate({ action: "accept" })}
                data-testid="suggestion-accept"
              >
                {t.review.accept}
              </button>
              <button
                type="button"
                className="button small"
                aria-label={t.review.rejectLabel(code, label)}
                disabled={decide.isPending}
                onClick={() => setRejecting(true)}
                data-testid="suggestion-reject"
              >
                {t.review.reject}
              </button>
            </>
          )}
          {meId === a.proposer.id && (
            <button
              type="button"
              className="button small"
              disabled={decide.isPending}
              onClick={() => decide.mutate({ action: "withdraw" })}
              data-testid="suggestion-withdraw"
            >
              {t.review.withdraw}
            </button>
          )}
        </div>
      )}
    </article>
  );
}
