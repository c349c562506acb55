"""Background workers that run for as long as the app runs (the silence scheduler, the mail
outbox): started and stopped with the app's lifespan, their state reported by /readyz."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any, Protocol

from fastapi import FastAPI
from sqlalchemy import Engine

Lifespan = Callable[[Any], AbstractAsyncContextManager[Any]]


class Worker(Protocol):
    def start(self) -> None: ...

    def stop(self) -> None: ...

    @property
    def running(self) -> bool: ...


def run_with_app(app: FastAPI, name: str, make: Callable[[Engine], Worker | None]) -> None:
    """Run the worker `make` gives (None: turned off by a setting) for as long as the app runs;
    once per name. `app.state.workers[name]` tells /readyz whether it runs (None: off)."""
    installed: set[str] = getattr(app.state, "background_installed", set())
    if name in installed:
        return
    app.state.background_installed = installed | {name}
    inner: Lifespan = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(target: Any) -> AsyncIterator[Any]:
        worker = make(app.state.engine)
        if worker is not None:
            worker.start()

        def running() -> bool | None:  # /readyz (core/routes.py)
            return None if worker is None else worker.running

        app.state.workers = getattr(app.state, "workers", {}) | {name: running}
        try:
            async with inner(target) as state:
                yield state
        finally:
            if worker is not None:
                worker.stop()

    app.router.lifespan_context = lifespan
