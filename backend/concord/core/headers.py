"""Headers every response carries, and who the client is behind a reverse proxy.

API answers are personal (documents, positions, people): no cache may keep them, and no browser
may sniff a JSON error into HTML. Strict-Transport-Security is sent when the app is reached over
https: its public address says so, or a trusted proxy does (X-Forwarded-Proto).

X-Forwarded-For and X-Forwarded-Proto are believed only from `CONCORD_TRUSTED_PROXIES`
(uvicorn's own middleware, with an explicit list: none by default). `concord serve` runs uvicorn
without its proxy handling, which would otherwise trust any loopback peer.
"""

from __future__ import annotations

from fastapi import FastAPI
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from concord.core.config import Settings

API_PATHS = ("/api/", "/healthz")
HSTS = "max-age=31536000"
# scope[OUTER_SEND]: the `send` this, the outermost of the app's own middlewares, was given. An
# event stream sends its body through it (live/routes.py): every middleware inside acts on a
# response's start only, and passing each of hundreds of subscribers' frames through all of
# them cost more than writing it.
OUTER_SEND = "concord.outer_send"


class SecurityHeaders:
    """`X-Content-Type-Options: nosniff` everywhere, `Cache-Control: no-store` on the API
    (unless a route chose its own), HSTS over https."""

    def __init__(self, app: ASGIApp, *, https: bool) -> None:
        self.app = app
        self.https = https

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        api = scope["path"].startswith(API_PATHS)
        https = self.https or scope.get("scheme") == "https"
        scope[OUTER_SEND] = send

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                if api:
                    headers.setdefault("Cache-Control", "no-store")
                if https:
                    headers.setdefault("Strict-Transport-Security", HSTS)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def install(app: FastAPI, settings: Settings) -> None:
    app.add_middleware(SecurityHeaders, https=settings.https)
    if settings.trusted_proxies:
        # Outermost, so that the headers above see the scheme the proxy reports.
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=settings.trusted_proxies)
