"""What the first request after a start would otherwise pay, paid while the app starts.

FastAPI builds each included router's routes (their dependencies and request and response
models) the first time a request is matched against that router, not when the app is made:
measured in-process on PostgreSQL, the first revision circulated after a start took 187 ms of
CPU and the next ones 30-40 ms, and with the routes built at startup the first took 51 ms
(tests/bench/bench_notify.py reports the first request after each start, warmed and not).
So the lifespan matches a path no route answers against every route, which builds them all.

Then the objects made while starting (modules, routes, models: about 250,000) are moved out
of the garbage collector's sight (`gc.freeze`): otherwise the first full collection, which
comes during the first requests, walks all of them (once 190 ms, within a circulation).

`CONCORD_WARM_START=0` turns both off (the in-process tests: their shared app builds only the
routes their requests meet, and a freeze at every test's start would keep its objects forever).
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI

from concord.core.background import Lifespan
from concord.core.config import get_settings

log = logging.getLogger("concord")
NOWHERE = "/\x00warm"  # no route answers it: matching it walks every router


def build_routes(app: FastAPI) -> None:
    """Have every router build its routes now (idempotent: built ones are kept)."""
    scope: dict[str, Any] = {
        "type": "http",
        "method": "GET",
        "path": NOWHERE,
        "root_path": "",
        "headers": [],
        "query_string": b"",
    }
    for route in app.router.routes:
        route.matches(dict(scope))


def install(app: FastAPI) -> None:
    """Warm the app as its lifespan starts, before it answers anything."""
    inner: Lifespan = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(target: Any) -> AsyncIterator[Any]:
        if get_settings().warm_start:
            started = time.perf_counter()
            build_routes(app)
            gc.collect()
            gc.freeze()
            log.info("warmed in %.0f ms", (time.perf_counter() - started) * 1000)
        async with inner(target) as state:
            yield state

    app.router.lifespan_context = lifespan
