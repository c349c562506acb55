from __future__ import annotations

import hmac
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Header, Request, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import BaseModel
from sqlalchemy import text

from concord.core import lifecycle
from concord.core.config import get_settings
from concord.core.dependencies import SessionDep
from concord.core.errors import error_body
from concord.core.readiness import database_state

router = APIRouter(tags=["health"])
# Not in the API schema: for the operator's scraper, not for API clients.
operator = APIRouter()


class Health(BaseModel):
    status: str


@router.get("/healthz")
def healthz(session: SessionDep) -> Health:
    """200 when the database answers; no authentication."""
    session.exec(text("SELECT 1"))  # type: ignore[call-overload]
    return Health(status="ok")


def readiness(request: Request) -> dict[str, str]:
    """Each check and its result: "ok" (or "off"), or what is wrong in words."""
    checks = database_state(request.app.state.engine)
    workers: dict[str, Callable[[], bool | None]] = getattr(request.app.state, "workers", {})
    if not workers:
        checks["worker"] = "not started"
    for worker, running in workers.items():
        state = running()
        checks[f"worker:{worker}"] = "off" if state is None else ("ok" if state else "stopped")
    if lifecycle.draining():
        checks["process"] = "draining: shutting down"
    return checks


@router.get("/readyz", response_model=None, responses={503: {"description": "Not ready."}})
def readyz(request: Request) -> dict[str, Any] | JSONResponse:
    """200 when this process should get traffic: database reachable, migrations at head, the
    background worker running, not shutting down; else 503 naming what is wrong."""
    checks = readiness(request)
    if all(result in ("ok", "off") for result in checks.values()):
        return {"status": "ready", "checks": checks}
    wrong = "; ".join(f"{name} {result}" for name, result in checks.items() if result != "ok")
    body = error_body("not_ready", f"Not ready ({wrong}).", {"checks": checks})
    return JSONResponse(body, status_code=503)


@operator.get("/metrics", include_in_schema=False)
def metrics(authorization: Annotated[str | None, Header()] = None) -> Response:
    """Prometheus metrics of this process, for `Authorization: Bearer $CONCORD_METRICS_TOKEN`."""
    token = get_settings().metrics_token
    if not token:
        return JSONResponse(error_body("not_found", "Not Found"), status_code=404)
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), token.encode()):
        return JSONResponse(
            error_body("unauthenticated", "Send `Authorization: Bearer <metrics token>`."),
            status_code=401,
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
