"""Parts of the app that load after the server listens: imported in a worker thread.

Importing the agent stack (the Agents SDK, the openai client, the MCP client) and the MCP
server's SDK is most of a server's start: more than half of the 3.1 s `import todochat.app`
took on this machine. Nothing /health, sign-in or the task routes need imports them: the
app's lifespan starts each `Deferred`, which imports its modules in a worker thread (the
event loop keeps serving), then opens the part on the loop; a request that needs it waits
for it (`get()`), so one that arrives during the warm-up is answered as soon as it is up.
Its modules are imported before `get()` returns: code behind it may import them where it
uses them without ever blocking the loop on an import lock.

One task opens the part, keeps it open and closes it: the MCP SDK's task groups and
connections must be closed by the task that opened them.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
from collections.abc import Callable, Sequence
from contextlib import AbstractAsyncContextManager, suppress
from typing import Generic, TypeVar

logger = logging.getLogger("todochat")

T = TypeVar("T")


def import_all(modules: Sequence[str]) -> None:
    for name in modules:
        importlib.import_module(name)


class Deferred(Generic[T]):
    """One part, loaded once in the background: `start()`, `get()`, `stop()`."""

    def __init__(
        self,
        name: str,
        modules: Sequence[str],
        open_part: Callable[[], AbstractAsyncContextManager[T]],
    ) -> None:
        self.name = name
        self._modules = tuple(modules)
        self._open = open_part
        self._task: asyncio.Task[None] | None = None
        self._ready: asyncio.Future[T] | None = None
        self._stopping = asyncio.Event()

    def start(self) -> None:
        """Begin loading in the background (in the running event loop)."""
        if self._task is None:
            self._ready = asyncio.get_running_loop().create_future()
            self._task = asyncio.create_task(self._run(self._ready), name=f"todochat-{self.name}")

    async def _run(self, ready: asyncio.Future[T]) -> None:
        try:
            await asyncio.to_thread(import_all, self._modules)
            async with self._open() as part:
                ready.set_result(part)
                await self._stopping.wait()
        except asyncio.CancelledError:  # stopped while loading
            if not ready.done():
                ready.cancel()
            raise
        except Exception as exc:
            if ready.done():
                logger.warning("the %s failed as it stopped: %s", self.name, type(exc).__name__)
                return
            logger.error("the %s could not start: %s", self.name, type(exc).__name__)
            ready.set_exception(exc)
            ready.exception()  # retrieved: a request waiting for it gets it from get()

    async def get(self) -> T:
        """The part, once open; raises what opening it raised."""
        self.start()
        assert self._ready is not None
        return await asyncio.shield(self._ready)

    async def stop(self) -> None:
        """Close the part, or stop the loading still under way."""
        if self._task is None:
            return
        if self._ready is not None and not self._ready.done():
            self._task.cancel()
        self._stopping.set()
        with suppress(asyncio.CancelledError, Exception):
            await self._task
        if self._ready is not None and not self._ready.done():  # cancelled before it ran
            self._ready.cancel()
