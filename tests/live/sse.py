"""A small server-sent events client for tests: reads a stream in a thread, keeps every event.

`close()` shuts the connection's socket down, which wakes the reading thread at once even when
the server is quiet for long (a test's heartbeat of a minute).
"""

from __future__ import annotations

import contextlib
import json
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx2 as httpx


@dataclass(frozen=True)
class Event:
    name: str
    data: dict[str, Any]
    id: str | None = None
    raw: str = ""


@dataclass
class Stream:
    url: str
    headers: dict[str, str]
    params: dict[str, str] = field(default_factory=dict)
    verify: ssl.SSLContext | bool = True  # through a TLS proxy with a test certificate
    status: int | None = None
    response_headers: dict[str, str] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    raw: list[str] = field(default_factory=list)
    keepalives: int = 0
    ended: bool = False
    _stop: threading.Event = field(default_factory=threading.Event)
    _changed: threading.Condition = field(default_factory=threading.Condition)
    _thread: threading.Thread | None = None
    _socket: socket.socket | None = None

    def start(self, first: str = "presence") -> Stream:
        """Read in a thread; return once the `first` event came (a document's stream is
        subscribed once `presence` came: ready, then presence)."""
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()
        self.wait_for(lambda e: e.name == first)
        return self

    def _read(self) -> None:
        try:
            with (
                httpx.Client(timeout=httpx.Timeout(10.0, read=30.0), verify=self.verify) as client,
                client.stream("GET", self.url, headers=self.headers, params=self.params) as r,
            ):
                network = r.extensions.get("network_stream")
                with self._changed:
                    self.status = r.status_code
                    self.response_headers = dict(r.headers)
                    self._socket = network.get_extra_info("socket") if network else None
                    self._changed.notify_all()
                if self._stop.is_set():
                    return
                fields: dict[str, str] = {}
                lines: list[str] = []
                for line in r.iter_lines():
                    if self._stop.is_set():
                        return
                    if line.startswith(":"):
                        with self._changed:
                            self.keepalives += 1
                            self._changed.notify_all()
                        continue
                    if line:
                        name, _, value = line.partition(":")
                        fields[name] = value[1:] if value.startswith(" ") else value
                        lines.append(line)
                        continue
                    if "event" in fields:
                        event = Event(
                            fields["event"],
                            json.loads(fields.get("data", "{}")),
                            fields.get("id"),
                            "\n".join(lines),
                        )
                        with self._changed:
                            self.events.append(event)
                            self.raw.append(event.raw)
                            self._changed.notify_all()
                    fields, lines = {}, []
        except httpx.HTTPError:
            pass
        finally:
            with self._changed:
                self.ended = True
                self._changed.notify_all()

    def wait_for(
        self, predicate: Callable[[Event], bool], timeout: float = 15.0, *, after: int = 0
    ) -> Event:
        """The first event (from index `after` on) that satisfies `predicate`."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for event in self.events[after:]:
                    if predicate(event):
                        return event
                left = deadline - time.monotonic()
                if left <= 0 or self.ended:
                    names = [(e.name, e.data) for e in self.events]
                    raise AssertionError(f"no such event on {self.url}; got {names}")
                self._changed.wait(left)

    def wait_keepalives(self, count: int, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        with self._changed:
            while self.keepalives < count and not self.ended:
                left = deadline - time.monotonic()
                assert left > 0, "no keep-alive"
                self._changed.wait(left)

    def named(self, name: str) -> list[Event]:
        with self._changed:
            return [e for e in self.events if e.name == name]

    def text(self) -> str:
        with self._changed:
            return "\n".join(self.raw)

    def close(self) -> None:
        with self._changed:
            self._stop.set()
            connection = self._socket
        if connection is not None:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(timeout=10)
