"""In-process fan-out: committed changes and presence to each document's subscribers.

One hub per app, living on its event loop. Writers commit in worker threads (and the silence
scheduler in its own); the commit only hands the changes to the loop (`call_soon_threadsafe`)
and returns: the save never waits for its subscribers. A single dispatcher task per process
then renders each batch once per document and lens (events.render_batch: one short session in
a worker thread, whatever the number of subscribers) and puts the finished frames on each
subscriber's queue. Presence is rendered once per document, lens and change of who is here.
Each subscriber has a bounded queue: one that falls behind is dropped (its stream ends and the
browser reconnects) rather than holding anyone back.

The database work of streams (the dispatcher, replays, re-checking subscribers) goes through
one small capacity limiter per hub, so a reconnect storm queues for a few connections instead
of taking the request pool and the worker threads from everyone else.

On SQLite (one process) committed changes come from `capture` in the committing thread, and
presence is recorded here directly. On PostgreSQL every app process shares both through a
`Relay` (relay.py, LISTEN/NOTIFY): changes reach the hub only from its listening connection,
those committed in this process too (so each is delivered once, in commit order), and presence
is announced to all processes and recorded when the announcement comes back.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

import anyio
import anyio.to_thread
from sqlalchemy import Engine

from concord.core import lifecycle
from concord.core.config import get_settings
from concord.core.telemetry import EVENTS
from concord.identity.access import Viewer
from concord.identity.schemas import DelegationPublic
from concord.live import capture, events
from concord.live.capture import Change
from concord.live.events import Frame, Lens, lens_of
from concord.live.shared import Credential, HubRelay, Presence

log = logging.getLogger("concord.live")
T = TypeVar("T")


@dataclass(frozen=True)
class LiveSettings:
    """The stream's rhythm: `CONCORD_LIVE_*` in core/config.py's Settings (tests shorten it)."""

    heartbeat_seconds: float  # keep-alive, and how often a subscriber is re-checked
    presence_seconds: float  # a presence not renewed for this long has ended
    retry_ms: int  # the shortest a browser is told to wait before reconnecting
    retry_max_ms: int  # the longest (reconnecting often, or many at once)
    queue_size: int  # events a subscriber may fall behind by before it is dropped
    replay_limit: int  # Last-Event-ID: changes replayed at most, beyond that `overflow`
    db_threads: int  # streams' database work (fan-out, replays, re-checks) at once
    listen_ping_seconds: float
    listen_retry_seconds: float
    listen_first_retry_seconds: float

    @classmethod
    def configured(cls) -> LiveSettings:
        settings = get_settings()
        return cls(**{f.name: getattr(settings, f"live_{f.name}") for f in fields(cls)})


# What a subscriber's queue holds: a rendered change (seq, text), "presence changed", "time
# passes" (the hub's clock: the stream re-checks and keeps alive), or why the stream ends: "you
# were dropped" (too far behind), "you may not read the document any more", "the server is
# stopping".
PRESENCE = "presence"
TICK = "tick"
DROPPED = "dropped"
UNREADABLE = "unreadable"
CLOSING = "closing"
Item = Frame | str
# Hears every batch of committed changes, on the loop (the notification bell: notify/bell.py).
Watcher = Callable[[list[Change]], None]
# Hears whose own news changed (capture.tell_people; None: everyone's), on the loop.
PeopleWatcher = Callable[[capture.People], None]

RECENT_SECONDS = 10.0  # connections opened this recently make the load that lengthens `retry`
REPEAT_SECONDS = 60.0  # a person's streams opened this recently count as reconnections
LOAD_STEP = 100  # each this many connections opened recently adds `retry_ms` to the ceiling


class Subscriber:
    """One stream's end of the hub. What rendering and reading depend on (its lens, its reader
    key) is worked out when its viewer is set, not for every event."""

    def __init__(
        self,
        document_id: int,
        credential: Credential,
        viewer: Viewer,
        queue: asyncio.Queue[Item],
    ) -> None:
        self.document_id = document_id
        self.credential = credential
        self.queue = queue
        self.dropped = False
        self.viewer = viewer

    @property
    def viewer(self) -> Viewer:
        return self._viewer

    @viewer.setter
    def viewer(self, viewer: Viewer) -> None:
        self._viewer = viewer
        self.lens: Lens = lens_of(viewer)
        self.reader: events.ReaderKey = events.reader_key(viewer)

    def offer(self, item: Item) -> bool:
        """Queue an item; False when the subscriber is too far behind (it is then dropped)."""
        if self.dropped:
            return False
        try:
            self.queue.put_nowait(item)
        except asyncio.QueueFull:
            self.end(DROPPED)
            return False
        return True

    def end(self, why: str) -> None:
        """Replace whatever is queued with the reason the stream ends."""
        self.dropped = True
        while not self.queue.empty():
            self.queue.get_nowait()
        self.queue.put_nowait(why)


@dataclass
class Hub:
    engine: Engine
    settings: LiveSettings = field(default_factory=LiveSettings.configured)
    subscribers: dict[int, set[Subscriber]] = field(default_factory=dict)
    presence: dict[int, dict[int, Presence]] = field(default_factory=dict)
    relay: HubRelay | None = None  # PostgreSQL: shared with every app process
    loop: asyncio.AbstractEventLoop | None = None
    limiter: anyio.CapacityLimiter | None = None  # the streams' database work (on the loop)
    # The dispatcher's own thread: fan-out never queues behind a storm of replays.
    dispatching: anyio.CapacityLimiter | None = None
    batches: int = 0  # change batches rendered (tests watch it)
    watchers: list[Watcher] = field(default_factory=list)
    people_watchers: list[PeopleWatcher] = field(default_factory=list)
    frames: events.FrameCache = field(default_factory=events.FrameCache)
    _inbox: asyncio.Queue[list[Change]] | None = None
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    # Presence rendered per document and lens, until who is here changes (on the loop).
    _presence_frames: dict[int, dict[Lens, str]] = field(default_factory=dict)
    _opened: deque[float] = field(default_factory=deque)  # when recent streams opened
    _opened_by: dict[int, deque[float]] = field(default_factory=dict)  # … per person

    # --- subscribing (on the loop) -------------------------------------------------------------

    def _start(self) -> None:
        loop = asyncio.get_running_loop()
        if self.loop is loop and self._tasks:
            return
        self.loop = loop
        self.limiter = anyio.CapacityLimiter(self.settings.db_threads)
        self.dispatching = anyio.CapacityLimiter(1)
        self._inbox = asyncio.Queue()
        self._tasks = [
            loop.create_task(self._dispatch(self._inbox), name="concord-live-dispatch"),
            loop.create_task(self._expire(), name="concord-live-presence"),
            loop.create_task(self._tick(), name="concord-live-clock"),
        ]
        if self.relay is not None:
            self._tasks += self.relay.start(loop)

    async def ready(self) -> None:
        """Wait until changes committed from now on will reach this hub (PostgreSQL: until its
        listener listens). A listener that cannot connect does not hold streams back for long."""
        self._start()
        if self.relay is not None:
            await self.relay.ready(timeout=10.0)

    async def run_sync(self, function: Callable[..., T], *args: Any) -> T:
        """Run a stream's database work in a worker thread, a few at a time (see the module)."""
        self._start()
        return await anyio.to_thread.run_sync(function, *args, limiter=self.limiter)

    def watch(self, watcher: Watcher) -> None:
        """Hand `watcher` every batch of committed changes (on the loop), whether or not anyone
        follows a document. Watchers must return at once: they schedule their own work."""
        self._start()
        with self._lock:
            if watcher not in self.watchers:
                self.watchers.append(watcher)

    def watch_people(self, watcher: PeopleWatcher) -> None:
        """Hand `watcher` whose own news changed (on the loop); it must return at once."""
        self._start()
        with self._lock:
            if watcher not in self.people_watchers:
                self.people_watchers.append(watcher)

    def listening(self) -> bool:
        """Whether committed changes are wanted here: documents followed, or a watcher."""
        with self._lock:
            return bool(self.subscribers) or bool(self.watchers)

    def subscribe(self, document_id: int, credential: Credential, viewer: Viewer) -> Subscriber:
        self._start()
        subscriber = Subscriber(
            document_id, credential, viewer, asyncio.Queue(maxsize=self.settings.queue_size)
        )
        with self._lock:
            self.subscribers.setdefault(document_id, set()).add(subscriber)
        if lifecycle.draining():
            # Opened through a proxy's kept connection after the drain began: sent on at once
            # (core/lifecycle.py), rather than held open until the process is made to stop.
            subscriber.end(CLOSING)
        return subscriber

    def unsubscribe(self, subscriber: Subscriber) -> None:
        """Forget a subscriber; its person leaves the document when no stream of theirs remains."""
        document_id, user_id = subscriber.document_id, subscriber.viewer.id
        with self._lock:
            group = self.subscribers.get(document_id, set())
            group.discard(subscriber)
            if not group:
                self.subscribers.pop(document_id, None)
            still_here = any(s.viewer.id == user_id for s in group)
            present = user_id in self.presence.get(document_id, {})
        if still_here or not present:
            return
        if self.relay is not None:
            self.relay.leave(document_id, user_id)
        else:
            self.forget(document_id, user_id)

    def streams_of(self, document_id: int, user_id: int) -> bool:
        """Whether this person follows the document through this process."""
        with self._lock:
            return any(s.viewer.id == user_id for s in self.subscribers.get(document_id, ()))

    def count(self, document_id: int | None = None) -> int:
        with self._lock:
            if document_id is not None:
                return len(self.subscribers.get(document_id, ()))
            return sum(len(group) for group in self.subscribers.values())

    def retry_ms(self, user_id: int) -> int:
        """How long this new stream's browser should wait before reconnecting, should it drop:
        a random time (browsers that dropped together do not return together) in a range that
        grows with this person's reconnections (counted here, whatever the client says) and
        with how many streams opened on this process recently (a storm spreads itself out)."""
        now = time.monotonic()
        with self._lock:
            mine = self._opened_by.setdefault(user_id, deque())
            for times, age in ((mine, REPEAT_SECONDS), (self._opened, RECENT_SECONDS)):
                while times and times[0] < now - age:
                    times.popleft()
                times.append(now)
            repeats, recent = len(mine) - 1, len(self._opened)
        base = self.settings.retry_ms
        ceiling = 2 * base * 2 ** min(repeats, 5) * (1 + recent / LOAD_STEP)
        ceiling = max(base, min(ceiling, self.settings.retry_max_ms))
        return round(random.uniform(base, ceiling))  # noqa: S311 (jitter, not a secret)

    # --- publishing (from any thread) ----------------------------------------------------------

    def deliver(self, changes: list[Change]) -> None:
        """Hand committed changes to the dispatcher (on the loop)."""
        if self._inbox is not None and changes:
            self._inbox.put_nowait(changes)

    def overflow(self) -> None:
        """Changes were missed (on the loop): every stream ends with `overflow`, and reloads."""
        with self._lock:
            groups = [s for group in self.subscribers.values() for s in group]
        for subscriber in groups:
            subscriber.end(DROPPED)  # each stream then ends and unsubscribes

    def publish(self, key: str, changes: list[Change]) -> None:
        """A capture listener (in the committing thread): hand committed changes to the loop
        and return at once; the dispatcher does the rest."""
        loop, inbox = self.loop, self._inbox
        if loop is None or inbox is None or loop.is_closed() or not self.listening():
            return
        if key != capture.database_key(self.engine.url):
            return
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
            loop.call_soon_threadsafe(inbox.put_nowait, changes)

    def publish_people(self, key: str, people: capture.People) -> None:
        """A capture listener (in the committing thread, SQLite): hand the loop whose own news
        changed, and return at once."""
        if key == capture.database_key(self.engine.url):
            self.tell_people(people)

    def tell_people(self, people: capture.People) -> None:
        """Whose own news changed (any thread): their watchers hear it on the loop."""
        loop = self.loop
        with self._lock:
            watched = bool(self.people_watchers)
        if loop is None or loop.is_closed() or not watched:
            return
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
            loop.call_soon_threadsafe(self._people_told, people)

    def touch(
        self,
        document_id: int,
        viewer: Viewer,
        section_id: int | None,
        state: str,
    ) -> None:
        """Record or renew a person's presence on a document (any thread)."""
        entry = Presence(
            user_id=viewer.id,
            name=viewer.user.name,
            delegation=DelegationPublic.model_validate(viewer.delegation)
            if viewer.delegation
            else None,
            section_id=section_id,
            state=state,
            expires=time.monotonic() + self.settings.presence_seconds,
        )
        if self.relay is not None:
            self.relay.announce(document_id, entry)  # recorded when it comes back
        else:
            self.record(document_id, entry)

    def record(self, document_id: int, entry: Presence) -> None:
        """Note a presence (any thread); subscribers hear of it when it is new or changed."""
        with self._lock:
            people = self.presence.setdefault(document_id, {})
            previous = people.get(entry.user_id)
            people[entry.user_id] = entry
        if previous is None or (previous.section_id, previous.state, previous.delegation) != (
            entry.section_id,
            entry.state,
            entry.delegation,
        ):
            self._presence_changed(document_id)

    def forget(self, document_id: int, user_id: int) -> None:
        """A person left the document (any thread)."""
        with self._lock:
            people = self.presence.get(document_id, {})
            gone = people.pop(user_id, None) is not None
            if not people:
                self.presence.pop(document_id, None)
        if gone:
            self._presence_changed(document_id)

    def told_here(self, origin: str) -> list[tuple[int, Presence]]:
        """The live presences this process was told of itself (PostgreSQL: to re-announce)."""
        now = time.monotonic()
        with self._lock:
            return [
                (document_id, entry)
                for document_id, people in self.presence.items()
                for entry in people.values()
                if entry.origin == origin and entry.expires > now
            ]

    def present(self, document_id: int) -> list[Presence]:
        now = time.monotonic()
        with self._lock:
            people = self.presence.get(document_id, {})
            return sorted((p for p in people.values() if p.expires > now), key=lambda p: p.user_id)

    def presence_frame(self, document_id: int, viewer: Viewer) -> str:
        """Who is here, as this viewer is told (on the loop): rendered once per lens until it
        changes, so a change of presence costs one rendering per lens, not per subscriber."""
        cached = self._presence_frames.setdefault(document_id, {})
        lens = lens_of(viewer)
        text = cached.get(lens)
        if text is None:
            present = self.present(document_id)
            text = cached[lens] = events.frame(
                *events.render_presence(viewer, document_id, present)
            )
        return text

    def _presence_changed(self, document_id: int) -> None:
        loop = self.loop
        if loop is None or loop.is_closed():
            return
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(self._presence_moved, document_id)

    # --- on the loop -----------------------------------------------------------------------------

    def _people_told(self, people: capture.People) -> None:
        with self._lock:
            watchers = list(self.people_watchers)
        for watcher in watchers:
            try:
                watcher(people)
            except Exception:
                log.exception("live: a watcher failed")

    def _presence_moved(self, document_id: int) -> None:
        self._presence_frames.pop(document_id, None)
        self._fan_out(document_id, PRESENCE)

    def _fan_out(self, document_id: int, item: Item) -> None:
        with self._lock:
            group = list(self.subscribers.get(document_id, ()))
        for subscriber in group:
            self._offer(subscriber, item)

    def _offer(self, subscriber: Subscriber, item: Item) -> None:
        ended = subscriber.dropped  # ended already (draining, unreadable): not its speed
        if subscriber.offer(item):
            EVENTS.inc()
        else:
            if not ended:
                log.info(
                    "live: dropped a subscriber of document %s (too slow)", subscriber.document_id
                )
            with self._lock:
                self.subscribers.get(subscriber.document_id, set()).discard(subscriber)

    def _lenses(self) -> dict[int, dict[Lens, Viewer]]:
        """For each followed document, one viewer of each lens that follows it."""
        with self._lock:
            return {
                document_id: {s.lens: s.viewer for s in group}
                for document_id, group in self.subscribers.items()
            }

    async def _dispatch(self, inbox: asyncio.Queue[list[Change]]) -> None:
        while True:
            changes = await inbox.get()
            while not inbox.empty():
                changes = changes + inbox.get_nowait()
            with self._lock:
                watchers = list(self.watchers)
            for watcher in watchers:
                try:
                    watcher(changes)
                except Exception:
                    log.exception("live: a watcher failed")
            lenses = self._lenses()
            if not lenses:
                continue
            try:
                batches = await anyio.to_thread.run_sync(
                    events.render_batch,
                    self.engine,
                    changes,
                    lenses,
                    self.frames,
                    limiter=self.dispatching,
                )
            except Exception:
                log.exception("live: could not render %d changes", len(changes))
                continue
            self.batches += 1
            for document_id, batch in batches.items():
                self._hand_out(document_id, batch)

    def _hand_out(self, document_id: int, batch: events.Batch) -> None:
        with self._lock:
            group = list(self.subscribers.get(document_id, ()))
        snapshot, frames = batch.snapshot, batch.frames
        readable: dict[events.ReaderKey, bool] = {}  # decided once per reader key
        for subscriber in group:
            may = readable.get(subscriber.reader)
            if may is None:
                may = snapshot is not None and events.readable_now(subscriber.viewer, snapshot)
                readable[subscriber.reader] = may
            if not may:
                subscriber.end(UNREADABLE)
                continue
            # A subscriber whose lens joined after the batch was taken had not subscribed
            # when these changes were committed: a resumed stream replays them.
            for item in frames.get(subscriber.lens, ()):
                self._offer(subscriber, item)

    async def _expire(self) -> None:
        interval = max(0.05, min(1.0, self.settings.presence_seconds / 4))
        while True:
            await asyncio.sleep(interval)
            now = time.monotonic()
            ended: list[int] = []
            with self._lock:
                for document_id, people in list(self.presence.items()):
                    gone = [u for u, p in people.items() if p.expires <= now]
                    for user_id in gone:
                        del people[user_id]
                    if gone:
                        ended.append(document_id)
                    if not people:
                        del self.presence[document_id]
                for user_id, times in list(self._opened_by.items()):
                    if not times or times[-1] < now - REPEAT_SECONDS:
                        del self._opened_by[user_id]
            for document_id in ended:
                self._presence_moved(document_id)

    async def _tick(self) -> None:
        """Wake idle streams a few times per heartbeat: one clock for all of them, rather than a
        timer per stream armed and cancelled on every event."""
        interval = max(0.05, self.settings.heartbeat_seconds / 5)
        while True:
            await asyncio.sleep(interval)
            with self._lock:
                everyone = [s for group in self.subscribers.values() for s in group]
            for subscriber in everyone:
                if subscriber.queue.empty():  # one with something queued wakes anyway
                    subscriber.queue.put_nowait(TICK)

    async def close_streams(self) -> None:
        """End every stream with `shutdown` (the process is draining): browsers reconnect."""
        with self._lock:
            groups = [s for group in self.subscribers.values() for s in group]
        for subscriber in groups:
            subscriber.end(CLOSING)

    async def stop(self) -> None:
        tasks, self._tasks = self._tasks, []
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        with self._lock:
            groups = [s for group in self.subscribers.values() for s in group]
        for subscriber in groups:
            subscriber.end(CLOSING)
