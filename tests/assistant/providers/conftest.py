"""The app on the real provider path, against an emulated provider on loopback.

`profile` and `model_name` pick the emulated provider and the model asked for (tests
parametrize them); `provider_settings` adds settings. The app is configured as an operator
would: AGENT_BASE_URL, AGENT_PROVIDER, AGENT_MODEL, AGENT_API_KEY.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx2
import pytest
from fastapi import FastAPI

from tests.chat.conftest import sse_events
from tests.conftest import make_settings
from tests.support.accounts import Account
from tests.support.lifespan import running
from tests.support.provider_profiles import GEMINI, ProviderProfile
from tests.support.scripted_provider import ScriptedProvider
from todochat.app import create_app

# The emulator's profiles, and the AGENT_PROVIDER that names each one's dialect.
DIALECT_OF = {
    "gemini": "gemini",
    "groq": "groq",
    "openai-reasoning": "openai",
    "ollama": "ollama",
    "litellm": "litellm",
}
API_KEY = "provider-key-123"


@pytest.fixture
def profile() -> ProviderProfile:
    return GEMINI


@pytest.fixture
def model_name() -> str:
    return "gemini-3-flash-preview"


@pytest.fixture
def provider_settings() -> dict[str, Any]:
    return {}


@pytest.fixture
def provider(profile: ProviderProfile) -> Iterator[ScriptedProvider]:
    with ScriptedProvider(dialect=profile.emulate(), api_key=API_KEY) as scripted:
        yield scripted


def emulated_settings(
    database_url: str, provider: ScriptedProvider, profile: ProviderProfile, model: str, **more: Any
) -> dict[str, Any]:
    """The settings an operator would give for this emulated provider."""
    values: dict[str, Any] = {
        "agent_base_url": provider.base_url,
        "agent_provider": DIALECT_OF[profile.name],
        "agent_model": model,
        "agent_api_key": API_KEY,
        "agent_timeout_seconds": 6,
        "agent_attempt_timeout_seconds": 3,
        "agent_max_retries": 2,
    }
    values.update(more)
    return values


@pytest.fixture
async def app(
    database_url: str,
    provider: ScriptedProvider,
    profile: ProviderProfile,
    model_name: str,
    provider_settings: dict[str, Any],
) -> AsyncIterator[FastAPI]:
    values = emulated_settings(database_url, provider, profile, model_name, **provider_settings)
    application = create_app(make_settings(database_url, **values))
    async with running(application):
        yield application


async def chat(
    client: httpx2.AsyncClient, user: Account, message: str, *, stream: bool, **body: Any
) -> dict[str, Any]:
    """One chat turn; the answer as JSON mode gives it, whichever mode was used.

    Streamed answers are folded: `response` joins the content, `tool_calls` pairs each call
    with its result, `error` is the error event, `status` the HTTP status.
    """
    response = await client.post(
        user.path("/chat"),
        json={"message": message, "stream": stream, **body},
        headers=user.headers,
    )
    if response.status_code != 200:
        return {"status": response.status_code, **response.json()}
    if not stream:
        return {"status": 200, **response.json()}
    events = sse_events(response)
    calls: dict[str, dict[str, Any]] = {}
    folded: dict[str, Any] = {"status": 200, "response": "", "tool_calls": []}
    for event in events:
        if "content" in event:
            folded["response"] += event["content"]
        elif "tool_call" in event:
            call = {**event["tool_call"], "result": None}
            calls[call["id"]] = call
            folded["tool_calls"].append(call)
        elif "tool_result" in event:
            calls[event["tool_result"]["id"]]["result"] = event["tool_result"]["result"]
        elif "error" in event:
            folded["error"] = event["error"]
        elif "done" in event:
            folded["conversation_id"] = event["conversation_id"]
    return folded
