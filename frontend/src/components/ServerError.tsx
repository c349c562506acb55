import type { ReactNode } from "react";
import { isApiError } from "../api/client";
import { errorMessage } from "../i18n";

/** A refused request in words (never its code: the code stays in data-code for tests), announced. */
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
    ? errorMessage(error.code, error.message, error.status)
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
