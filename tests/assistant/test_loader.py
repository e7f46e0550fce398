"""The assistant loads in the background: a turn waits for it, a failure reaches the turn."""

from __future__ import annotations

import asyncio
from typing import cast

import pytest

from todochat.assistant.agent import Assistant
from todochat.assistant.loader import AssistantLoader


class FakeAssistant:
    """Records which task started and stopped it (an MCP client must close in its own)."""

    def __init__(self) -> None:
        self.started_in: asyncio.Task[object] | None = None
        self.stopped_in: asyncio.Task[object] | None = None

    async def start(self) -> None:
        self.started_in = asyncio.current_task()

    async def stop(self) -> None:
        self.stopped_in = asyncio.current_task()


async def test_get_waits_for_the_assistant_and_stop_closes_it_in_the_task_that_opened_it() -> None:
    fake = FakeAssistant()
    loader = AssistantLoader(lambda: cast(Assistant, fake))
    loader.start()
    waiting = [asyncio.ensure_future(loader.get()) for _ in range(3)]  # turns during loading
    assert all(got is fake for got in await asyncio.gather(*waiting))
    await loader.stop()
    assert fake.started_in is not None and fake.stopped_in is fake.started_in


async def test_a_failure_to_load_reaches_every_turn_and_stop_still_returns() -> None:
    def broken() -> Assistant:
        raise RuntimeError("no model")

    loader = AssistantLoader(broken)
    loader.start()
    for _ in range(2):
        with pytest.raises(RuntimeError, match="no model"):
            await loader.get()
    await loader.stop()


async def test_stop_during_loading_returns() -> None:
    loader = AssistantLoader(lambda: cast(Assistant, FakeAssistant()))
    loader.start()
    await loader.stop()  # the import thread may still run; nothing waits for it
