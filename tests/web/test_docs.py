"""`/docs` and `/redoc` are served from files in the installed packages, never a CDN."""

from __future__ import annotations

import re

import httpx2
import pytest

from todochat.web.docs import DOCS_CONTENT_SECURITY_POLICY, REDOC_CONTENT_SECURITY_POLICY


@pytest.mark.parametrize(
    ("path", "assets", "policy"),
    [
        (
            "/docs",
            ["/docs/assets/swagger-ui-bundle.js", "/docs/assets/swagger-ui.css"],
            DOCS_CONTENT_SECURITY_POLICY,
        ),
        ("/redoc", ["/docs/assets/redoc.standalone.js"], REDOC_CONTENT_SECURITY_POLICY),
    ],
)
async def test_pages_load_only_files_of_this_host(
    client: httpx2.AsyncClient, path: str, assets: list[str], policy: str
) -> None:
    response = await client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert response.headers["content-security-policy"] == policy
    page = response.text
    assert "http" not in page  # no absolute URL: nothing from another host
    scripts = re.findall(r"<script\b[^>]*>", page)
    assert scripts and all(" src=" in tag for tag in scripts)  # no inline script
    referenced = re.findall(r'(?:src|href)="([^"]+)"', page)
    for asset in assets:
        assert asset in referenced
    for url in referenced:
        fetched = await client.get(url)
        assert fetched.status_code == 200, url
        assert fetched.content, url


@pytest.mark.parametrize("policy", [DOCS_CONTENT_SECURITY_POLICY, REDOC_CONTENT_SECURITY_POLICY])
def test_the_policies_allow_this_host_only(policy: str) -> None:
    directives = {part.split()[0]: part.split()[1:] for part in policy.split("; ")}
    assert directives["default-src"] == ["'none'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["connect-src"] == ["'self'"]
    assert directives["style-src"][0] == "'self'"
    sources = [source for values in directives.values() for source in values]
    assert not [source for source in sources if "." in source or "*" in source]
    assert set(directives.get("worker-src", ["blob:"])) == {"blob:"}


async def test_assets_have_script_and_style_types(client: httpx2.AsyncClient) -> None:
    script = await client.get("/docs/assets/swagger-ui-bundle.js")
    assert script.headers["content-type"] == "text/javascript; charset=utf-8"
    assert b"SwaggerUIBundle" in script.content
    style = await client.get("/docs/assets/swagger-ui.css")
    assert style.headers["content-type"] == "text/css; charset=utf-8"


@pytest.mark.parametrize(
    "path", ["/docs/assets/missing.js", "/docs/assets/../core.py", "/docs/assets/%2e%2e/core.py"]
)
async def test_missing_or_escaping_assets_are_404(client: httpx2.AsyncClient, path: str) -> None:
    assert (await client.get(path)).status_code == 404


async def test_the_openapi_document_is_still_served(client: httpx2.AsyncClient) -> None:
    response = await client.get("/openapi.json")
    assert response.status_code == 200
    assert response.json()["info"]["title"] == "todochat"


async def test_every_reference_in_the_openapi_document_resolves(
    client: httpx2.AsyncClient,
) -> None:
    """ReDoc refuses to draw a document with a dangling `$ref` ("Something went wrong")."""
    document = (await client.get("/openapi.json")).json()
    references = set(re.findall(r'"\$ref": "#/components/schemas/([^"]+)"', str(document)))
    references |= set(re.findall(r"'\$ref': '#/components/schemas/([^']+)'", str(document)))
    assert references
    assert references <= set(document["components"]["schemas"])
    chat = document["paths"]["/api/{user_id}/chat"]["post"]["responses"]["200"]["content"]
    assert set(chat) == {"application/json", "text/event-stream"}
