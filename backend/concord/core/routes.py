from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel
from sqlalchemy import text

from concord.core.dependencies import SessionDep

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str


@router.get("/healthz")
def healthz(session: SessionDep) -> Health:
    """200 when the database answers; no authentication."""
    session.exec(text("SELECT 1"))  # type: ignore[call-overload]
    return Health(status="ok")
