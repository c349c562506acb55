"""`GET /documents/{id}/events` (server-sent events) and `POST /documents/{id}/presence`."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncGenerator
from typing import Annotated

import anyio.to_thread
from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import StreamingResponse
from sqlmodel import Session

from concord.core.dependencies import IdPath, SessionDep, reads_only
from concord.core.errors import ERROR_RESPONSES
from concord.identity.dependencies import ViewerDep
from concord.live import capture, events
from concord.live import hub as live
from concord.live.capture import Change
from concord.live.dependencies import Subscription, SubscriptionDep
from concord.live.hub import CLOSING, DROPPED, PRESENCE, Hub, Item, Subscriber
from concord.live.schemas import EndEvent, PresenceUpdate, Ready

router = APIRouter(tags=["live"], responses=ERROR_RESPONSES, lifespan=live.lifespan)

EVENTS = """Server-sent events (`text/event-stream`) about one document, for as long as the
connection stays open. Same authentication as the API (session cookie or bearer token);
404 when the document does not exist for the caller.

Each event is `event: <name>` and `data: <JSON object>`; events about a committed change
also carry `id: <audit seq>`. Events are sent only after the change is committed, and only
with what the subscriber may read through the API at that moment: people of an unannounced
delegation are `{"id": null, "name": "Undisclosed participant"}`, and an event whose very
existence would reveal what the subscriber may not see (an internal comment of another
delegation, anything by a delegation it may not know of) is not sent at all. Fetch the
object through the API for its full content.

- `ready` `{document_id, status, heartbeat_seconds, presence_seconds}`: first, on connect.
- `version` `{document_id, section_id, number, base_version, merged, content_hash, author,
  delegation}`: a new version (a save or an accepted amendment).
- `section` `{document_id, section_id, action: inserted|moved|updated|retired, kind,
  position, actor}`.
- `comment` `{document_id, section_id, comment_id, parent_id, action:
  created|edited|resolved|reopened, visibility, resolved, author, actor}`.
- `amendment` `{document_id, section_id, amendment_id, action:
  proposed|accepted|rejected|withdrawn, status, result_version, proposer, delegation, actor}`.
- `approval` `{document_id, section_id, version, action: set|changed|confirmed|withdrawn,
  delegation, decision, withdrawn, actor}`.
- `lifecycle` `{document_id, action: updated|revision_created|circulated|silence_started|
  silence_broken|adopted|reopened, status, revision, deadline, via, delegation, actor}`
  (`actor` null: the system adopted when silence ran out).
- `presence` `{document_id, people: [{user, delegation, section_id, state:
  viewing|editing}]}`: everyone present now; sent on connect and whenever it changes.
- `end` `{reason: session_expired|not_found|overflow|shutdown}`: the server closes the
  stream (access is re-checked on every event and heartbeat). After `overflow` or
  `shutdown` reconnect and reload; after the others do not.

A comment line (`: keep-alive`) is sent every 15 s when nothing else is. `once=true` sends
`ready` and `presence` and closes (a snapshot of who is here).

