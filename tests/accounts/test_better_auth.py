"""Tokens from a real Better Auth server (npm `better-auth`, JWT plugin) on every door.

Each test signs up on a Better Auth process started from tests/node, fetches a JWT from
`/api/auth/token` as a front end does, and uses it on todochat's REST API, chat and MCP
endpoint. Hand-made tokens (tests/support/jwks.py) remain for what Better Auth cannot be
made to produce: wrong audiences, missing claims, algorithm confusion, made-up key ids.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager

import httpx2
import jwt
import pytest
from fastapi import FastAPI
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from tests.conftest import make_settings
from tests.support.better_auth import BetterAuthServer, BetterAuthUser, start_better_auth
from tests.support.lifespan import running
from todochat.app import create_app

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def better_auth() -> Iterator[BetterAuthServer]:
    server = start_better_auth()
    try:
        yield server
    finally:
        server.stop()


@asynccontextmanager
async def todochat(
    database_url: str, better_auth_url: str, **overrides: object
) -> AsyncIterator[httpx2.AsyncClient]:
    """todochat in process, trusting `better_auth_url`, with a client on its API."""
    app = create_app(make_settings(database_url, better_auth_url=better_auth_url, **overrides))
    async with running(app):
        transport = httpx2.ASGITransport(app=app)
        async with httpx2.AsyncClient(transport=transport, base_url="http://localhost") as client:
            client.app = app  # type: ignore[attr-defined]
            yield client


@asynccontextmanager
async def mcp_client(app: FastAPI, token: str) -> AsyncIterator[Client]:
    http = httpx2.AsyncClient(
        transport=httpx2.ASGITransport(app=app), headers={"Authorization": f"Bearer {token}"}
    )
    async with http:
        transport = streamable_http_client("http://localhost/api/mcp", http_client=http)
        async with Client(transport) as client:
            yield client


async def titles(client: httpx2.AsyncClient, user: BetterAuthUser) -> list[str]:
    response = await client.get(user.path("/tasks"), headers=user.headers)
    assert response.status_code == 200, response.text
    return [task["title"] for task in response.json()["items"]]


def test_better_auth_issues_what_todochat_expects(better_auth: BetterAuthServer) -> None:
    """The token's shape, as Better Auth 1.7 makes it: EdDSA, a key id, iss = aud = origin."""
    user = better_auth.sign_up("shape")
    header = jwt.get_unverified_header(user.token)
    claims = jwt.decode(user.token, options={"verify_signature": False})
    assert header["alg"] == "EdDSA"
    assert header["kid"]
    assert claims["sub"] == user.id
    assert claims["iss"] == claims["aud"] == better_auth.url
    assert claims["email"] == user.email


async def test_a_better_auth_user_works_on_rest_chat_and_mcp(
    better_auth: BetterAuthServer, database_url: str
) -> None:
    user = better_auth.sign_up("ada")
    async with todochat(database_url, better_auth.url) as client:
        me = await client.get("/api/auth/me", headers=user.headers)
        assert me.status_code == 200
        assert (me.json()["id"], me.json()["email"]) == (user.id, user.email)

        created = await client.post(
            user.path("/tasks"), json={"title": "From REST"}, headers=user.headers
        )
        assert created.status_code == 201

        chat = await client.post(
            user.path("/chat"),
            json={"message": "Add a task to buy milk", "stream": False},
            headers=user.headers,
        )
        assert chat.status_code == 200, chat.text
        assert [call["name"] for call in chat.json()["tool_calls"]] == ["add_task"]

        async with mcp_client(client.app, user.token) as mcp:  # type: ignore[attr-defined]
            added = await mcp.call_tool("add_task", {"title": "From MCP"})
            assert not added.is_error

        assert await titles(client, user) == ["From REST", "Buy milk", "From MCP"]


async def test_a_better_auth_token_is_refused_for_another_users_path(
    better_auth: BetterAuthServer, database_url: str
) -> None:
    ada, bob = better_auth.sign_up("ada"), better_auth.sign_up("bob")
    async with todochat(database_url, better_auth.url) as client:
        response = await client.get(bob.path("/tasks"), headers=ada.headers)
    assert response.status_code == 403


async def test_better_auth_url_with_its_api_path_is_understood(
    better_auth: BetterAuthServer, database_url: str
) -> None:
    """BETTER_AUTH_URL=http://host:port/api/auth is reduced to the origin Better Auth signs as."""
    user = better_auth.sign_up("path")
    async with todochat(database_url, better_auth.url + "/api/auth/") as client:
        assert await titles(client, user) == []


@pytest.mark.parametrize("algorithm", ["ES256", "ES512", "RS256", "PS256"])
async def test_each_key_algorithm_better_auth_offers_is_accepted(
    algorithm: str, database_url: str
) -> None:
    server = start_better_auth(algorithm=algorithm)
    try:
        user = server.sign_up("alg")
        assert jwt.get_unverified_header(user.token)["alg"] == algorithm
        async with todochat(database_url, server.url) as client:
            assert await titles(client, user) == []
    finally:
        server.stop()


async def test_a_rotated_key_is_accepted_within_seconds_without_restart(
    database_url: str,
) -> None:
    """Better Auth replaces its signing key (rotationInterval): the running server accepts
    tokens under the new key at once, and the old key's tokens still."""
    server = start_better_auth(rotation_seconds=2)
    try:
        user = server.sign_up("rotate")
        async with todochat(database_url, server.url) as client:
            assert await titles(client, user) == []
            await asyncio.sleep(2.5)
            rotated = server.jwt(user.session_token)
            old_kid = jwt.get_unverified_header(user.token)["kid"]
            assert jwt.get_unverified_header(rotated)["kid"] != old_kid
            started = time.monotonic()
            response = await client.get(
                user.path("/tasks"), headers={"Authorization": f"Bearer {rotated}"}
            )
            assert response.status_code == 200
            assert time.monotonic() - started < 4
            assert await titles(client, user) == []
    finally:
        server.stop()


async def test_a_hung_or_stopped_better_auth_answers_503_quickly_on_every_door(
    database_url: str,
) -> None:
    server = start_better_auth()
    try:
        ada, bob = server.sign_up("ada"), server.sign_up("bob")
        async with todochat(database_url, server.url, jwks_timeout_seconds=1) as client:
            with server.hung():
                started = time.monotonic()
                answers = await asyncio.gather(
                    *(client.get(ada.path("/tasks"), headers=ada.headers) for _ in range(3)),
                    *(client.get(bob.path("/tasks"), headers=bob.headers) for _ in range(2)),
                    client.post(
                        ada.path("/chat"),
                        json={"message": "what's pending?", "stream": False},
                        headers=ada.headers,
                    ),
                    client.post(
                        "/api/mcp",
                        json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"},
                        headers={**bob.headers, "Accept": "application/json, text/event-stream"},
                    ),
                )
                elapsed = time.monotonic() - started
            # One shared fetch timed out: every request answered after about one timeout
            # (1 s), none queued behind another (one at a time would take 7 s or more).
            seen = [(answer.status_code, answer.text[:120]) for answer in answers]
            assert [answer.status_code for answer in answers] == [503] * 7, seen
            assert all(int(answer.headers["retry-after"]) > 0 for answer in answers)
            assert elapsed < 4, elapsed
        server.stop()
        async with todochat(database_url, server.url) as client:
            started = time.monotonic()
            stopped = await client.get(ada.path("/tasks"), headers=ada.headers)
            assert stopped.status_code == 503, stopped.text
            assert time.monotonic() - started < 2, time.monotonic() - started
    finally:
        server.stop()
