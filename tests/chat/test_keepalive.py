"""SSE keepalive comments while a slow model thinks, and the per-attempt timeout's effect.

A proxy cuts a connection that stays silent past its read timeout (nginx: 60 s); the chat
stream sends `: keepalive` comments at least every SSE_KEEPALIVE_SECONDS (15 s; 0.15 s
here) while nothing else is sent.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx2
import pytest
from fastapi import FastAPI

from tests.chat.conftest import sse_events
from tests.conftest import make_settings
from tests.support.accounts import Account
from tests.support.lifespan import running
from tests.support.scripted_provider import ScriptedProvider, delay, error, text
from todochat.app import create_app
from todochat.chat.routes import KEEPALIVE, with_keepalive

INTERVAL = 0.15


@pytest.fixture
def keepalive() -> float:
    return INTERVAL


@pytest.fixture
async def app(
    database_url: str, provider: ScriptedProvider, keepalive: float
) -> AsyncIterator[FastAPI]:
    settings = make_settings(
        database_url,
        agent_base_url=provider.base_url,
        agent_model="scripted-model-1",
        agent_timeout_seconds=5,
        agent_max_retries=0,
        sse_keepalive_seconds=keepalive,
    )
    application = create_app(settings)
    async with running(application):
        yield application


async def test_a_slow_first_word_is_preceded_by_keepalive_comments(
    client: httpx2.AsyncClient, alice: Account, provider: ScriptedProvider
) -> None:
    provider.script(delay(0.8, text("Finally.")))
    response = await client.post(
        alice.path("/chat"), json={"message": "hello"}, headers=alice.headers
    )
    assert response.status_code == 200
    lines = response.text.splitlines()
    assert lines.count(KEEPALIVE.decode().strip()) >= 3
    events = sse_events(response)
    assert "".join(e.get("content", "") for e in events) == "Finally."
    assert events[-1]["done"] is True


async def test_a_failure_after_the_stream_started_is_an_error_event(
    client: httpx2.AsyncClient, alice: Account, provider: ScriptedProvider
) -> None:
    provider.script(delay(0.5, error(400, message="no")))
    response = await client.post(
        alice.path("/chat"), json={"message": "hello"}, headers=alice.headers
    )
    assert response.status_code == 200  # the stream had started with keepalives
    events = sse_events(response)
    assert events[-2]["error"]["code"] == "model_request_rejected"
    assert events[-1]["done"] is True


@pytest.mark.parametrize("keepalive", [10.0])  # the failure comes well within one interval
async def test_a_quick_failure_still_answers_503(
    client: httpx2.AsyncClient, alice: Account, provider: ScriptedProvider
) -> None:
    provider.script(error(400, message="no"))
    response = await client.post(
        alice.path("/chat"), json={"message": "hello"}, headers=alice.headers
    )
    assert response.status_code == 503
    assert KEEPALIVE not in response.content


async def test_json_mode_waits_without_keepalives(
    client: httpx2.AsyncClient, alice: Account, provider: ScriptedProvider
) -> None:
    provider.script(delay(0.5, text("Slow.")))
    response = await client.post(
        alice.path("/chat"), json={"message": "hello", "stream": False}, headers=alice.headers
    )
    assert response.json()["response"] == "Slow."


async def test_keepalives_come_only_in_silences() -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b"data: 1\n\n"
        await asyncio.sleep(0.25)
        yield b"data: 2\n\n"

    out = [chunk async for chunk in with_keepalive(chunks(), 0.1)]
    assert out[0] == b"data: 1\n\n" and out[-1] == b"data: 2\n\n"
    assert 1 <= out.count(KEEPALIVE) <= 3
    assert len(out) == 2 + out.count(KEEPALIVE)
