"""In-app notifications, preferences and the e-mails' one-click unsubscribe."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, StreamingResponse

from concord.core.dependencies import SessionDep
from concord.core.errors import ERROR_RESPONSES, ErrorBody, Invalid, NotFound
from concord.identity.dependencies import ViewerDep
from concord.identity.models import User
from concord.live.routes import STREAM_HEADERS, EventStream
from concord.notify import bell, preferences, service, unsubscribe
from concord.notify.models import NotificationKind
from concord.notify.schemas import (
    MarkedRead,
    MarkRead,
    NotificationPage,
    PreferencesPublic,
    PreferencesUpdate,
    Unsubscribed,
)
from concord.notify.views import notification_public

router = APIRouter(tags=["notifications"], responses=ERROR_RESPONSES)
PAGE = 50
BAD_LINK: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "`unsubscribe_link_invalid`."}
}


class UnsubscribeLinkInvalid(NotFound):
    code = "unsubscribe_link_invalid"


@router.get("/notifications")
def list_notifications(
    session: SessionDep,
    viewer: ViewerDep,
    limit: Annotated[int, Query(ge=1, le=200)] = PAGE,
    before: Annotated[int | None, Query(ge=1, le=2_147_483_647)] = None,
) -> NotificationPage:
    """My notifications, newest first, with how many are unread."""
    rows = service.list_for(session, viewer.id, limit=limit, before=before)
    chosen = preferences.load(session, viewer.id)
    return NotificationPage(
        items=[notification_public(row, chosen) for row in rows],
        unread=service.unread_count(session, viewer.id),
        next_before=rows[-1].id if len(rows) == limit else None,
    )


@router.post("/notifications/read")
def mark_notifications_read(
    session: SessionDep, viewer: ViewerDep, body: MarkRead | None = None
) -> MarkedRead:
    """Mark my notifications read: those named, or all."""
    marked = service.mark_read(session, viewer.id, body.ids if body is not None else None)
    return MarkedRead(marked=marked, unread=service.unread_count(session, viewer.id))


BELL_EVENTS = """Server-sent events (`text/event-stream`): my unread notifications, live, for
as long as the connection stays open. Same authentication as the API (session cookie or bearer
token). The stream carries my own count and nothing else: read the notifications through
`GET /notifications`.

- `unread` `{unread}`: first, on connect, then whenever the count changes: a notification
  committed for me (a reminder too), or mine read, also in another tab or on another device.
- `end` `{reason: session_expired|shutdown}`: the server closes the stream; after `shutdown`
  reconnect, after `session_expired` do not.

A comment line (`: keep-alive`) is sent about every 15 s when nothing else is. The first line is
`retry: <ms>`, as on a document's stream. `once=true` sends `unread` and closes."""
BELL_SCHEMA = {
    "type": "object",
    "properties": {
        "event": {"type": "string", "enum": ["unread", "end"]},
        "data": {"type": "string", "contentMediaType": "application/json"},
        "retry": {"type": "integer"},
    },
}


@router.get(
    "/notifications/events",
    response_class=StreamingResponse,
    description=BELL_EVENTS,
    responses={200: {"content": {"text/event-stream": {"schema": BELL_SCHEMA}}}},
)
async def notification_events(
    request: Request,
    opened: bell.OpenedDep,
    once: Annotated[bool, Query(description="Send `unread`, then close.")] = False,
) -> StreamingResponse:
    """Follow my unread notifications' count live (the bell)."""
    return EventStream(
        bell.ring(bell.bell_of(request.app), opened, once=once),
        media_type="text/event-stream",
        headers=STREAM_HEADERS,
    )


def _public(chosen: preferences.Chosen) -> PreferencesPublic:
    return PreferencesPublic(
        timezone=chosen.timezone,
        email=chosen.email,
        attachments=chosen.attachments,
        modes={kind: chosen.mode(kind) for kind in NotificationKind},
        language=chosen.language,
    )


@router.get("/notifications/preferences")
def get_notification_preferences(session: SessionDep, viewer: ViewerDep) -> PreferencesPublic:
    """What I am told of, how, in which time zone and language."""
    return _public(preferences.load(session, viewer.id))


@router.patch("/notifications/preferences")
def update_notification_preferences(
    session: SessionDep, viewer: ViewerDep, body: PreferencesUpdate
) -> PreferencesPublic:
    """Change what I am told of, how, my time zone, or my language (interface and e-mails)."""
    if body.timezone is not None and not preferences.valid_timezone(body.timezone):
        raise Invalid(
            "Unknown time zone: use an IANA name such as Europe/Paris.",
            code="unknown_timezone",
            details={"field": "timezone"},
        )
    chosen = preferences.save(
        session,
        viewer.id,
        timezone=body.timezone,
        email=body.email,
        attachments=body.attachments,
        modes=body.modes,
        language=body.language,
    )
    return _public(chosen)


Token = Annotated[str, Query(min_length=1, max_length=500)]


# The page is HTML; its refusals are the API's JSON errors (documented as such, not as HTML).
_JSON_ERROR = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}
PAGE_REFUSALS: dict[int | str, dict[str, Any]] = {
    404: {"description": "`unsubscribe_link_invalid`.", "content": _JSON_ERROR},
    422: {
        "description": "Malformed input; `details.field` names the field.",
        "content": _JSON_ERROR,
    },
}


@router.get("/notifications/unsubscribe", response_class=HTMLResponse, responses=PAGE_REFUSALS)
def unsubscribe_page(token: Token) -> HTMLResponse:
    """A page confirming the unsubscribe link (the change itself is the POST)."""
    found = unsubscribe.read(token)
    if found is None:
        raise UnsubscribeLinkInvalid("This unsubscribe link is not valid.")
    kind = found.kind.value.replace("_", " ")
    return HTMLResponse(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Unsubscribe</title>"
        "</head><body><form method='post'>"
        f"<p>Stop e-mails about: {kind}?</p>"
        "<button type='submit'>Stop these e-mails</button></form></body></html>"
    )


@router.post("/notifications/unsubscribe", responses=BAD_LINK)
def unsubscribe_one_click(session: SessionDep, token: Token) -> Unsubscribed:
    """One-click unsubscribe (RFC 8058): that kind of e-mail stops for the link's person."""
    found = unsubscribe.read(token)
    if found is None:
        raise UnsubscribeLinkInvalid("This unsubscribe link is not valid.")
    if session.get(User, found.user_id) is None:
        raise UnsubscribeLinkInvalid("This unsubscribe link is not valid.")
    preferences.save(session, found.user_id, modes={found.kind: "off"})
    return Unsubscribed(kind=found.kind, mode="off")
