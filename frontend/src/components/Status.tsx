import { isApiError } from "../api/client";
import { errorMessage, t } from "../i18n";

export function Loading({ label = t.app.loading }: { label?: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      {label}
    </p>
  );
}

export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (isApiError(error) && error.status === 404) return <p className="notice">{t.app.notFound}</p>;
  const message = isApiError(error)
    ? errorMessage(error.code, error.message, error.status)
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <div className="notice error" role="alert">
      <p>{t.app.error(message)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t.app.retry}
        </button>
      )}
    </div>
  );
}
