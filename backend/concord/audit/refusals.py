"""Refused actions go into the audit log too (after the refused request's rollback)."""

from __future__ import annotations

from fastapi import Request
from sqlmodel import Session

from concord.audit import service as audit
from concord.audit.actions import Action
from concord.core.errors import ConcordError

# 401s are anonymous noise and 422s malformed input; these are refusals of someone's attempt.
AUDITED = frozenset({403, 404, 409, 410, 429})


def _printable(text: str, limit: int) -> str:
    # Whatever the client sent, the log keeps only what every database stores.
    return "".join(ch for ch in text if ch.isprintable())[:limit]


def record_refusal(session: Session, request: Request, error: ConcordError) -> None:
    if error.status not in AUDITED and error.code != "invalid_credentials":
        return
    audit.log(
        session,
        Action.AUTH_LOGIN_FAILED if error.code == "invalid_credentials" else Action.REQUEST_REFUSED,
        "request",
        None,
        {
            "method": request.method,
            "path": _printable(request.url.path, 300),
            "status": error.status,
            "code": error.code,
        },
    )
