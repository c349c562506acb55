"""The subscriber of a stream: who they are, how they signed in, and that they may read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials

from concord.core.dependencies import IdPath, SessionDep
from concord.drafting.models import Document
from concord.identity.access import Viewer
from concord.identity.dependencies import ViewerDep, bearer, cookie
from concord.live import events
from concord.live.hub import Credential


@dataclass(frozen=True)
class Subscription:
    document: Document
    viewer: Viewer
    credential: Credential


def subscription(
    document_id: IdPath,
    session: SessionDep,
    viewer: ViewerDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    session_secret: Annotated[str | None, Depends(cookie)],
) -> Subscription:
    """Resolved in a worker thread with the request's session, which is released before the
    stream starts; the stream re-checks the same credential with short sessions of its own."""
    document = events.readable_document(session, viewer, document_id)
    # The same precedence as `current_user`: a bearer token wins over the cookie.
    if credentials is not None:
        credential = Credential("bearer", credentials.credentials)
    else:
        credential = Credential("cookie", session_secret or "")
    return Subscription(document, viewer, credential)


SubscriptionDep = Annotated[Subscription, Depends(subscription)]
