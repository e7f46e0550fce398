"""`/api/mcp` on the app: the bearer gate, the Host guard, health and the tool list."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx2
import jwt
import pytest
from fastapi import FastAPI
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from tests.conftest import TEST_SECRET
from tests.mcp_server.conftest import as_user
from tests.support.accounts import Account
from todochat.accounts.tokens import TokenVerifier
from todochat.core.config import Settings

INITIALIZE = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {
        "protocolVersion": "2025-06-18",
        "capabilities": {},
        "clientInfo": {"name": "test", "version": "1"},
    },
}
ACCEPT = {"Accept": "application/json, text/event-stream"}
METADATA = "http://localhost/.well-known/oauth-protected-resource/api/mcp"


@asynccontextmanager
async def mcp_over_http(app: FastAPI, token: str, *, mode: str = "auto") -> AsyncIterator[Client]:
    """The official Streamable HTTP client, talking to the app in process."""
    http = httpx2.AsyncClient(
        transport=httpx2.ASGITransport(app=app), headers={"Authorization": f"Bearer {token}"}
    )
    async with http:
        transport = streamable_http_client("http://localhost/api/mcp", http_client=http)
        async with Client(transport, mode=mode) as client:
            yield client


async def titles(client: httpx2.AsyncClient, account: Account) -> list[str]:
    response = await client.get(account.path("/tasks"), headers=account.headers)
    assert response.status_code == 200
    return [task["title"] for task in response.json()["items"]]


async def test_health_counts_the_tools(client: httpx2.AsyncClient) -> None:
    response = await client.get("/api/mcp/health")
    assert response.status_code == 200
    assert response.json() == {"status": "healthy", "tools": 7}


async def test_tools_lists_names_descriptions_and_input_schemas(client: httpx2.AsyncClient) -> None:
    response = await client.get("/api/mcp/tools")
    assert response.status_code == 200
    tools = response.json()["tools"]
    assert [tool["name"] for tool in tools] == [
        "add_task",
        "list_tasks",
        "complete_task",
        "delete_task",
        "update_task",
        "restore_task",
        "undo",
    ]
    for tool in tools:
        assert tool["description"]
        assert tool["input_schema"]["type"] == "object"
    assert tools[1]["annotations"]["readOnlyHint"] is True
    assert tools[3]["annotations"]["destructiveHint"] is True


async def test_a_request_without_a_token_gets_401_with_a_bearer_challenge(
    client: httpx2.AsyncClient,
) -> None:
    response = await client.post("/api/mcp", json=INITIALIZE, headers=ACCEPT)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == f'Bearer resource_metadata="{METADATA}"'
    assert response.json() == {"detail": "Not authenticated: send Authorization: Bearer <token>"}


def expired_token(settings: Settings) -> str:
    now = int(time.time())
    return jwt.encode({"sub": "someone", "iat": now - 100, "exp": now - 60}, TEST_SECRET)


@pytest.mark.parametrize(
    ("make_token", "detail"),
    [
        (lambda settings: "not-a-jwt", "Malformed bearer token"),
        (
            lambda settings: jwt.encode({"sub": "x", "exp": 4_000_000_000}, "another-secret" * 4),
            "Invalid token",
        ),
        (expired_token, "Token expired"),
        (lambda settings: jwt.encode({"sub": "x", "exp": 4_000_000_000}, "", "none"), None),
    ],
)
async def test_a_bad_token_gets_401_with_an_invalid_token_challenge(
    client: httpx2.AsyncClient, settings: Settings, make_token: Any, detail: str | None
) -> None:
    headers = {**ACCEPT, "Authorization": f"Bearer {make_token(settings)}"}
    response = await client.post("/api/mcp", json=INITIALIZE, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == (
        f'Bearer error="invalid_token", resource_metadata="{METADATA}"'
    )
    body = response.json()
    assert set(body) == {"detail"}
    if detail is not None:
        assert body["detail"] == detail


async def test_the_exact_path_answers_without_a_redirect(
    client: httpx2.AsyncClient, alice: Account
) -> None:
    response = await client.post(
        "/api/mcp", json=INITIALIZE, headers={**ACCEPT, **alice.headers}, follow_redirects=False
    )
    assert response.status_code == 200
    assert response.json()["result"]["serverInfo"]["name"] == "todochat"


async def test_get_offers_no_event_stream(client: httpx2.AsyncClient, alice: Account) -> None:
    """Stateless: nothing is ever pushed, so GET says 405 instead of hanging open."""
    headers = {**alice.headers, "Accept": "text/event-stream"}
    response = await client.get("/api/mcp", headers=headers)
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"
    assert set(response.json()) == {"detail"}


async def test_a_foreign_host_header_gets_421(client: httpx2.AsyncClient, alice: Account) -> None:
    headers = {**ACCEPT, **alice.headers, "Host": "attacker.example"}
    response = await client.post("/api/mcp", json=INITIALIZE, headers=headers)
    assert response.status_code == 421
    assert response.json() == {"detail": "Invalid Host header"}


async def test_a_foreign_host_is_refused_before_the_token_is_looked_at(
    client: httpx2.AsyncClient,
) -> None:
    headers = {**ACCEPT, "Host": "attacker.example"}
    response = await client.post("/api/mcp", json=INITIALIZE, headers=headers)
    assert response.status_code == 421


@pytest.mark.parametrize(
    "origin", ["http://attacker.example", "http://localhost.attacker.example", "null"]
)
async def test_a_foreign_origin_gets_403(
    client: httpx2.AsyncClient, alice: Account, origin: str
) -> None:
    headers = {**ACCEPT, **alice.headers, "Origin": origin}
    response = await client.post("/api/mcp", json=INITIALIZE, headers=headers)
    assert response.status_code == 403
    assert response.json() == {"detail": "Invalid Origin header"}
    assert "access-control-allow-origin" not in response.headers


@pytest.mark.parametrize(
    ("host", "origin"),
    [
        ("localhost", "http://localhost"),  # the server's own origin
        ("127.0.0.1:8000", "http://127.0.0.1:8000"),
        ("localhost:8000", "http://localhost:6274"),  # a local inspector on another port
        ("localhost:8000", "http://[::1]:5173"),
    ],
)
async def test_own_and_loopback_origins_are_allowed_with_cors(
    client: httpx2.AsyncClient, alice: Account, host: str, origin: str
) -> None:
    headers = {**ACCEPT, **alice.headers, "Host": host, "Origin": origin}
    response = await client.post("/api/mcp", json=INITIALIZE, headers=headers)
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == origin
    assert "Mcp-Session-Id" in response.headers["access-control-expose-headers"]


async def test_a_loopback_browser_client_passes_the_preflight(client: httpx2.AsyncClient) -> None:
    headers = {
        "Origin": "http://localhost:6274",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type, mcp-protocol-version",
    }
    allowed = await client.options("/api/mcp", headers=headers)
    refused = await client.options(
        "/api/mcp", headers={**headers, "Origin": "http://attacker.example"}
    )
    assert allowed.status_code == 204
    assert allowed.headers["access-control-allow-origin"] == "http://localhost:6274"
    assert "POST" in allowed.headers["access-control-allow-methods"]
    assert "authorization" in allowed.headers["access-control-allow-headers"]
    assert refused.status_code == 403
    assert refused.json() == {"detail": "Invalid Origin header"}


async def test_configured_mcp_origins_replace_the_loopback_defaults(
    settings: Settings, alice: Account
) -> None:
    from tests.support.apps import app_client

    custom = settings.model_copy(update={"mcp_allowed_origins": ["https://inspector.example.com"]})
    async with app_client(custom) as client:
        headers = {**ACCEPT, **alice.headers}

        async def status(origin: str) -> int:
            response = await client.post(
                "/api/mcp", json=INITIALIZE, headers={**headers, "Origin": origin}
            )
            return response.status_code

        assert await status("https://inspector.example.com") == 200
        assert await status("http://localhost") == 200  # its own origin
        assert await status("http://localhost:3000") == 200  # CORS_ORIGINS
        assert await status("http://localhost:6274") == 403


async def test_other_plain_text_refusals_of_the_transport_are_json(
    client: httpx2.AsyncClient, alice: Account
) -> None:
    wrong_type = await client.post(
        "/api/mcp",
        content=b"{}",
        headers={**ACCEPT, **alice.headers, "Content-Type": "text/plain"},
    )
    too_large = await client.post(
        "/api/mcp",
        content=b" " * (4 * 1024 * 1024 + 1),
        headers={**ACCEPT, **alice.headers, "Content-Type": "application/json"},
    )
    deleted = await client.delete("/api/mcp", headers={**ACCEPT, **alice.headers})
    for response, status in ((wrong_type, 400), (too_large, 413), (deleted, 405)):
        assert response.status_code == status
        assert set(response.json()) == {"detail"}
        assert response.json()["detail"]
        assert response.headers["content-type"] == "application/json"
        assert set(response.json()) == {"detail"}
        assert response.json()["detail"]


async def test_the_front_end_origin_is_allowed(client: httpx2.AsyncClient, alice: Account) -> None:
    headers = {**ACCEPT, **alice.headers, "Origin": "http://localhost:3000"}
    response = await client.post("/api/mcp", json=INITIALIZE, headers=headers)
    assert response.status_code == 200


async def test_configured_allowed_hosts_replace_the_defaults(
    settings: Settings, alice: Account
) -> None:
    from tests.support.apps import app_client

    custom = settings.model_copy(update={"allowed_hosts": ["todo.example.com"]})
    async with app_client(custom) as client:
        headers = {**ACCEPT, **alice.headers}
        refused = await client.post("/api/mcp", json=INITIALIZE, headers=headers)
        allowed = await client.post(
            "/api/mcp", json=INITIALIZE, headers={**headers, "Host": "todo.example.com"}
        )
    assert (refused.status_code, allowed.status_code) == (421, 200)


@pytest.mark.parametrize("mode", ["auto", "legacy"])
async def test_an_mcp_client_manages_its_own_tasks_over_http(
    app: FastAPI, client: httpx2.AsyncClient, alice: Account, mode: str
) -> None:
    async with mcp_over_http(app, alice.token, mode=mode) as mcp:
        assert len((await mcp.list_tools()).tools) == 7
        added = await mcp.call_tool("add_task", {"title": "Buy milk"})
        assert added.structured_content is not None
        task_id = added.structured_content["task_id"]
        done = await mcp.call_tool("complete_task", {"task_id": task_id})
        assert done.structured_content == {
            "task_id": task_id,
            "status": "completed",
            "title": "Buy milk",
        }
        listed = await mcp.call_tool("list_tasks", {"status": "completed"})
    assert listed.structured_content is not None
    assert [task["id"] for task in listed.structured_content["result"]] == [task_id]
    assert await titles(client, alice) == ["Buy milk"]


@pytest.mark.parametrize("mode", ["auto", "legacy"])
async def test_meta_cannot_override_the_token_over_http(
    app: FastAPI, client: httpx2.AsyncClient, alice: Account, bob: Account, mode: str
) -> None:
    async with mcp_over_http(app, alice.token, mode=mode) as mcp:
        result = await mcp.call_tool("add_task", {"title": "Forged"}, meta=as_user(bob.id))
        listed = await mcp.call_tool("list_tasks", {}, meta=as_user(bob.id))
    assert not result.is_error
    assert listed.structured_content is not None
    assert [task["title"] for task in listed.structured_content["result"]] == ["Forged"]
    assert await titles(client, alice) == ["Forged"]
    assert await titles(client, bob) == []


async def test_naming_another_user_over_http_is_refused(
    app: FastAPI, client: httpx2.AsyncClient, alice: Account, bob: Account
) -> None:
    async with mcp_over_http(app, alice.token) as mcp:
        result = await mcp.call_tool("add_task", {"title": "Injected", "user_id": bob.id})
    assert result.is_error
    assert await titles(client, alice) == []
    assert await titles(client, bob) == []


async def test_a_new_token_subject_is_provisioned(
    app: FastAPI, client: httpx2.AsyncClient, settings: Settings
) -> None:
    """A valid token for a user todochat has not seen yet (a Better Auth user) works at once."""
    token, _ = TokenVerifier(settings, TEST_SECRET).issue("better-auth-user-1")
    async with mcp_over_http(app, token) as mcp:
        result = await mcp.call_tool("add_task", {"title": "First task"})
    assert not result.is_error
    newcomer = Account(id="better-auth-user-1", email="", token=token)
    assert await titles(client, newcomer) == ["First task"]


# --- sign-in discovery (RFC 9728) ---


async def test_protected_resource_metadata_without_better_auth(
    client: httpx2.AsyncClient,
) -> None:
    """No authorization server to name: the documents say what the resource is, no more."""
    endpoint = await client.get("/.well-known/oauth-protected-resource/api/mcp")
    origin = await client.get("/.well-known/oauth-protected-resource")
    assert endpoint.status_code == origin.status_code == 200
    assert endpoint.json() == {
        "resource": "http://localhost/api/mcp",
        "bearer_methods_supported": ["header"],
        "resource_name": "todochat",
        "resource_documentation": "http://localhost/docs",
    }
    assert origin.json()["resource"] == "http://localhost"
    assert "authorization_servers" not in origin.json()


async def test_protected_resource_metadata_names_better_auth(settings: Settings) -> None:
    from tests.support.apps import app_client

    custom = settings.model_copy(update={"better_auth_url": "https://auth.example.com"})
    async with app_client(custom) as client:
        headers = {"Host": "todo.example.com:8443"}
        endpoint = await client.get(
            "/.well-known/oauth-protected-resource/api/mcp", headers=headers
        )
        origin = await client.get("/.well-known/oauth-protected-resource", headers=headers)
        challenge = await client.post("/api/mcp", json=INITIALIZE, headers={**ACCEPT})
    assert endpoint.json()["resource"] == "http://todo.example.com:8443/api/mcp"
    # Better Auth's OAuth issuer is its base URL: origin + /api/auth.
    assert endpoint.json()["authorization_servers"] == ["https://auth.example.com/api/auth"]
    assert origin.json()["resource"] == "http://todo.example.com:8443"
    assert origin.json()["authorization_servers"] == ["https://auth.example.com/api/auth"]
    assert challenge.status_code == 401
    assert (
        'resource_metadata="http://localhost/.well-known/oauth-protected-resource/api/mcp"'
        in (challenge.headers["www-authenticate"])
    )


async def test_a_better_auth_that_cannot_be_reached_answers_503_with_retry_after(
    settings: Settings,
) -> None:
    from tests.support.apps import app_client
    from tests.support.jwks import better_auth_claims, generate_key
    from tests.support.servers import free_port

    url = f"http://127.0.0.1:{free_port()}"
    token = generate_key("EdDSA").sign(better_auth_claims(url, "ba-user"))
    async with app_client(settings.model_copy(update={"better_auth_url": url})) as client:
        headers = {**ACCEPT, "Authorization": f"Bearer {token}"}
        response = await client.post("/api/mcp", json=INITIALIZE, headers=headers)
    assert response.status_code == 503
    assert int(response.headers["retry-after"]) > 0
    assert set(response.json()) == {"detail"}


async def test_public_url_names_the_resource_behind_a_proxy(settings: Settings) -> None:
    """Behind a proxy the request's Host and scheme are the proxy's concern: PUBLIC_URL wins."""
    from tests.support.apps import app_client

    custom = settings.model_copy(update={"public_url": "https://todo.example.com"})
    async with app_client(custom) as client:
        endpoint = await client.get("/.well-known/oauth-protected-resource/api/mcp")
        challenge = await client.post("/api/mcp", json=INITIALIZE, headers={**ACCEPT})
    assert endpoint.json()["resource"] == "https://todo.example.com/api/mcp"
    assert challenge.headers["www-authenticate"] == (
        'Bearer resource_metadata="https://todo.example.com/.well-known/'
        'oauth-protected-resource/api/mcp"'
    )
