"""Chat fixtures: the app runs on a scripted model (agents.testing), not a provider."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx2
import pytest
from agents.testing import ScriptedModel
from fastapi import FastAPI

from tests.support.lifespan import running
from todochat.app import create_app
from todochat.assistant.providers import ModelChoice
from todochat.core.config import Settings


@pytest.fixture
def scripted() -> ScriptedModel:
    return ScriptedModel()


@pytest.fixture
async def app(settings: Settings, scripted: ScriptedModel) -> AsyncIterator[FastAPI]:
    application = create_app(
        settings, model=ModelChoice(scripted, "scripted", "scripted model (tests)")
    )
    async with running(application):
        yield application


def sse_events(response: httpx2.Response) -> list[dict[str, Any]]:
    """The JSON objects of an SSE body's `data:` lines."""
    import json

    return [json.loads(line[5:]) for line in response.text.splitlines() if line.startswith("data:")]
