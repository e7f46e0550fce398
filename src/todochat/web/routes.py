"""Serve the web app at `/` to browsers and its static files at `/static`.

The assets are plain files inside the package (ES modules, CSS, SVG): no CDN and no
build step, so a fresh install works offline. API clients asking `/` still get JSON.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from starlette.staticfiles import PathLike, StaticFiles
from starlette.types import Scope

from todochat.core.health import api_root

STATIC_DIR = Path(__file__).parent / "static"
INDEX_HTML = STATIC_DIR / "index.html"

# Explicit types: the platform's mimetypes table may call .js "text/plain" (some Windows
# and minimal containers), which browsers refuse for ES modules.
MEDIA_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".json": "application/json",
}

# The app loads nothing from elsewhere; the policy makes that a promise the browser keeps.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; "
    "object-src 'none'"
)

# Asset names carry no content hash, so browsers revalidate (cheap 304s via ETag) rather
# than keep a stale copy after an upgrade.
REVALIDATE = "no-cache"

router = APIRouter(tags=["web"])


def _quality(accept: str, media_type: str) -> float:
    """The q-value `accept` gives `media_type`, with the most specific range winning."""
    major = media_type.split("/", 1)[0]
    best: tuple[int, float] = (-1, 0.0)
    for part in accept.split(","):
        fields = [field.strip() for field in part.split(";")]
        range_ = fields[0].lower()
        if range_ == media_type:
            specificity = 2
        elif range_ == f"{major}/*":
            specificity = 1
        elif range_ == "*/*":
            specificity = 0
        else:
            continue
        quality = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if specificity > best[0]:
            best = (specificity, quality)
    return best[1]


def prefers_html(accept: str | None) -> bool:
    """Whether the client names HTML (not just `*/*`) at least as highly as JSON."""
    if not accept:
        return False
    html = max(_quality(accept, "text/html"), 0.0)
    explicit_html = any(
        part.split(";")[0].strip().lower() in ("text/html", "text/*") for part in accept.split(",")
    )
    return explicit_html and html > 0 and html >= _quality(accept, "application/json")


@router.get(
    "/",
    responses={200: {"content": {"text/html": {}}, "description": "The web app, for browsers"}},
)
async def root(request: Request) -> Response:
    """The API root as JSON; the web app for browsers (`Accept: text/html`)."""
    if prefers_html(request.headers.get("accept")):
        return FileResponse(
            INDEX_HTML,
            media_type=MEDIA_TYPES[".html"],
            headers={
                "Cache-Control": REVALIDATE,
                "Content-Security-Policy": CONTENT_SECURITY_POLICY,
                "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "no-referrer",
                "Vary": "Accept",
            },
        )
    body: dict[str, Any] = api_root()
    return JSONResponse(body, headers={"Vary": "Accept"})


class AppStaticFiles(StaticFiles):
    """Static files with explicit content types and revalidation headers."""

    def file_response(
        self,
        full_path: PathLike,
        stat_result: os.stat_result,
        scope: Scope,
        status_code: int = 200,
    ) -> Response:
        response = super().file_response(full_path, stat_result, scope, status_code)
        media_type = MEDIA_TYPES.get(Path(str(full_path)).suffix.lower())
        if media_type is not None and response.status_code != 304:
            response.headers["Content-Type"] = media_type
        response.headers["Cache-Control"] = REVALIDATE
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response


def install(app: FastAPI) -> None:
    """Add the root route and mount the static files on `app`."""
    app.include_router(router)
    app.mount("/static", AppStaticFiles(directory=STATIC_DIR), name="static")
