"""The web app's routes: `/` negotiates HTML or JSON; static files are served offline."""

from __future__ import annotations

import re
from pathlib import Path

import httpx2
import pytest

from todochat.web.routes import STATIC_DIR, prefers_html

BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
ASSETS = sorted(path for path in STATIC_DIR.rglob("*") if path.is_file())
# An XML namespace names a vocabulary; nothing is fetched from it.
NAMESPACES = {"http://www.w3.org/2000/svg"}
URL = re.compile(r"(?:https?:)?//[^\s\"'<>)]+")


async def test_browser_gets_the_web_app_at_root(client: httpx2.AsyncClient) -> None:
    response = await client.get("/", headers={"Accept": BROWSER_ACCEPT})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert '<script type="module" src="/static/app.js">' in response.text
    assert "Accept" in response.headers["vary"]


async def test_api_client_gets_json_at_root(client: httpx2.AsyncClient) -> None:
    for accept in (None, "*/*", "application/json", "application/json, text/html;q=0.5"):
        headers = {"Accept": accept} if accept else {}
        response = await client.get("/", headers=headers)
        assert response.status_code == 200, accept
        assert response.json()["message"] == "Todo API - Phase 3", accept
        assert "Accept" in response.headers["vary"]


async def test_web_app_page_forbids_loading_from_other_origins(client: httpx2.AsyncClient) -> None:
    response = await client.get("/", headers={"Accept": BROWSER_ACCEPT})
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy
    assert "connect-src 'self'" in policy
    assert response.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize(
    ("name", "content_type"),
    [
        ("app.js", "text/javascript"),
        ("api.js", "text/javascript"),
        ("styles.css", "text/css"),
        ("favicon.svg", "image/svg+xml"),
    ],
)
async def test_static_files_have_their_content_type(
    client: httpx2.AsyncClient, name: str, content_type: str
) -> None:
    response = await client.get(f"/static/{name}")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(content_type)
    assert response.headers["cache-control"] == "no-cache"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.content == (STATIC_DIR / name).read_bytes()


async def test_static_files_revalidate_with_etag(client: httpx2.AsyncClient) -> None:
    first = await client.get("/static/app.js")
    again = await client.get("/static/app.js", headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304
    assert again.content == b""


async def test_missing_static_file_is_404(client: httpx2.AsyncClient) -> None:
    response = await client.get("/static/nope.js")
    assert response.status_code == 404


async def test_static_files_do_not_escape_their_folder(client: httpx2.AsyncClient) -> None:
    response = await client.get("/static/..%2Froutes.py")
    assert response.status_code == 404


def test_every_module_the_page_imports_is_shipped() -> None:
    imports: set[str] = set()
    for script in STATIC_DIR.glob("*.js"):
        imports |= set(re.findall(r"from '\./([\w-]+\.js)'", script.read_text()))
    assert imports, "app.js should import its modules"
    assert imports <= {path.name for path in ASSETS}


@pytest.mark.parametrize("asset", ASSETS, ids=lambda path: path.name)
def test_assets_reference_no_other_host(asset: Path) -> None:
    text = asset.read_text(errors="replace")
    found = [url for url in URL.findall(text) if url not in NAMESPACES]
    assert found == [], f"{asset.name} refers to other hosts: {found}"


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (BROWSER_ACCEPT, True),
        ("text/html", True),
        ("text/*", True),
        ("*/*", False),
        ("", False),
        ("application/json", False),
        ("text/html;q=0.1, application/json", False),
        ("text/html;q=0, */*", False),
        ("application/json;q=0.5, text/html", True),
    ],
)
def test_html_is_chosen_only_when_the_client_prefers_it(accept: str, expected: bool) -> None:
    assert prefers_html(accept) is expected
