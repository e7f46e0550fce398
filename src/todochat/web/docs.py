"""The API's documentation pages: Swagger UI at `/docs` and ReDoc at `/redoc`, offline.

Their scripts and styles are files installed with `fastapi-offline` (a package made to
ship them), served from `/docs/assets`; FastAPI's own pages would load them from a CDN
and so stay blank without internet. The pages are ours and carry no inline script (Swagger
UI starts from `/static/api-docs/swagger-init.js`), so their Content-Security-Policy
allows this host only (ReDoc's page also allows inline styles, which it writes).
"""

from __future__ import annotations

from html import escape

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

from todochat.web.routes import MEDIA_TYPES, AppStaticFiles

ASSETS_URL = "/docs/assets"
ASSETS_PACKAGE = ("fastapi_offline", "static")

# Scripts, styles, images and requests: this host only, no inline script anywhere.
DOCS_CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
# ReDoc writes <style> elements at run time (styled-components) and runs its search in a
# worker made from a blob of its own script, so its page also allows those two; its
# bundle's one link to its CDN (a logo) is blocked by the policy.
REDOC_CONTENT_SECURITY_POLICY = DOCS_CONTENT_SECURITY_POLICY.replace(
    "style-src 'self'", "style-src 'self' 'unsafe-inline'"
).replace("connect-src 'self'", "connect-src 'self'; worker-src blob:")


def _headers(policy: str) -> dict[str, str]:
    return {
        "Content-Security-Policy": policy,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-cache",
    }


def _page(title: str, head: str, body: str, policy: str) -> HTMLResponse:
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<link rel="icon" href="{ASSETS_URL}/favicon.png">
{head}
</head>
<body>
{body}
</body>
</html>
"""
    return HTMLResponse(html, media_type=MEDIA_TYPES[".html"], headers=_headers(policy))


def install(app: FastAPI) -> None:
    """Serve `/docs`, `/redoc` and their assets (the app is built with FastAPI's pages off)."""
    openapi_url = app.openapi_url or "/openapi.json"

    @app.get("/docs", include_in_schema=False)
    async def swagger_ui(request: Request) -> HTMLResponse:
        root = escape(request.scope.get("root_path", ""))
        return _page(
            f"{app.title} - Swagger UI",
            f'<link rel="stylesheet" href="{root}{ASSETS_URL}/swagger-ui.css">',
            f'<div id="swagger-ui" data-openapi-url="{root}{escape(openapi_url)}"></div>\n'
            f'<script src="{root}{ASSETS_URL}/swagger-ui-bundle.js"></script>\n'
            f'<script src="{root}/static/api-docs/swagger-init.js"></script>',
            DOCS_CONTENT_SECURITY_POLICY,
        )

    @app.get("/redoc", include_in_schema=False)
    async def redoc(request: Request) -> HTMLResponse:
        root = escape(request.scope.get("root_path", ""))
        return _page(
            f"{app.title} - ReDoc",
            f'<link rel="stylesheet" href="{root}/static/api-docs/redoc.css">',
            f'<redoc spec-url="{root}{escape(openapi_url)}"></redoc>\n'
            f'<script src="{root}{ASSETS_URL}/redoc.standalone.js"></script>',
            REDOC_CONTENT_SECURITY_POLICY,
        )

    app.mount(ASSETS_URL, AppStaticFiles(packages=[ASSETS_PACKAGE]), name="docs-assets")
