"""create_app(): routers, the one error model, request limits and the web app."""

from __future__ import annotations

import logging
import re
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from psycopg.errors import TransactionRollback
from sqlalchemy import Engine
from sqlalchemy.exc import DataError, IntegrityError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from concord.audit.refusals import record_refusal
from concord.auditlog import routes as audit_routes
from concord.commitments import routes as commitments_routes
from concord.consensus import routes as consensus_routes
from concord.consensus import scheduler
from concord.core import docs, headers, spa, warm, words
from concord.core import routes as core_routes
from concord.core.admission import Admission, Limits
from concord.core.config import Settings, get_settings
from concord.core.db import ConnectionSlots, get_engine
from concord.core.errors import ConcordError, error_body
from concord.core.telemetry import POOL_TIMEOUTS, RequestTelemetry, watch_engine
from concord.deliberation import routes as deliberation_routes
from concord.drafting import routes as drafting_routes
from concord.export import routes as export_routes
from concord.identity import auth_routes, oidc, oidc_routes, sessions
from concord.identity import routes as identity_routes
from concord.live import routes as live_routes
from concord.notify import routes as notify_routes
from concord.notify import worker as notify_worker
from concord.notify.install import install_hooks as install_notifications
from concord.overview import routes as overview_routes
from concord.publication import routes as publication_routes
from concord.publication import worker as publication_worker
from concord.translation import routes as translation_routes
from concord.wordin import routes as wordin_routes

API_PREFIX = "/api/v1"
# Every router and where it is mounted; the route inventory test walks this list.
ROUTERS: list[tuple[str, APIRouter]] = [
    (API_PREFIX, core_routes.router),
    ("", core_routes.router),  # /healthz, /readyz for load balancers
    ("", core_routes.operator),  # /metrics for Prometheus
    (API_PREFIX, auth_routes.router),
    (API_PREFIX, oidc_routes.router),
    (API_PREFIX, identity_routes.router),
    (API_PREFIX, wordin_routes.router),
    (API_PREFIX, overview_routes.router),
    (API_PREFIX, drafting_routes.router),
    (API_PREFIX, translation_routes.router),
    (API_PREFIX, deliberation_routes.router),
    (API_PREFIX, consensus_routes.router),
    (API_PREFIX, export_routes.router),
    (API_PREFIX, commitments_routes.router),
    (API_PREFIX, audit_routes.router),
    (API_PREFIX, live_routes.router),
    (API_PREFIX, notify_routes.router),
    (API_PREFIX, publication_routes.router),
    ("", publication_routes.pages),  # /published: the public pages, without signing in
]
log = logging.getLogger("concord")
# Long-lived event streams: admitted like requests, then counted apart (core/admission.py).
STREAM = re.compile(rf"^{API_PREFIX}/(documents/[^/]+|notifications)/events$")

DATABASE_RETRY_S = 5
HTTP_CODES = {
    400: "bad_request",
    401: "unauthenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
}


def error(
    status: int,
    code: str,
    message: str,
    details: dict[str, Any] | None = None,
    request: Request | None = None,
) -> JSONResponse:
    """The error body; its message in the reader's language when they ask for fr, ar or he."""
    language = words.negotiate(request.headers.get("accept-language")) if request else None
    body = error_body(code, words.translate(code, message, language), details)
    response = JSONResponse(body, status_code=status)
    if language is not None and body["error"]["message"] != message:
        response.headers["Content-Language"] = language
    return response


def database_unavailable(message: str) -> JSONResponse:
    response = error(503, "database_unavailable", message, {"retry_after": DATABASE_RETRY_S})
    response.headers["Retry-After"] = str(DATABASE_RETRY_S)
    return response


