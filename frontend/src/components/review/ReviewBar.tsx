import { useId } from "react";
import { useRevisions } from "../../api/queries";
import { t } from "../../i18n";
import { TrustedHtml } from "../TrustedHtml";
import type { Review } from "./useReview";
import "./review.css";

const NOTHING = "";
const APPROVAL = "approval";

/** Above the text: suggestions on or off and how they sit, Suggesting mode, and "what changed". */
export function ReviewBar({ review, hasDelegation }: { review: Review; hasDelegation: boolean }) {
  const revisions = useRevisions(review.documentId).data ?? [];
  const ids = { since: useId(), show: useId() };
  const n = review.navigable.length;
  const at = Math.min(review.current, n - 1);
  const removed = (review.changes ?? []).filter((c) => c.status === "removed");
  return (
    <section className="review-bar" aria-label={t.review.toolbar} data-testid="review-bar">
      <div className="review-row">
        <span className="review-check">
          <input
            id={ids.show}
            type="checkbox"
            checked={review.showSuggestions}
            onChange={(event) => review.setShowSuggestions(event.target.checked)}
            data-testid="show-suggestions"
          />
          <label htmlFor={ids.show}>{t.review.suggestions(review.suggestions.length)}</label>
        </span>
        {review.crowded && review.showSuggestions && (
          <fieldset className="button-group review-layout">
            <legend className="visually-hidden">{t.review.layout}</legend>
            {(["one", "side"] as const).map((layout) => (
              <button
                key={layout}
                type="button"
                className="button small"
                aria-pressed={review.layout === layout}
                onClick={() => review.setLayout(layout)}
                data-testid={`layout-${layout}`}
              >
                {layout === "one" ? t.review.oneAtATime : t.review.sideBySide}
              </button>
            ))}
          </fieldset>
        )}
        {review.mayPropose && (
          <button
            type="button"
            className="button small"
            aria-pressed={review.suggesting}
            onClick={() => review.setSuggesting(!review.suggesting)}
            data-testid="suggesting-mode"
          >
            {t.review.suggesting}
          </button>
        )}
      </div>
      {review.suggesting && <p className="small muted">{t.review.suggestingHelp}</p>}
      <div className="review-row">
        <label htmlFor={ids.since} className="small">
          {t.review.whatChanged}
        </label>
        <select
          id={ids.since}
          value={review.since ?? NOTHING}
          onChange={(event) => review.setSince(event.target.value === NOTHING ? null : event.target.value)}
          data-testid="changes-since"
        >
          <option value={NOTHING}>{t.review.sinceNothing}</option>
          {revisions.map((r) => (
            <option key={r.id} value={r.label}>
              {t.review.sinceRevision(r.label)}
            </option>
          ))}
          {hasDelegation && <option value={APPROVAL}>{t.review.sinceApproval}</option>}
        </select>
        {review.changes && (
          <>
            <span className="small" role="status" data-testid="changes-count">
              {t.review.changed(
                review.changes.filter((c) => c.status !== "moved").length,
                review.changes.filter((c) => c.moved).length,
              )}
            </span>
            {n > 0 && (
              <span className="button-group review-nav">
                <button
                  type="button"
                  className="button small"
                  disabled={at <= 0}
                  onClick={() => review.goTo(at - 1)}
                  data-testid="previous-change"
                >
                  {t.review.previousChange}
                </button>
                <span className="small" data-testid="change-position">
                  {t.review.changeOf(at + 1, n)}
                </span>
                <button
                  type="button"
                  className="button small"
                  disabled={at >= n - 1}
                  onClick={() => review.goTo(at + 1)}
                  data-testid="next-change"
                >
                  {t.review.nextChange}
                </button>
              </span>
            )}
          </>
        )}
      </div>
      {review.changes && <p className="small muted">{t.review.legend}</p>}
      {removed.map((c) => (
        <div key={c.section_id} className="tracked-removed" data-testid="tracked-removed">
          <p className="small">{t.review.removed}</p>
          <TrustedHtml html={c.html} className="section-text tracked" dir="auto" />
        </div>
      ))}
    </section>
  );
}
