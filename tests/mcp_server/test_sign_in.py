"""An MCP client discovers where to sign in and signs in, with a real Better Auth.

Better Auth runs with its OAuth provider plugin (@better-auth/oauth-provider, pinned in
tests/node); todochat runs as `todochat serve` with BETTER_AUTH_URL and PUBLIC_URL. The
official MCP Python client's OAuth support does what Claude, ChatGPT connectors or the
Inspector do: a 401 from /api/mcp points it at todochat's RFC 9728 metadata, that names
Better Auth, whose RFC 8414 metadata gives the endpoints; it registers itself (dynamic
client registration), sends the user to authorize with PKCE and `resource` (RFC 8707),
exchanges the code, and calls the tools with the access token. The user's part (the
sign-in page, then the consent page) is played by a cookie-keeping HTTP client.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx2
import pytest
from mcp import Client
from mcp.client.auth import AuthorizationCodeResult, OAuthClientProvider
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.auth import OAuthClientInformationFull, OAuthClientMetadata, OAuthToken

from tests.mcp_server.conftest import process_env
from tests.support.better_auth import BetterAuthServer, start_better_auth
from tests.support.servers import ServerProcess, free_port, start_server

pytestmark = pytest.mark.slow

REDIRECT_URI = "http://127.0.0.1:6274/callback"


@pytest.fixture(scope="module")
def servers(
    private_database_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[BetterAuthServer, ServerProcess]]:
    port = free_port()
    public_url = f"http://127.0.0.1:{port}"
    better_auth = start_better_auth(oauth_resource=f"{public_url}/api/mcp")
    try:
        env = process_env(private_database_url) | {
            "BETTER_AUTH_URL": better_auth.url,
            "PUBLIC_URL": public_url,
        }
        workdir: Path = tmp_path_factory.mktemp("sign-in")
        todochat = start_server(env, workdir, port=port, timeout=120)
        try:
            yield better_auth, todochat
        finally:
            todochat.stop()
    finally:
        better_auth.stop()


class MemoryStorage:
    """The client's token store (the SDK's `TokenStorage` protocol)."""

    def __init__(self) -> None:
        self.tokens: OAuthToken | None = None
        self.client: OAuthClientInformationFull | None = None

    async def get_tokens(self) -> OAuthToken | None:
        return self.tokens

    async def set_tokens(self, tokens: OAuthToken) -> None:
        self.tokens = tokens

    async def get_client_info(self) -> OAuthClientInformationFull | None:
        return self.client

    async def set_client_info(self, client_info: OAuthClientInformationFull) -> None:
        self.client = client_info


class User:
    """The person at the browser: signed in to Better Auth, consenting when asked."""

    def __init__(self, better_auth: BetterAuthServer) -> None:
        self.better_auth = better_auth
        self.browser = httpx2.Client(follow_redirects=False, timeout=30)
        self.account = better_auth.sign_up("mcp-user", browser=self.browser)
        self.callback: AuthorizationCodeResult | None = None
        self.consent_pages = 0

    async def open(self, authorization_url: str) -> None:
        """The redirect handler: the browser opens the URL and the user accepts."""
        answer = self.browser.get(authorization_url)
        assert answer.status_code == 302, answer.text
        location = answer.headers["location"]
        if urlsplit(location).path == "/consent":
            self.consent_pages += 1
            consent = self.browser.post(
                f"{self.better_auth.url}/api/auth/oauth2/consent",
                json={"accept": True, "oauth_query": urlsplit(location).query},
                headers={"Origin": self.better_auth.url},
            )
            assert consent.status_code == 200, consent.text
            location = consent.json()["url"]
        assert location.startswith(REDIRECT_URI), location
        query = parse_qs(urlsplit(location).query)
        self.callback = AuthorizationCodeResult(
            code=query["code"][0], state=query["state"][0], iss=query.get("iss", [None])[0]
        )

    async def come_back(self) -> AuthorizationCodeResult:
        """The callback handler: what arrived at the redirect URI."""
        assert self.callback is not None
        return self.callback


async def test_an_mcp_client_discovers_better_auth_and_signs_in(
    servers: tuple[BetterAuthServer, ServerProcess],
) -> None:
    better_auth, todochat = servers
    user = User(better_auth)
    storage = MemoryStorage()
    endpoint = f"{todochat.base_url}/api/mcp"
    oauth = OAuthClientProvider(
        server_url=endpoint,
        client_metadata=OAuthClientMetadata(
            client_name="todochat sign-in test",
            redirect_uris=[REDIRECT_URI],  # type: ignore[list-item]
            grant_types=["authorization_code", "refresh_token"],
            response_types=["code"],
            token_endpoint_auth_method="none",
        ),
        storage=storage,
        redirect_handler=user.open,
        callback_handler=user.come_back,
    )
    async with (
        httpx2.AsyncClient(auth=oauth, timeout=30) as http,
        Client(streamable_http_client(endpoint, http_client=http)) as mcp,
    ):
        added = await mcp.call_tool("add_task", {"title": "Signed in through Better Auth"})
        listed = await mcp.call_tool("list_tasks", {})
    user.browser.close()
    assert not added.is_error, added.content
    assert listed.structured_content is not None
    assert [task["title"] for task in listed.structured_content["result"]] == [
        "Signed in through Better Auth"
    ]
    assert user.consent_pages == 1
    assert storage.client is not None  # registered itself
    assert storage.tokens is not None
    # The access token is the user's, bound to this endpoint: the REST API takes it too.
    headers = {"Authorization": f"Bearer {storage.tokens.access_token}"}
    tasks = httpx2.get(
        f"{todochat.base_url}/api/{user.account.id}/tasks", headers=headers, timeout=30
    )
    assert tasks.status_code == 200
    assert [task["title"] for task in tasks.json()["items"]] == ["Signed in through Better Auth"]
