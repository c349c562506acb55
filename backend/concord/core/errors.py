"""One error model: every refusal is a `ConcordError` with a stable snake_case code."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from concord.core.telemetry import request_id

if TYPE_CHECKING:
    from sqlmodel import Session


class ConcordError(Exception):
    """A refusal the client can branch on.

    Rendered as `{"error": {"code", "message", "details"}}` by the app's one error handler.
    """

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
        # Writes that must survive the refusal's rollback (a failed sign-in is counted even
        # though the request fails); run by the request's session after rolling back.
        self.aftermath: list[Callable[[Session], None]] = []

    def body(self) -> dict[str, Any]:
        return error_body(self.code, self.message, self.details)


def error_body(code: str, message: str, details: dict[str, Any] | None = None) -> dict[str, Any]:
    """The one error body; `request_id` names the request in the server's logs."""
    error: dict[str, Any] = {"code": code, "message": message, "details": details or {}}
    rid = request_id.get()
    if rid is not None:
        error["request_id"] = rid
    return {"error": error}


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


class ErrorDetail(BaseModel):
    code: str = Field(description="Stable snake_case code to branch on, e.g. `edit_conflict`.")
    message: str
    details: dict[str, Any] = Field(default_factory=dict)
    request_id: str | None = Field(
        default=None, description="Names the request in the server's logs (`X-Request-ID`)."
    )


class ErrorBody(BaseModel):
    error: ErrorDetail


def _doc(text: str) -> dict[str, Any]:
    return {"model": ErrorBody, "description": text}


# Declared on every router so the OpenAPI schema tells the truth about error bodies.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: _doc("`bad_request`: a body that could not be read, or an OpenID sign-in refused."),
    401: _doc("`unauthenticated`: no valid session or token."),
    403: _doc("You may see this but not do this: `secretariat_only`, `not_a_drafter`, …"),
    404: _doc("The object does not exist or is not visible to you."),
    409: _doc("A business conflict: `document_frozen`, `edit_conflict`, …"),
    413: _doc("`text_too_large` or `request_too_large`."),
    422: _doc("Malformed input; `details.field` names the field."),
}
