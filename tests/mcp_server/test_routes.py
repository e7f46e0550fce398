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
    assert response.json() == {"status": "healthy", "tools": 5}


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
    assert response.headers["www-authenticate"].startswith("Bearer")
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
    assert response.headers["www-authenticate"] == 'Bearer error="invalid_token"'
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


async def test_a_foreign_host_header_gets_421(client: httpx2.AsyncClient, alice: Account) -> None:
    headers = {**ACCEPT, **alice.headers, "Host": "attacker.example"}
    response = await client.post("/api/mcp", json=INITIALIZE, headers=headers)
    assert response.status_code == 421


async def test_a_foreign_origin_gets_403(client: httpx2.AsyncClient, alice: Account) -> None:
    headers = {**ACCEPT, **alice.headers, "Origin": "http://attacker.example"}
    response = await client.post("/api/mcp", json=INITIALIZE, headers=headers)
    assert response.status_code == 403


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
        assert len((await mcp.list_tools()).tools) == 5
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
