"""Chat fixtures: the app runs on a scripted model (agents.testing), not a provider; tests
of the real provider path take `provider`, a scripted OpenAI-compatible server on loopback."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx2
import pytest
from agents.testing import ScriptedModel
from fastapi import FastAPI

from tests.support.lifespan import running
from tests.support.scripted_provider import ScriptedProvider
from todochat.app import create_app
from todochat.assistant.providers.choice import ModelChoice
from todochat.core.config import Settings


@pytest.fixture
def scripted() -> ScriptedModel:
    return ScriptedModel()


@pytest.fixture
def provider() -> Iterator[ScriptedProvider]:
    with ScriptedProvider() as scripted:
        yield scripted


@pytest.fixture
async def app(settings: Settings, scripted: ScriptedModel) -> AsyncIterator[FastAPI]:
    application = create_app(
        settings, model=ModelChoice(scripted, "scripted", "scripted model (tests)")
    )
    async with running(application):
        yield application


@pytest.fixture
async def offline_client(settings: Settings) -> AsyncIterator[httpx2.AsyncClient]:
    """A client of an app on the built-in offline model (not the scripted one)."""
    app: FastAPI = create_app(settings)  # AGENT_MODEL=offline in the test settings
    async with running(app):
        transport = httpx2.ASGITransport(app=app)
        async with httpx2.AsyncClient(transport=transport, base_url="http://test") as http:
            yield http


def sse_events(response: httpx2.Response) -> list[dict[str, Any]]:
    """The JSON objects of an SSE body's `data:` lines."""
    import json

    return [json.loads(line[5:]) for line in response.text.splitlines() if line.startswith("data:")]
