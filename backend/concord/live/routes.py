"""`GET /documents/{id}/events` (server-sent events) and `POST /documents/{id}/presence`."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import AsyncGenerator
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import StreamingResponse
from sqlmodel import Session
from starlette.types import Receive, Scope, Send

from concord.core.dependencies import IdPath, SessionDep, reads_only
from concord.core.errors import ERROR_RESPONSES
from concord.core.headers import OUTER_SEND
from concord.identity.dependencies import ViewerDep
from concord.live import capture, event_ids, events
from concord.live import lifespan as live
from concord.live.dependencies import Subscription, SubscriptionDep
from concord.live.hub import (
    CLOSING,
    DROPPED,
    PRESENCE,
    UNREADABLE,
    Hub,
    Item,
    LiveSettings,
    Subscriber,
)
from concord.live.schemas import EndEvent, PresenceUpdate, Ready

router = APIRouter(tags=["live"], responses=ERROR_RESPONSES, lifespan=live.lifespan)

EVENTS = """Server-sent events (`text/event-stream`) about one document, for as long as the
connection stays open. Same authentication as the API (session cookie or bearer token);
404 when the document does not exist for the caller.

Each event is `event: <name>` and `data: <JSON object>`; events about a committed change also
carry `id: <sealed position>`: an opaque token (the change's place in the server's log, sealed
with AES-SIV: it shows neither order nor how many changes there were). Events are sent only
after the change is committed, and only with what the subscriber may read through the API at
that moment: people of an unannounced delegation are `{"id": null, "name": "Undisclosed
participant"}`, and an event whose very existence would reveal what the subscriber may not see
(an internal comment of another delegation, anything by a delegation it may not know of) is not
sent at all. Fetch the object through the API for its full content.

- `ready` `{document_id, status, heartbeat_seconds, presence_seconds}`: first, on connect.
- `version` `{document_id, section_id, number, base_version, merged, content_hash, author,
  delegation}`: a new version (a save or an accepted amendment).
- `section` `{document_id, section_id, action: inserted|moved|updated|retired, kind,
  position, actor}`.
