"""The web app (frontend/dist, built by Vite) served by the API's own process.

Mounted as the router's fallback: it sees only requests no API route matched, so a wrong method on
an API path still answers 405 and an unknown `/api/...` path still answers the JSON 404. Any other
GET is a file of the build, or `index.html` for the app's deep links (`/documents/3/sections/7`).
"""

from __future__ import annotations

from pathlib import Path

from starlette.exceptions import HTTPException
from starlette.responses import FileResponse, HTMLResponse, Response
from starlette.types import Receive, Scope, Send

from concord.core.config import get_settings

REPO_ROOT = Path(__file__).resolve().parents[3]
DEFAULT_DIST = REPO_ROOT / "frontend" / "dist"
# Vite puts content-hashed files here: safe to cache for a year.
ASSETS = "assets/"
IMMUTABLE = "public, max-age=31536000, immutable"
SHORT = "public, max-age=3600"


def content_security_policy() -> str:
    """The app loads only its own scripts, styles and API: no inline script or style element
    (React's style props go through the CSSOM, which the policy does not restrict)."""
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
            "form-action 'self'",
        ]
    )


SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; object-src 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}
NOT_BUILT = """<!doctype html><html lang="en"><meta charset="utf-8"><title>Concord</title>
<p>The web app has not been built. Run <code>./dev serve</code> (it builds <code>frontend/</code>),
or <code>npm ci &amp;&amp; npm run build</code> in <code>frontend/</code>.
The API is at <a href="/api/v1/healthz">/api/v1</a>.</p></html>"""


def dist_dir() -> Path:
    """Where the built app is: `CONCORD_WEB_DIST`, or frontend/dist in the source tree."""
    configured = get_settings().web_dist
    return configured.resolve() if configured else DEFAULT_DIST


def is_asset(scope: Scope) -> bool:
    """A request for one of the built app's content-hashed files (core/admission.py lets it
    take no person's share)."""
    return scope["method"] in ("GET", "HEAD") and scope["path"].startswith("/" + ASSETS)


class SinglePageApp:
    """ASGI app for requests no route matched: static files, else index.html, else a 404."""

    def __init__(self, dist: Path) -> None:
        self.dist = dist.resolve()
        self._index: tuple[float, str] | None = None

    def _index_html(self) -> str | None:
        """index.html, re-read when the build changes it (`./dev web` while serving)."""
        index = self.dist / "index.html"
        try:
            mtime = index.stat().st_mtime
            if self._index is None or self._index[0] != mtime:
                self._index = (mtime, index.read_text(encoding="utf-8"))
        except OSError:
            return None
        return self._index[1]

    def _file(self, path: str) -> Path | None:
        if not path or "\x00" in path:
            return None
        candidate = (self.dist / path).resolve()
        if self.dist not in candidate.parents or not candidate.is_file():
            return None
        return candidate

    def response(self, method: str, path: str) -> Response:
        relative = path.lstrip("/")
        if method not in ("GET", "HEAD") or relative == "api" or relative.startswith("api/"):
            raise HTTPException(status_code=404, detail="Not Found")
        found = self._file(relative)
        if found is not None and found.name != "index.html":
            cache = IMMUTABLE if relative.startswith(ASSETS) else SHORT
            return FileResponse(found, headers={**SECURITY_HEADERS, "Cache-Control": cache})
        if relative.startswith(ASSETS) or ("." in relative.rsplit("/", 1)[-1] and found is None):
            # A missing file is a 404, not the app: a stale asset URL must not load HTML.
            raise HTTPException(status_code=404, detail="Not Found")
        headers = {
            **SECURITY_HEADERS,
            "Content-Security-Policy": content_security_policy(),
            "Cache-Control": "no-cache",
        }
        page = self._index_html()
        if page is None:
            return HTMLResponse(NOT_BUILT, status_code=503, headers=headers)
        return HTMLResponse(page, headers=headers)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            raise HTTPException(status_code=404, detail="Not Found")
        response = self.response(scope["method"], scope["path"])
        await response(scope, receive, send)
