import { useEffect, useState } from "react";
import { formatDate, t } from "../../i18n";
import { formatRemaining, remaining } from "../../lib/negotiation/countdown";

/** Time left until a deadline, ticking each second; the full date is its accessible name. */
export function Countdown({ deadline }: { deadline: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const left = remaining(deadline, now);
  return (
    <div className="countdown" data-testid="silence-countdown" data-deadline={deadline}>
      <p className="small muted">{t.lifecycle.until(formatDate(deadline))}</p>
      {left.passed ? (
        <p className="notice warn small">{t.lifecycle.passed}</p>
      ) : (
        <p>
          <span className="small muted">{t.lifecycle.remaining}: </span>
          {/* role=timer is not announced on every tick; the deadline above is the stable text. */}
          <span
            role="timer"
            className="countdown-clock"
            aria-label={`${t.lifecycle.remaining}: ${formatRemaining(left, t.lifecycle.day)}`}
          >
            {formatRemaining(left, t.lifecycle.day)}
          </span>
        </p>
      )}
    </div>
  );
}
