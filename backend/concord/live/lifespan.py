"""The app's hub, made once per app with (on PostgreSQL) the relay built on it, and its
lifespan: above both hub.py and relay.py, so neither imports the other's maker."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI

from concord.core.lifecycle import on_drain
from concord.core.telemetry import watch_streams
from concord.live import capture
from concord.live.hub import Hub
from concord.live.relay import Relay

HUB = "live_hub"
_create = threading.Lock()


def hub_of(app: FastAPI) -> Hub:
    """The app's hub, made on first use and registered as a capture listener."""
    with _create:
        hub: Hub | None = getattr(app.state, HUB, None)
        if hub is None:
            hub = Hub(app.state.engine)
            setattr(app.state, HUB, hub)
            watch_streams(hub)
            capture.install()
            if hub.engine.dialect.name == "postgresql":
                hub.relay = Relay(hub)
            else:
                capture.subscribe(hub.publish)
                capture.subscribe_people(hub.publish_people)
        return hub


@asynccontextmanager
async def lifespan(app: Any) -> AsyncIterator[None]:
    """Capture changes from the start (on PostgreSQL every process announces its commits, with
    or without subscribers of its own); stop the hub's tasks and end its streams at the end."""
    forget = on_drain(hub_of(app).close_streams)
    try:
        yield
    finally:
        forget()
        hub: Hub | None = getattr(app.state, HUB, None)
        if hub is not None:
            capture.unsubscribe(hub.publish)
            capture.unsubscribe_people(hub.publish_people)
            await hub.stop()
