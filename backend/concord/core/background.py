"""Background workers that run for as long as the app runs (the silence scheduler, the mail
outbox): started and stopped with the app's lifespan, their state reported by /readyz."""

from __future__ import annotations

import logging
import threading
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


class Poller:
    """A daemon thread calling `step` every `interval` seconds until stopped; a failing step is
    logged and tried again at the next poll.

    `wake`, when given, brings the next poll forward (something was just committed): the
    poller then waits `settle` seconds, so that the request that committed answers first. A
    poller without it waits one interval before its first step: a process that lives for less
    than one interval (a test) never polls."""

    def __init__(
        self,
        name: str,
        interval: float,
        step: Callable[[], object],
        *,
        wake: threading.Event | None = None,
        settle: float = 0.0,
    ) -> None:
        self.interval = interval
        self._step = step
        self._wake = wake
        self._settle = settle
        self._log = logging.getLogger(f"concord.{name}")
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"concord-{name}", daemon=True)

    def start(self) -> None:
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self) -> None:
        self._stop.set()
        if self._wake is not None:
            self._wake.set()
        self._thread.join(timeout=max(5.0, self.interval))

    def _pause(self) -> bool:
        """Wait for the next poll; True once stopped."""
        if self._wake is None:
            return self._stop.wait(self.interval)
        woken = self._wake.wait(self.interval)
        self._wake.clear()
        if woken and not self._stop.is_set():
            self._stop.wait(self._settle)
        return self._stop.is_set()

    def _run(self) -> None:
        if self._wake is None and self._pause():
            return
        while True:
            try:
                self._step()
            except Exception:
                self._log.exception("%s failed; retrying at the next poll", self._thread.name)
            if self._pause():
                return


def poll_with_app(
    app: FastAPI,
    name: str,
    interval: Callable[[], float],
    step: Callable[[Engine], object],
    *,
    wake: threading.Event | None = None,
    settle: float = 0.0,
) -> None:
    """Run `step(engine)` every `interval()` seconds for as long as the app runs (a `Poller`;
    an interval of 0 turns it off), once per name."""

    def make(engine: Engine) -> Poller | None:
        seconds = interval()
        if seconds <= 0:
            return None
        return Poller(name, seconds, lambda: step(engine), wake=wake, settle=settle)

    run_with_app(app, name, make)
