"""The subscriber of a stream: who they are, how they signed in, and that they may read.

Opening a stream checks the caller in a single trip to a worker thread, through the hub's small
capacity limiter, with the request's session (which takes its connection only then and gives it
back as the stream starts): 500 browsers reconnecting at once queue for a few connections
instead of taking the pool and the worker threads from every other request.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request

from concord.core.dependencies import IdPath, SessionDep
from concord.drafting.models import Document
from concord.identity.access import Viewer, viewer_with
from concord.identity.dependencies import Credentials, SessionSecret, authenticate
from concord.live import events
from concord.live import lifespan as live
from concord.live.shared import Credential


@dataclass(frozen=True)
class Subscription:
    document: Document
    viewer: Viewer
    credential: Credential


async def subscription(
    request: Request,
    document_id: IdPath,
    session: SessionDep,
    credentials: Credentials,
    session_secret: SessionSecret,
) -> Subscription:
    """The same checks as any API read (401 unauthenticated, 404 unreadable document); the
    stream re-checks the same credential with short sessions of its own."""
    hub = live.hub_of(request.app)

    def check() -> Subscription:
        viewer = viewer_with(session, *authenticate(request, session, credentials, session_secret))
        document = events.readable_document(session, viewer, document_id)
        # The same precedence as `authenticate`: a bearer token wins over the cookie.
        if credentials is not None:
            credential = Credential("bearer", credentials.credentials)
        else:
            credential = Credential("cookie", session_secret or "")
        return Subscription(document, viewer, credential)

    return await hub.run_sync(check)


SubscriptionDep = Annotated[Subscription, Depends(subscription)]