Resuming: a reconnection with `Last-Event-ID: <seq>` (browsers send the last `id:` they got)
first replays, after `ready`, the changes committed after that seq that the subscriber may see
now, then carries on live. When more than 500 changes were missed the stream sends `end`
`{reason: overflow}` instead: reload. An id that is not a number is ignored."""

NAMES = ["ready", "version", "section", "comment", "amendment", "approval", "lifecycle"]
# One server-sent event; `data` is the JSON text of the object described above.
EVENT_SCHEMA = {
    "type": "object",
    "properties": {
        "event": {"type": "string", "enum": [*NAMES, "presence", "end"]},
        "data": {"type": "string", "contentMediaType": "application/json"},
        "id": {"type": "string", "description": "The audit seq of the change."},
        "retry": {"type": "integer"},
    },
}
STREAM_HEADERS = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}


def _judge(hub: Hub, subscriber: Subscriber, changes: list[Change], presence: bool) -> list[str]:
    """Re-check the subscriber and render what they are told (in a worker thread)."""
    with Session(hub.engine) as session:
        audience = events.audience(session, subscriber.credential, subscriber.document_id)
        if isinstance(audience, str):
            return [events.frame("end", EndEvent(reason=audience))]
        subscriber.viewer = audience.viewer
        frames = []
        for change in changes:
            rendered = events.render(session, audience, change)
            if rendered is not None:
                frames.append(events.frame(*rendered, event_id=change.seq))
    if presence:
        present = hub.present(subscriber.document_id)
        name, data = events.render_presence(audience.viewer, subscriber.document_id, present)
        frames.append(events.frame(name, data))
    return frames


def _replay(hub: Hub, subscriber: Subscriber, after: int) -> tuple[list[str], int]:
    """What the subscriber missed after seq `after`, judged like live changes, and the newest
    seq looked at (queued changes up to it were replayed already). In a worker thread."""
    limit = hub.settings.replay_limit
    with Session(hub.engine) as session:
        missed = capture.after(session, after, limit + 1)
    if len(missed) > limit:
        return [events.frame("end", EndEvent(reason="overflow"))], after
    routed = events.documents_of(hub.engine, missed)
    mine = [change for change, document_id in routed if document_id == subscriber.document_id]
    frames = _judge(hub, subscriber, mine, presence=False) if mine else []
    return frames, missed[-1].seq if missed else after


def last_event_id(request: Request) -> int | None:
    """The seq a reconnecting browser last saw (its `Last-Event-ID`), if it sent a usable one."""
    value = request.headers.get("last-event-id", "").strip()
    return int(value) if value.isdigit() and len(value) < 19 else None


def _drain(queue: asyncio.Queue[Item], first: Item) -> list[Item]:
    items = [first]
    while not queue.empty():
        items.append(queue.get_nowait())
    return items


async def _stream(
    hub: Hub, subscription: Subscription, once: bool, resume_after: int | None = None
) -> AsyncGenerator[str, None]:
    settings = hub.settings
    await hub.ready()
    document = subscription.document
    assert document.id is not None
    yield f"retry: {settings.retry_ms}\n\n"
    ready = Ready(
        document_id=document.id,
        status=document.status,
        heartbeat_seconds=settings.heartbeat_seconds,
        presence_seconds=settings.presence_seconds,
    )
    yield events.frame("ready", ready)
    if once:
        present = hub.present(document.id)
        yield events.frame(*events.render_presence(subscription.viewer, document.id, present))
        return
    subscriber = hub.subscribe(document.id, subscription.credential, subscription.viewer)
    try:
        # Subscribed first, then the replay and the snapshot: nothing in between is lost.
        replayed = 0
        if resume_after is not None:
            frames, replayed = await anyio.to_thread.run_sync(
                _replay, hub, subscriber, resume_after
            )
            for text in frames:
                yield text
                if text.startswith("event: end"):
                    return
        present = hub.present(document.id)
        yield events.frame(*events.render_presence(subscription.viewer, document.id, present))
        while True:
            items: list[Item] = []
            with contextlib.suppress(TimeoutError):
                first = await asyncio.wait_for(subscriber.queue.get(), settings.heartbeat_seconds)
                items = _drain(subscriber.queue, first)
            for why, reason in ((DROPPED, "overflow"), (CLOSING, "shutdown")):
                if why in items:
                    yield events.frame("end", EndEvent(reason=reason))
                    return
            changes = [item for item in items if isinstance(item, Change) and item.seq > replayed]
            frames = await anyio.to_thread.run_sync(
                _judge, hub, subscriber, changes, PRESENCE in items
            )
            for text in frames:
                yield text
                if text.startswith("event: end"):
                    return
            if not items:
                yield ": keep-alive\n\n"
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
    return StreamingResponse(
        _stream(hub, subscription, once, last_event_id(request)),
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
