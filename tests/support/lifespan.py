"""Run an app's lifespan in a task of its own, as a server does.

pytest-asyncio may set up and tear down a fixture in different tasks; the MCP client and
session manager hold anyio cancel scopes that must be exited in the task that entered
them, so the whole lifespan lives in one background task here.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI


@asynccontextmanager
async def running(app: FastAPI) -> AsyncIterator[FastAPI]:
    started = asyncio.Event()
    stop = asyncio.Event()

    async def serve() -> None:
        async with app.router.lifespan_context(app):
            started.set()
            await stop.wait()

    task = asyncio.create_task(serve())
    waiter = asyncio.create_task(started.wait())
    await asyncio.wait({task, waiter}, return_when=asyncio.FIRST_COMPLETED)
    if task.done():
        waiter.cancel()
        task.result()  # raises the start-up error
    try:
        yield app
    finally:
        stop.set()
        await task
