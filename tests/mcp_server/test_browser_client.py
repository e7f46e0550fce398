"""A browser MCP client in real Chromium: same origin, another loopback port, a foreign site.

The page runs `fetch` against a real `todochat serve`, as a browser-based MCP client
(an inspector, a web IDE) does: with a bearer token, so a cross-origin call is preceded
by a CORS preflight. Chromium's host resolver maps `attacker.test` to 127.0.0.1, so a
foreign origin can be served from loopback.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import httpx2
import pytest

from tests.mcp_server.conftest import process_env
from tests.support.browser import LAUNCH_ARGS, chromium_or_skip, require_playwright
from tests.support.servers import LoopbackHTTPServer, ServerProcess, start_server

require_playwright()  # before playwright is imported

from playwright.sync_api import Browser, Page, sync_playwright  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PAGE = b"<!doctype html><title>an MCP client</title><p>MCP client page</p>"
INITIALIZE = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {
        "protocolVersion": "2025-11-25",
        "capabilities": {},
        "clientInfo": {"name": "browser", "version": "1"},
    },
}
# What the page runs: POST initialize with the token; the answer's status and body, or
# the browser's refusal (a failed preflight is a TypeError, with no status to read).
CALL = """async ([url, token, body]) => {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "Authorization": "Bearer " + token,
        "Content-Type": "application/json",
        "Accept": "application/json, text/event-stream",
      },
      body: JSON.stringify(body),
    });
    return {status: response.status, body: await response.text()};
  } catch (error) {
    return {error: String(error)};
  }
}"""


class PageServer(LoopbackHTTPServer):
    """Serves one HTML page on another loopback port: the MCP client's own origin."""

    def __init__(self) -> None:
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                self.send_response(200)
                self.send_header("content-type", "text/html")
                self.send_header("content-length", str(len(PAGE)))
                self.end_headers()
                self.wfile.write(PAGE)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        super().__init__(Handler)


@pytest.fixture(scope="module")
def todochat(
    private_database_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[ServerProcess, str]]:
    chromium_or_skip()
    workdir: Path = tmp_path_factory.mktemp("browser-mcp")
    server = start_server(process_env(private_database_url), workdir)
    try:
        response = httpx2.post(
            f"{server.base_url}/api/auth/register",
            json={"email": "browser@example.com", "password": "password123"},
            timeout=30,
        )
        assert response.status_code == 201, response.text
        yield server, response.json()["token"]
    finally:
        server.stop()


@pytest.fixture(scope="module")
def browser(todochat: tuple[ServerProcess, str]) -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(chromium_or_skip()),
            args=[*LAUNCH_ARGS, "--host-resolver-rules=MAP attacker.test 127.0.0.1"],
        )
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    page = browser.new_page()
    try:
        yield page
    finally:
        page.close()


def call_mcp(page: Page, server: ServerProcess, token: str) -> dict[str, Any]:
    result: dict[str, Any] = page.evaluate(CALL, [f"{server.base_url}/api/mcp", token, INITIALIZE])
    return result


def test_a_page_of_the_servers_own_origin_connects(
    page: Page, todochat: tuple[ServerProcess, str]
) -> None:
    server, token = todochat
    page.goto(f"{server.base_url}/health")
    answer = call_mcp(page, server, token)
    assert answer.get("status") == 200, answer
    assert json.loads(answer["body"])["result"]["serverInfo"]["name"] == "todochat"


def test_a_page_on_another_loopback_port_connects_after_its_preflight(
    page: Page, todochat: tuple[ServerProcess, str]
) -> None:
    server, token = todochat
    with PageServer() as client_site:
        page.goto(client_site.url)
        answer = call_mcp(page, server, token)
    assert answer.get("status") == 200, answer
    assert json.loads(answer["body"])["result"]["capabilities"] == {"tools": {"listChanged": False}}


def test_a_foreign_site_is_refused(page: Page, todochat: tuple[ServerProcess, str]) -> None:
    server, token = todochat
    with PageServer() as client_site:
        port = client_site.url.rsplit(":", 1)[1]
        page.goto(f"http://attacker.test:{port}/")
        answer = call_mcp(page, server, token)
    assert "error" in answer, answer  # the preflight answered 403: the browser refuses
    assert "Failed to fetch" in answer["error"]
