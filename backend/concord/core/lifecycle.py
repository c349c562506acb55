"""A process that is told to stop drains before it exits.

`concord serve` (cli.py) stops accepting connections first, then calls `drain()`: readiness
answers 503 from then on, and every drain hook runs (the live hub ends its event streams with
`shutdown`, so that browsers reconnect, through the proxy, to a process that stays, and resume
from `Last-Event-ID`). For `CONCORD_DRAIN_SECONDS` the process goes on answering requests on
the connections it has, each with `Connection: close`; a proxy keeping idle connections for less
than that (nginx's upstream `keepalive_timeout`) has let go of every other one by then, so no
request is sent on a connection as it closes (a POST lost that way would be nginx's 502). Then
the requests in progress finish and the process exits.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Awaitable, Callable

log = logging.getLogger("concord.lifecycle")

DrainHook = Callable[[], Awaitable[None]]
_draining = threading.Event()
_hooks: list[DrainHook] = []


def draining() -> bool:
    return _draining.is_set()


def on_drain(hook: DrainHook) -> Callable[[], None]:
    """Run `hook` when the process drains; returns the function that forgets it again."""
    _hooks.append(hook)
    return lambda: _hooks.remove(hook) if hook in _hooks else None


async def drain() -> None:
    _draining.set()
    for hook in list(_hooks):
        try:
            await hook()
        except Exception:
            log.exception("a drain hook failed; draining goes on")
