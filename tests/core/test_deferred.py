"""Parts loaded in the background: a request waits for them, a failure reaches it."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest

from todochat.core.deferred import Deferred


class Part:
    """Records which task opened and closed it (an MCP client must close in its own)."""

    def __init__(self) -> None:
        self.opened_in: asyncio.Task[object] | None = None
        self.closed_in: asyncio.Task[object] | None = None

    @asynccontextmanager
    async def open(self) -> AsyncIterator[Part]:
        self.opened_in = asyncio.current_task()
        try:
            yield self
        finally:
            self.closed_in = asyncio.current_task()


async def test_get_waits_for_the_part_and_stop_closes_it_in_the_task_that_opened_it() -> None:
    part = Part()
    deferred = Deferred("part", ("json",), part.open)
    deferred.start()
    waiting = [asyncio.ensure_future(deferred.get()) for _ in range(3)]  # requests meanwhile
    assert all(got is part for got in await asyncio.gather(*waiting))
    assert "json" in sys.modules
    await deferred.stop()
    assert part.opened_in is not None and part.closed_in is part.opened_in


async def test_a_failure_to_open_reaches_every_request_and_stop_still_returns() -> None:
    @asynccontextmanager
    async def broken() -> AsyncIterator[Part]:
        raise RuntimeError("no model")
        yield Part()  # pragma: no cover

    deferred = Deferred("part", (), broken)
    deferred.start()
    for _ in range(2):
        with pytest.raises(RuntimeError, match="no model"):
            await deferred.get()
    await deferred.stop()


async def test_a_module_that_cannot_be_imported_is_a_failure_too() -> None:
    deferred = Deferred("part", ("todochat.no_such_module",), Part().open)
    with pytest.raises(ModuleNotFoundError):
        await deferred.get()  # starts it, too
    await deferred.stop()


async def test_stop_while_loading_returns() -> None:
    deferred = Deferred("part", ("json",), Part().open)
    deferred.start()
    await deferred.stop()
    with pytest.raises(asyncio.CancelledError):
        await deferred.get()
