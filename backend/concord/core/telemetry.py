"""What the server is doing: a request id for each request, one log line per request, metrics.

Each request gets an id: the one a proxy sent in `X-Request-ID` when it looks like an id (nginx's
`$request_id`, so that its log and ours name the same request), else a new one. The id is in
the response's `X-Request-ID` header, in every error body (`error.request_id`, core/errors.py)
and in the request's log line, so a person quoting an error lets an operator find its line.

The log line is one JSON object in production (`CONCORD_LOG_FORMAT=json`): request id, method,
route template (never the query string: it may hold an invitation secret), status, time, the
person's id when signed in (identity/dependencies.py sets `request.state.person_id`), never a
text or a secret.

Metrics are Prometheus's (the `prometheus-client` package: the format every scraper reads, with
no server of its own to run); `/metrics` serves them behind `CONCORD_METRICS_TOKEN`
(core/routes.py).
Each app process has its own: scrape every process, not the proxy in front of them.
"""

from __future__ import annotations

import json
import logging
import re
import secrets
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from prometheus_client import Counter, Gauge, Histogram
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import REGISTRY, Collector
from sqlalchemy import Engine
from sqlalchemy.pool import QueuePool
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from concord.core import lifecycle

REQUEST_ID_HEADER = "X-Request-ID"
# What a proxy's id may look like to be taken over (nginx's $request_id: 32 hex digits).
INCOMING_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
request_id: ContextVar[str | None] = ContextVar("concord_request_id", default=None)

access_log = logging.getLogger("concord.access")

REQUESTS = Counter(
    "concord_http_requests", "HTTP requests answered, by route template and status.",
    ["method", "route", "status"],
)  # fmt: skip
LATENCY = Histogram(
    "concord_http_request_duration_seconds",
    "Time to answer a request (to its last byte; an event stream: how long it stayed open).",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
)
EVENTS = Counter("concord_live_events_fanned_out", "Live events handed to subscribers.")
SLOT_WAIT = Histogram(
    "concord_db_slot_wait_seconds",
    "How long requests waited for a database connection slot (core/db.py).",
    buckets=(0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30),
)
POOL_TIMEOUTS = Counter(
    "concord_db_pool_timeouts", "Requests refused because no database connection came in time."
)
EXPORTS = Histogram(
    "concord_export_seconds", "Time to build an export, by format and variant.",
    ["format", "variant"], buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 120),
)  # fmt: skip
OUTBOX_BACKLOG = Gauge(
    "concord_notify_outbox_backlog", "Mails waiting in the outbox, as the worker last counted."
)
STREAMS = Gauge("concord_live_streams_open", "Event streams open on this process.")
_hubs: weakref.WeakValueDictionary[int, Any] = weakref.WeakValueDictionary()
STREAMS.set_function(lambda: sum(hub.count() for hub in list(_hubs.values())))


def watch_streams(hub: Any) -> None:
    """Count the streams of this live hub (anything with `count()`) in the gauge above."""
    _hubs[id(hub)] = hub


class _Counted(Collector):
    """Database pool use, read from the engines the process has made when scraped."""

    def __init__(self) -> None:
        self.engines: weakref.WeakSet[Engine] = weakref.WeakSet()

    def collect(self) -> Iterator[GaugeMetricFamily]:
        family = GaugeMetricFamily(
            "concord_db_pool_connections",
            "Pooled database connections: in use, idle, and the pool's size.",
            labels=["state"],
        )
        used = idle = size = 0
        for engine in list(self.engines):
            pool = engine.pool
            if isinstance(pool, QueuePool):
                used += pool.checkedout()
                idle += pool.checkedin()
                size += pool.size()
        family.add_metric(["in_use"], used)
        family.add_metric(["idle"], idle)
        family.add_metric(["size"], size)
        yield family


_pools = _Counted()
REGISTRY.register(_pools)


def watch_engine(engine: Engine) -> None:
    _pools.engines.add(engine)


@contextmanager
def timed_export(fmt: str, variant: str) -> Iterator[None]:
    start = time.perf_counter()
    yield
    EXPORTS.labels(fmt, variant).observe(time.perf_counter() - start)


def new_request_id() -> str:
    return secrets.token_hex(16)


class RequestTelemetry:
    """Give each request its id, count and time it, and write its log line when it ends."""

    def __init__(self, app: ASGIApp, *, api_prefix: str) -> None:
        self.app = app
        # A route knows its path within its router; every router is mounted at the API's
        # prefix or at the root (main.py).
        self.api_prefix = api_prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        rid = incoming if INCOMING_ID.match(incoming) else new_request_id()
        # Not reset afterwards: the request has a task (and a context) of its own, and the
        # last-resort 500 handler, outside every middleware, still names the id.
        request_id.set(rid)
        state: dict[str, Any] = scope.setdefault("state", {})
        start = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = MutableHeaders(scope=message)
                headers[REQUEST_ID_HEADER] = rid
                if lifecycle.draining():
                    # The proxy must not send another request on this connection (uvicorn
                    # closes it after this answer): see core/lifecycle.py.
                    headers["Connection"] = "close"
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            elapsed = time.perf_counter() - start
            route = self._route(scope)
            method = scope["method"]
            REQUESTS.labels(method, route, str(status)).inc()
            LATENCY.labels(method, route).observe(elapsed)
            access_log.info(
                "%s %s %s",
                method,
                route,
                status,
                extra={
                    "request": {
                        "request_id": rid,
                        "method": method,
                        "route": route,
                        "path": scope["path"],
                        "status": status,
                        "duration_ms": round(elapsed * 1000, 2),
                        "person_id": state.get("person_id"),
                        "client": (scope.get("client") or (None,))[0],
                    }
                },
            )

    def _route(self, scope: Scope) -> str:
        path: str | None = getattr(scope.get("route"), "path", None)
        if path is None:
            return "(web app)"
        if scope["path"].startswith(self.api_prefix + "/"):
            return self.api_prefix + path
        return path


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time, level, logger, message, the request's fields when any."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        fields = getattr(record, "request", None)
        if isinstance(fields, dict):
            line.update(fields)
        elif (rid := request_id.get()) is not None:
            line["request_id"] = rid
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def log_config(fmt: str, level: str = "INFO") -> dict[str, Any]:
    """A `logging.config.dictConfig` for `concord serve`: JSON lines or text, on stderr.

    In JSON, uvicorn's own access log is off: the app writes a richer line per request."""
    json_lines = fmt == "json"
    formatter = (
        {"()": JsonFormatter}
        if json_lines
        else {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}
    )
    handler = {"class": "logging.StreamHandler", "formatter": "main", "stream": "ext://sys.stderr"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"main": formatter},
        "handlers": {"main": handler},
        "root": {"handlers": ["main"], "level": level},
        "loggers": {
            "uvicorn": {"handlers": [], "propagate": True},
            "uvicorn.error": {"handlers": [], "propagate": True},
            # Text (./dev serve) keeps uvicorn's access line; the app's would repeat it.
            "uvicorn.access": {"handlers": [], "level": "WARNING" if json_lines else "INFO"},
            "concord.access": {"level": "INFO" if json_lines else "WARNING"},
        },
    }
