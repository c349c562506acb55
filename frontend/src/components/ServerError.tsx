import type { ReactNode } from "react";
import { isApiError } from "../api/client";
import { t } from "../i18n";

/** A refused request: the server's own message (and stable code), announced to screen readers. */
export function ServerError({
  error,
  children,
  testId = "server-error",
}: {
  error: unknown;
  children?: ReactNode;
  testId?: string;
}) {
  if (!error) return null;
  const message = isApiError(error)
    ? t.app.serverSaid(error.message, error.code)
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <div
      className="form-error"
      role="alert"
      data-testid={testId}
      data-code={isApiError(error) ? error.code : undefined}
    >
      <p>{message}</p>
      {children}
    </div>
  );
}
