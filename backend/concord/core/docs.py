"""The interactive API docs (`/docs`), served whole from this origin.

FastAPI's own page loads Swagger UI from a public CDN, at a floating version, without an integrity
check, on the origin of the session cookie: whoever controls that CDN file controls a signed-in
secretariat's browser. Here the page, its script and its styles come from this process: Swagger
UI's built files from the `swagger-ui-py` wheel (pinned, with its hash, in uv.lock; only its
static files are used), the start-up script below instead of an inline one, under the web app's
Content-Security-Policy. Off in production unless `CONCORD_API_DOCS=true`; ReDoc (CDN only) is
not offered.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from fastapi import APIRouter, FastAPI
from starlette.exceptions import HTTPException
from starlette.responses import FileResponse, HTMLResponse, Response

from concord.core import spa

OPENAPI_URL = "/openapi.json"
# Only what the page loads; the rest of the wheel's folder (the editor…) is not served.
ASSETS = {
    "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
    "swagger-ui.css": "text/css; charset=utf-8",
}
PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Concord API</title>
<link rel="stylesheet" href="/docs/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/start.js"></script>
</body>
</html>
"""
START = f"""window.ui = SwaggerUIBundle({{
  url: "{OPENAPI_URL}",
  dom_id: "#swagger-ui",
  layout: "BaseLayout",
  deepLinking: true,
  showExtensions: true,
  showCommonExtensions: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIBundle.SwaggerUIStandalonePreset],
}});
"""


def swagger_ui_dist() -> Path:
    return Path(str(files("swagger_ui") / "static"))


def _headers(cache: str) -> dict[str, str]:
    return {
        **spa.SECURITY_HEADERS,
        "Content-Security-Policy": spa.content_security_policy(),
        "Cache-Control": cache,
    }


router = APIRouter(include_in_schema=False)


@router.get("/docs")
def docs_page() -> HTMLResponse:
    return HTMLResponse(PAGE, headers=_headers("no-cache"))


@router.get("/docs/start.js")
def docs_start() -> Response:
    return Response(START, media_type="text/javascript", headers=_headers("no-cache"))


@router.get("/docs/{name}")
def docs_asset(name: str) -> FileResponse:
    if name not in ASSETS:
        raise HTTPException(status_code=404, detail="Not Found")
    return FileResponse(
        swagger_ui_dist() / name, media_type=ASSETS[name], headers=_headers(spa.SHORT)
    )


def install(app: FastAPI) -> None:
    app.include_router(router)
