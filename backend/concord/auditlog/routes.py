"""The audit log, for the secretariat."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from concord.auditlog import service
from concord.auditlog.schemas import AuditPage, AuditQuery
from concord.core.dependencies import SessionDep
from concord.core.errors import ERROR_RESPONSES, ErrorBody, Forbidden
from concord.identity.dependencies import CurrentUser
from concord.identity.models import User

router = APIRouter(tags=["audit"], responses=ERROR_RESPONSES)
FORBIDDEN: dict[int | str, dict[str, Any]] = {
    403: {"model": ErrorBody, "description": "`secretariat_only`."}
}


def secretariat(user: CurrentUser) -> User:
    if not user.is_secretariat:
        raise Forbidden("Only the secretariat may read the audit log.", code="secretariat_only")
    return user


Secretariat = Annotated[User, Depends(secretariat)]


@router.get("/audit", responses=FORBIDDEN)
def list_audit_events(
    session: SessionDep, _user: Secretariat, query: Annotated[AuditQuery, Query()]
) -> AuditPage:
    """Audit events, newest first, filtered by action, object, actor and time."""
    return service.event_page(session, query)
