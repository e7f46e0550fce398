"""The assistant, loaded off the request path while the server already answers.

Importing the agent stack (the Agents SDK, the openai client, the MCP client) is most of a
server's start: 1.5 s of the 3.1 s `import todochat.app` took on this machine. So nothing
that /health, sign-in, the task routes or /api/mcp need imports it: the app's lifespan
calls `start()`, which imports it in a worker thread (the event loop keeps serving) and
then builds and starts the assistant on the loop; a chat turn waits for it (`get()`), so
one that arrives during the warm-up is answered as soon as the assistant is up. The modules
of a turn are imported before `get()` returns: code behind it may import them lazily
without ever blocking the loop on an import lock.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
from collections.abc import Callable
from contextlib import suppress
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from todochat.assistant.agent import Assistant

logger = logging.getLogger("todochat.assistant")

# Everything a chat turn runs on: chat.turn imports the assistant, the SDK's runner, the
# openai client and the MCP client.
TURN_MODULES = ("todochat.chat.turn",)


def import_turn_modules() -> None:
    for name in TURN_MODULES:
        importlib.import_module(name)


class AssistantLoader:
    """Imports, builds and starts the assistant once; `get()` waits for it.

    One task does it all and stops the assistant too: its MCP client's connection must be
    closed by the task that opened it.
    """

    def __init__(self, build: Callable[[], Assistant]) -> None:
        self._build = build
        self._task: asyncio.Task[None] | None = None
        self._ready: asyncio.Future[Assistant] | None = None
        self._stopping = asyncio.Event()

    def start(self) -> None:
        """Begin loading in the background (in the running event loop)."""
        if self._task is None:
            self._ready = asyncio.get_running_loop().create_future()
            self._task = asyncio.create_task(self._run(self._ready), name="todochat-assistant")

    async def _run(self, ready: asyncio.Future[Assistant]) -> None:
        try:
            await asyncio.to_thread(import_turn_modules)
            assistant = self._build()
            await assistant.start()
        except asyncio.CancelledError:  # stopped while loading
            ready.cancel()
            raise
        except Exception as exc:
            logger.error("the assistant could not start: %s", type(exc).__name__)
            ready.set_exception(exc)
            ready.exception()  # retrieved: a turn waiting for it gets it from get()
            return
        try:
            ready.set_result(assistant)
            await self._stopping.wait()
        finally:
            await assistant.stop()

    async def get(self) -> Assistant:
        """The started assistant; raises what loading raised."""
        self.start()
        assert self._ready is not None
        return await asyncio.shield(self._ready)

    async def stop(self) -> None:
        """Stop the assistant, or the loading still under way."""
        if self._task is None:
            return
        if self._ready is not None and not self._ready.done():
            self._task.cancel()
        self._stopping.set()
        with suppress(asyncio.CancelledError, Exception):
            await self._task