- `comment` `{document_id, section_id, language, comment_id, parent_id, action:
  created|edited|resolved|reopened, visibility, resolved, author, actor}` (`language` set:
  on the section's translation into it).
- `translation` `{document_id, section_id, language, number, source_version, content_hash,
  author, delegation}`: a section's translation has a new version.
- `amendment` `{document_id, section_id, amendment_id, action:
  proposed|accepted|rejected|withdrawn, status, result_version, proposer, delegation, actor}`.
- `approval` `{document_id, section_id, version, action: set|changed|confirmed|withdrawn,
  delegation, decision, withdrawn, actor}`.
- `lifecycle` `{document_id, action: updated|revision_created|circulated|silence_started|
  silence_broken|adopted|reopened, status, revision, deadline, via, delegation, actor}`
  (`actor` null: the system adopted when silence ran out).
- `presence` `{document_id, people: [{user, delegation, section_id, state:
  viewing|editing}]}`: everyone present now whom the subscriber may know of (people of an
  unannounced delegation are listed only to the secretariat and to their own delegation);
  sent on connect and whenever it changes.
- `end` `{reason: session_expired|not_found|overflow|shutdown}`: the server closes the
  stream (the right to read the document is checked with every event, the credential and
  memberships about every 15 s). After `overflow` or `shutdown` reconnect and reload; after
  the others do not.

A comment line (`: keep-alive`) is sent about every 15 s when nothing else is. `once=true`
sends `ready` and `presence` and closes (a snapshot of who is here).

The first line is `retry: <ms>`: how long to wait before reconnecting should the connection
drop. It is random (3 to 6 s when calm), so that browsers dropped together do not return
together, and grows (up to 60 s) when the same person reconnects often or many streams
opened on the server recently.

Resuming: a reconnection with `Last-Event-ID: <id>` (browsers send the last `id:` they got)
first replays, after `ready`, the changes committed after that one that the subscriber may see
now, then carries on live. When more than 500 changes were missed the stream sends `end`
`{reason: overflow}` instead: reload. So it does for an id that was not sent by this server for
this document (malformed, forged, or from before a change of secret key): no position is known,
so nothing can be replayed."""

NAMES = [
    "ready",
    "version",
    "section",
    "comment",
    "amendment",
    "approval",
    "lifecycle",
    "translation",
]
# One server-sent event; `data` is the JSON text of the object described above.
EVENT_SCHEMA = {
    "type": "object",
    "properties": {
        "event": {"type": "string", "enum": [*NAMES, "presence", "end"]},
        "data": {"type": "string", "contentMediaType": "application/json"},
        "id": {
            "type": "string",
            "description": "The change's sealed position: opaque, for `Last-Event-ID`.",
        },
        "retry": {"type": "integer"},
    },
}
STREAM_HEADERS = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}


class EventStream(StreamingResponse):
    """A StreamingResponse whose body skips the app's middlewares (see core/headers.py
    OUTER_SEND): the start of the response goes through them (headers, admission), then each
    frame goes straight to the server."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self._outer: Send | None = scope.get(OUTER_SEND)
        await super().__call__(scope, receive, send)

    async def stream_response(self, send: Send) -> None:
        await send(
            {"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers}
        )
        write = self._outer or send
        async for chunk in self.body_iterator:
            body = chunk if isinstance(chunk, bytes) else str(chunk).encode()
            await write({"type": "http.response.body", "body": body, "more_body": True})
        await send({"type": "http.response.body", "body": b"", "more_body": False})


def _recheck(hub: Hub, subscriber: Subscriber) -> str | None:
    """Who the subscriber is now (their credential, memberships, right to read), in a short
    session of its own; why the stream must end, if it must. In a worker thread."""
    with Session(hub.engine) as session:
        audience = events.audience(session, subscriber.credential, subscriber.document_id)
    if isinstance(audience, str):
        return audience
    subscriber.viewer = audience.viewer
    return None


def _replay(hub: Hub, subscriber: Subscriber, after: int) -> tuple[list[str], int]:
    """What the subscriber missed after seq `after`, judged like live changes, and the newest
    seq looked at (queued changes up to it were replayed already). In a worker thread."""
    limit = hub.settings.replay_limit
    with Session(hub.engine) as session:
        missed = capture.after(session, after, limit + 1)
        if len(missed) > limit:
            return [events.frame("end", EndEvent(reason="overflow"))], after
        told = events.replay(session, subscriber.viewer, subscriber.document_id, missed, hub.frames)
    if isinstance(told, str):
        return [events.frame("end", EndEvent(reason=told))], after
    return [text for _seq, text in told], missed[-1].seq if missed else after


# A `Last-Event-ID` that does not open: the stream cannot know what was missed.
NO_POSITION = -1


def last_event_id(request: Request, document_id: int) -> int | None:
    """The seq a reconnecting browser last saw (its `Last-Event-ID`, sealed for this document),
    None when it sent none, `NO_POSITION` when what it sent does not open."""
    value = request.headers.get("last-event-id")
    if value is None or not value.strip():
        return None
    seq = event_ids.open_id(value, document_id)
    return NO_POSITION if seq is None else seq


def _drain(queue: asyncio.Queue[Item]) -> list[Item]:
    """Whatever else is queued already."""
    items: list[Item] = []
    while not queue.empty():
        items.append(queue.get_nowait())
    return items


ENDINGS = {DROPPED: "overflow", CLOSING: "shutdown", UNREADABLE: "not_found"}


def _heartbeat(settings: LiveSettings) -> float:
    """A heartbeat a little shorter or longer each time: streams that opened together (after a
    restart) do not all re-check at the same moment."""
    return settings.heartbeat_seconds * random.uniform(0.8, 1.2)  # noqa: S311 (jitter)


async def _stream(
    hub: Hub, subscription: Subscription, once: bool, resume_after: int | None = None
) -> AsyncGenerator[str, None]:
    settings = hub.settings
    await hub.ready()
    document = subscription.document
    assert document.id is not None
    yield f"retry: {hub.retry_ms(subscription.viewer.id)}\n\n"
    ready = Ready(
        document_id=document.id,
        status=document.status,
        heartbeat_seconds=settings.heartbeat_seconds,
        presence_seconds=settings.presence_seconds,
    )
    yield events.frame("ready", ready)
    if once:
        yield hub.presence_frame(document.id, subscription.viewer)
        return
    subscriber = hub.subscribe(document.id, subscription.credential, subscription.viewer)
    try:
        # Subscribed first, then the replay and the snapshot: nothing in between is lost.
        replayed = 0
        if resume_after == NO_POSITION:
            yield events.frame("end", EndEvent(reason="overflow"))
            return
        if resume_after is not None:
            frames, replayed = await hub.run_sync(_replay, hub, subscriber, resume_after)
            for text in frames:
                yield text
                if text.startswith("event: end"):
                    return
        # Presence is sent when what this subscriber sees of it changed: someone they may not
        # know of coming or going sends nothing at all.
        told = hub.presence_frame(document.id, subscriber.viewer)
        yield told
        recheck_at = time.monotonic() + _heartbeat(settings)
        while True:
            # Idle, a stream holds no connection and no timer: it waits on its queue, which the
            # dispatcher fills with frames rendered already and the hub's clock ticks into.
            items = [await subscriber.queue.get(), *_drain(subscriber.queue)]
            for why, reason in ENDINGS.items():
                if why in items:
                    yield events.frame("end", EndEvent(reason=reason))
                    return
            # Everything that came at once leaves in one write.
            out = [item[1] for item in items if isinstance(item, tuple) and item[0] > replayed]
            if PRESENCE in items:
                present = hub.presence_frame(document.id, subscriber.viewer)
                if present != told:
                    told = present
                    out.append(present)
            if time.monotonic() >= recheck_at:
                ended = await hub.run_sync(_recheck, hub, subscriber)
                if ended is not None:
                    yield events.frame("end", EndEvent(reason=ended))
                    return
                recheck_at = time.monotonic() + _heartbeat(settings)
                if not out:
                    out.append(": keep-alive\n\n")
            if out:
                yield "".join(out)
    finally:
        hub.unsubscribe(subscriber)


@router.get(
    "/documents/{document_id}/events",
    response_class=StreamingResponse,
    description=EVENTS,
    responses={200: {"content": {"text/event-stream": {"schema": EVENT_SCHEMA}}}},
)
async def document_events(
    request: Request,
    subscription: SubscriptionDep,
    once: Annotated[bool, Query(description="Send `ready` and `presence`, then close.")] = False,
) -> StreamingResponse:
    """Follow a document live: versions, sections, comments, amendments, approvals, lifecycle
    and presence."""
    hub = live.hub_of(request.app)
    return EventStream(
        _stream(hub, subscription, once, last_event_id(request, subscription.document.id or 0)),
        media_type="text/event-stream",
        headers=STREAM_HEADERS,
    )


# Presence is not stored: its session reads only (on SQLite it takes no write lock).
@router.post(
    "/documents/{document_id}/presence", status_code=204, dependencies=[Depends(reads_only)]
)
def announce_presence(
    document_id: IdPath,
    data: PresenceUpdate,
    request: Request,
    session: SessionDep,
    viewer: ViewerDep,
) -> Response:
    """Say that you are viewing or editing the document (or one section); renew within 30 s."""
    events.check_presence(session, viewer, document_id, data.section_id)
    live.hub_of(request.app).touch(document_id, viewer, data.section_id, data.state)
    return Response(status_code=204)
