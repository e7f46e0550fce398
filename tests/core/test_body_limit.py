"""Request bodies over MAX_REQUEST_BODY_BYTES answer 413 as JSON, through the app's middleware."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx2

from tests.conftest import make_settings
from tests.support.accounts import Account
from tests.support.apps import app_client

LIMIT = 4096


async def chunks(total: int, size: int = 1024) -> AsyncIterator[bytes]:
    sent = 0
    while sent < total:
        yield b" " * size
        sent += size


async def test_a_declared_length_over_the_limit_answers_at_once(database_url: str) -> None:
    async with app_client(make_settings(database_url, max_request_body_bytes=LIMIT)) as client:
        answer = await client.post(
            "/api/auth/login",
            content=b'{"email": "' + b"a" * LIMIT + b'"}',
            headers={"Content-Type": "application/json", "Origin": "http://localhost:3000"},
        )
        assert answer.status_code == 413
        assert answer.json() == {"detail": "Content Too Large"}
        # Inside the middleware stack: the CORS headers and the request id are there.
        assert answer.headers["access-control-allow-origin"] == "http://localhost:3000"
        assert answer.headers["x-request-id"]


async def test_a_chunked_body_over_the_limit_answers_413_everywhere(
    database_url: str, alice: Account
) -> None:
    async with app_client(make_settings(database_url, max_request_body_bytes=LIMIT)) as client:
        for path, headers in (
            ("/api/auth/login", {}),
            (alice.path("/tasks"), alice.headers),
            (alice.path("/chat"), alice.headers),
            (
                "/api/mcp",
                {**alice.headers, "Accept": "application/json, text/event-stream"},
            ),
        ):
            answer = await client.post(
                path,
                content=chunks(LIMIT * 4),
                headers={**headers, "Content-Type": "application/json"},
            )
            assert answer.status_code == 413, (path, answer.text)
            assert answer.json() == {"detail": "Content Too Large"}, path


async def test_a_body_at_the_limit_is_read(database_url: str, alice: Account) -> None:
    async with app_client(make_settings(database_url, max_request_body_bytes=LIMIT)) as client:
        title = "t" * 200
        answer = await client.post(
            alice.path("/tasks"), json={"title": title}, headers=alice.headers
        )
        assert answer.status_code == 201
        padded = b'{"title": "x"}' + b" " * (LIMIT - 14)
        assert len(padded) == LIMIT
        answer = await client.post(
            alice.path("/tasks"),
            content=padded,
            headers={**alice.headers, "Content-Type": "application/json"},
        )
        assert answer.status_code == 201, answer.text


async def test_the_default_limit_takes_the_longest_chat_message(
    client: httpx2.AsyncClient, alice: Account
) -> None:
    message = "\u4e00" * 5000  # 5000 characters, 3 bytes each, escaped as \\u4e00 by json
    answer = await client.post(
        alice.path("/chat"), json={"message": message, "stream": False}, headers=alice.headers
    )
    assert answer.status_code == 200, answer.text
