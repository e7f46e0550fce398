"""An app built from chosen settings and an httpx2 client on it, for tests that need their own."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx2
from fastapi import FastAPI

from tests.support.lifespan import running
from todochat.app import create_app
from todochat.core.config import Settings


@asynccontextmanager
async def app_client(
    settings: Settings, *, app: FastAPI | None = None
) -> AsyncIterator[httpx2.AsyncClient]:
    """Start `create_app(settings)` (or `app`) and yield a client on it; stop it afterwards."""
    application = app or create_app(settings)
    async with running(application):
        transport = httpx2.ASGITransport(app=application)
        async with httpx2.AsyncClient(transport=transport, base_url="http://localhost") as client:
            yield client
