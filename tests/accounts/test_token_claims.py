"""Tokens signed with the right key but carrying absurd or unstorable claims: 401, never a
500, over REST and over `/api/mcp`, and no user row is made for them."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx2
import jwt
import pytest

from tests.conftest import TEST_SECRET
from tests.support.accounts import Account


def signed(claims: dict[str, Any]) -> str:
    """An HS256 token with the server's secret; `json.dumps` writes `1e400` as Infinity."""
    return jwt.encode(claims, TEST_SECRET, algorithm="HS256")


def soon() -> int:
    return int(time.time()) + 300


ABSURD_CLAIMS = {
    "NUL in the subject": {"sub": "user\x00admin", "exp": soon()},
    "lone surrogate in the subject": {"sub": "user\ud800", "exp": soon()},
    "escape in the subject": {"sub": "user\x1b[2J", "exp": soon()},
    "NUL in the e-mail": {"sub": "user-nul-mail", "exp": soon(), "email": "a\x00@example.com"},
    "lone surrogate in the name": {"sub": "user-bad-name", "exp": soon(), "name": "Al\udfffice"},
    "exp of 10**400": {"sub": "user-big-exp", "exp": 10**400},
    "exp of infinity": {"sub": "user-inf-exp", "exp": float("inf")},
    "exp past year 9999": {"sub": "user-far-exp", "exp": 253_402_300_800},
    "negative exp": {"sub": "user-neg-exp", "exp": -(10**30)},
    "iat of 10**400": {"sub": "user-big-iat", "exp": soon(), "iat": 10**400},
    "nbf of infinity": {"sub": "user-inf-nbf", "exp": soon(), "nbf": float("inf")},
    "exp as true": {"sub": "user-bool-exp", "exp": True},
}


@pytest.mark.parametrize("case", list(ABSURD_CLAIMS))
async def test_absurd_claims_are_refused_with_401(
    client: httpx2.AsyncClient, alice: Account, case: str
) -> None:
    token = signed(ABSURD_CLAIMS[case])
    me = await client.get("/api/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 401, me.text
    assert me.headers["www-authenticate"].startswith("Bearer")
    tasks = await client.get(alice.path("/tasks"), headers={"Authorization": f"Bearer {token}"})
    assert tasks.status_code == 401, tasks.text
    mcp = await client.post(
        "/api/mcp",
        content=json.dumps({"jsonrpc": "2.0", "id": 1, "method": "tools/list"}),
        headers={
            "Authorization": f"Bearer {token}",
            "Content-Type": "application/json",
            "Accept": "application/json, text/event-stream",
        },
    )
    assert mcp.status_code == 401, mcp.text


async def test_the_same_claims_within_bounds_are_accepted(client: httpx2.AsyncClient) -> None:
    token = signed({"sub": "user-fine", "exp": soon(), "iat": int(time.time()), "name": "Fïné"})
    me = await client.get("/api/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200, me.text
    assert me.json()["name"] == "Fïné"
