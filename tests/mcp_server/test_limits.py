"""`/api/mcp` under abuse: requests per user are limited (MCP_RATE_LIMIT)."""

from __future__ import annotations

import httpx2

from tests.conftest import make_settings
from tests.support.accounts import Account
from tests.support.apps import app_client

LIST_TOOLS = {"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}}
MCP_HEADERS = {
    "Accept": "application/json, text/event-stream",
    "MCP-Protocol-Version": "2025-11-25",
}


async def register(client: httpx2.AsyncClient, name: str) -> Account:
    email = f"{name}@example.com"
    answer = await client.post(
        "/api/auth/register", json={"email": email, "password": "password123"}
    )
    assert answer.status_code == 201, answer.text
    body = answer.json()
    return Account(id=body["user"]["id"], email=email, token=body["token"])


async def test_mcp_requests_per_user_are_limited(database_url: str) -> None:
    async with app_client(make_settings(database_url, mcp_rate_limit="3/minute")) as client:
        alice, bob = await register(client, "alice"), await register(client, "bob")

        async def list_tools(user: Account) -> httpx2.Response:
            headers = {**MCP_HEADERS, **user.headers}
            return await client.post("/api/mcp", json=LIST_TOOLS, headers=headers)

        for _ in range(3):
            answer = await list_tools(alice)
            assert answer.status_code == 200, answer.text
        refused = await list_tools(alice)
        assert refused.status_code == 429
        assert refused.json() == {"detail": "Too many MCP requests; slow down."}
        assert 1 <= int(refused.headers["Retry-After"]) <= 60
        assert (await list_tools(bob)).status_code == 200
