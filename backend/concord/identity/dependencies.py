"""Who is calling: a bearer token (scripts) or the session cookie (browser), never both trusted
blindly. Cookie-authenticated writes must be same-origin JSON (cross-site request forgery)."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlsplit

from fastapi import Depends, Request
from fastapi.security import APIKeyCookie, HTTPAuthorizationCredentials, HTTPBearer
from sqlmodel import Session

from concord.audit import service as audit
from concord.core.config import get_settings
from concord.core.dependencies import READ_METHODS, SessionDep
from concord.core.errors import Forbidden, Unauthenticated
from concord.identity import service as identity
from concord.identity import sessions
from concord.identity.access import Viewer, viewer_with
from concord.identity.models import Delegation, User

bearer = HTTPBearer(
    auto_error=False, description="A personal access token (`concord token create`)."
)
cookie = APIKeyCookie(
    name=sessions.COOKIE, auto_error=False, description="The browser session (POST /auth/login)."
)


class CrossSiteRefused(Forbidden):
    code = "cross_site_refused"


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


UPLOAD = "multipart/form-data"


def check_same_origin(request: Request) -> None:
    """A cookie-authenticated write must come from our own pages, as JSON, or as a file upload
    (a Word or Markdown draft) that names our own origin: another site's form may post
    multipart without asking, so an upload without an `Origin` header is refused."""
    if request.method in READ_METHODS:
        return
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == UPLOAD:
        if request.headers.get("origin") is None:
            raise CrossSiteRefused("A browser upload must say where it comes from.")
    elif request.method != "DELETE" and content_type != "application/json":
        raise CrossSiteRefused("Browser writes must be JSON or a file upload.")
    check_origin(request)


def check_origin(request: Request) -> None:
    """The request comes from our own pages (Origin, or else Sec-Fetch-Site)."""
    allowed = {_origin(get_settings().public_url), _origin(str(request.base_url))}
    origin = request.headers.get("origin")
    if origin is not None:
        if origin.lower() not in allowed:
            raise CrossSiteRefused("The request comes from another site.")
    elif request.headers.get("sec-fetch-site") != "same-origin":
        raise CrossSiteRefused("The request does not say where it comes from.")


Caller = tuple[User, Delegation | None]
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
SessionSecret = Annotated[str | None, Depends(cookie)]


def authenticate(
    request: Request,
    session: Session,
    credentials: HTTPAuthorizationCredentials | None,
    session_secret: str | None,
) -> Caller:
    """The person calling and their delegation, found by one statement."""
    caller: Caller | None
    if credentials is not None:
        caller = identity.caller_for_token(session, credentials.credentials)
        if caller is None:
            raise Unauthenticated("The token is unknown, revoked or its owner disabled.")
    elif session_secret:
        caller = sessions.caller_for_session(session, session_secret)
        if caller is None:
            raise Unauthenticated("The session has ended; sign in again.", code="session_expired")
        check_same_origin(request)
    else:
        raise Unauthenticated("Sign in or send `Authorization: Bearer <token>`.")
    audit.act_as(session, caller[0].id)
    request.state.person_id = caller[0].id  # for the request's log line (core/telemetry.py)
    return caller


# `current_user` and `current_viewer` each authenticate (no route needs both): every sync
# dependency is a trip through the thread pool, and the viewer needs only one.
def current_user(
    request: Request, session: SessionDep, credentials: Credentials, session_secret: SessionSecret
) -> User:
    return authenticate(request, session, credentials, session_secret)[0]


CurrentUser = Annotated[User, Depends(current_user)]


def current_viewer(
    request: Request, session: SessionDep, credentials: Credentials, session_secret: SessionSecret
) -> Viewer:
    """Also called directly by a route that does all its work in one worker-thread trip: it
    takes `Credentials` and `SessionSecret` (resolved on the event loop) instead of ViewerDep."""
    return viewer_with(session, *authenticate(request, session, credentials, session_secret))


ViewerDep = Annotated[Viewer, Depends(current_viewer)]


def secretariat(viewer: ViewerDep) -> Viewer:
    if not viewer.secretariat:
        raise Forbidden("Only the secretariat may do this.", code="secretariat_only")
    return viewer


SecretariatDep = Annotated[Viewer, Depends(secretariat)]
