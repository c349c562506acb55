"""One error model: every refusal is a `ConcordError` with a stable snake_case code."""

from __future__ import annotations

from typing import Any


class ConcordError(Exception):
    """A refusal the client can branch on: rendered as `{"error": {"code", "message", "details"}}`."""

    status: int = 400
    code: str = "bad_request"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        status: int | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        if status is not None:
            self.status = status
        self.details: dict[str, Any] = details or {}

    def body(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, "details": self.details}}


class NotFound(ConcordError):
    status = 404
    code = "not_found"


class Unauthenticated(ConcordError):
    status = 401
    code = "unauthenticated"


class Forbidden(ConcordError):
    status = 403
    code = "forbidden"


class Conflict(ConcordError):
    status = 409
    code = "conflict"


class Invalid(ConcordError):
    """Malformed input (422) naming the field in `details["field"]`."""

    status = 422
    code = "invalid"


class TooLarge(ConcordError):
    status = 413
    code = "too_large"