def _field(loc: tuple[Any, ...]) -> str:
    return ".".join(str(p) for p in loc if p not in ("body", "query", "path", "header"))


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ConcordError)
    async def concord_error(request: Request, exc: ConcordError) -> JSONResponse:
        response = error(exc.status, exc.code, exc.message, exc.details, request)
        if "retry_after" in exc.details:
            response.headers["Retry-After"] = str(exc.details["retry_after"])
        return response

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [
            {
                "field": _field(tuple(e.get("loc", ()))),
                "message": e.get("msg", ""),
                "type": e.get("type", ""),
            }
            for e in exc.errors()
        ]
        first = problems[0]["field"] if problems else ""
        return error(
            422,
            "validation_error",
            f"Invalid input: {first or 'body'}.",
            {"field": first, "errors": problems},
            request,
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = HTTP_CODES.get(exc.status_code, "http_error")
        return error(exc.status_code, code, str(exc.detail), request=request)

    @app.exception_handler(DataError)
    async def data_error(_request: Request, exc: DataError) -> JSONResponse:
        # Input the database cannot store slipped past validation: still the client's input.
        log.warning("data error: %s", exc.orig)
        return error(422, "invalid_input", "The input cannot be stored.")

    @app.exception_handler(IntegrityError)
    async def integrity_error(_request: Request, exc: IntegrityError) -> JSONResponse:
        # A unique constraint backs every invariant: losing a race is a conflict, not a crash.
        log.info("integrity error: %s", exc.orig)
        return error(409, "concurrent_write", "Another write got there first; reload and retry.")

    @app.exception_handler(OperationalError)
    async def operational_error(_request: Request, exc: OperationalError) -> JSONResponse:
        if isinstance(exc.orig, TransactionRollback):
            # Deadlock or serialisation failure: nothing was written; the client may retry.
            return error(409, "concurrent_write", "Another write got there first; retry.")
        log.warning("database unavailable: %s", exc.orig)
        return database_unavailable("The database did not answer; retry shortly.")

    @app.exception_handler(PoolTimeout)
    async def pool_timeout(_request: Request, exc: PoolTimeout) -> JSONResponse:
        # Every connection stayed busy for CONCORD_DB_POOL_TIMEOUT: overload, not a crash.
        log.warning("no database connection: %s", exc)
        POOL_TIMEOUTS.inc()
        return database_unavailable("The database is busy; retry shortly.")

    @app.exception_handler(Exception)
    async def unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return error(500, "internal_error", "Something went wrong on our side.")


class BodyLimit:
    """Refuse oversized request bodies (413) before they are read into memory."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            response = error(
                413, "request_too_large", f"Request bodies are limited to {self.limit} bytes."
            )
            await response(scope, receive, send)
            return
        received = 0

        async def limited() -> Any:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.limit:
                raise ConcordError("Request body too large.", code="request_too_large", status=413)
            return message

        await self.app(scope, limited, send)


def is_stream(scope: Scope) -> bool:
    return scope["method"] == "GET" and STREAM.match(scope["path"]) is not None


def request_state(settings: Settings) -> dict[str, Any]:
    """What of an app's state its requests change: the database connection slots (admission
    counts them) and the hooks told of each refusal. Made new for each app."""
    return {"connection_slots": ConnectionSlots(settings), "refusal_hooks": [record_refusal]}


def create_app(engine: Engine | None = None) -> FastAPI:
    settings = get_settings()
    app = FastAPI(
        # The docs are served from this origin (core/docs.py), never from a CDN.
        docs_url=None,
        redoc_url=None,
        openapi_url=docs.OPENAPI_URL if settings.api_docs_served else None,
        title="Concord",
        version="1",
        summary="Write texts that many parties must agree on.",
        description=(
            "Versioned sections, word diffs, safe concurrent edits and revisions. "
            'Errors are `{"error": {"code", "message", "details", "request_id"}}` with a stable '
            "`code`; `request_id` is also the response's `X-Request-ID` header."
        ),
    )
    app.state.engine = engine or get_engine()
    watch_engine(app.state.engine)
    for name, value in request_state(settings).items():
        setattr(app.state, name, value)
    install_error_handlers(app)
    if settings.api_docs_served:
        docs.install(app)
    for prefix, router in ROUTERS:
        app.include_router(router, prefix=prefix, include_in_schema=prefix == API_PREFIX)
    # The web app answers whatever no API route matched (deep links get index.html).
    app.router.default = spa.SinglePageApp(spa.dist_dir())
    oidc.install(app)
    scheduler.install(app)
    install_notifications()
    notify_worker.install(app)
    publication_worker.install(app)
    warm.install(app)
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    # An overloaded process refuses before doing any work for the request; only the headers
    # (installed after, so outside it) wrap it: its 429/503 carry them, and behind a trusted
    # proxy it counts people by their real address.
    app.add_middleware(
        Admission,
        limits=Limits.of(settings),
        cookie_name=sessions.COOKIE,
        is_stream=is_stream,
        is_asset=spa.is_asset,
    )
    # Outside admission, so that its refusals have a request id, a log line and a count;
    # inside the headers, so that it logs the client a trusted proxy names.
    app.add_middleware(RequestTelemetry, api_prefix=API_PREFIX)
    headers.install(app, settings)
    return app
