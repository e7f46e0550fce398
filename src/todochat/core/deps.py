"""FastAPI dependencies shared by every domain: settings, database, sessions, rate limits."""

from __future__ import annotations

import ipaddress
from collections.abc import AsyncIterator
from typing import Annotated, cast

from fastapi import Depends, Request
from sqlmodel.ext.asyncio.session import AsyncSession

from todochat.core.config import Settings
from todochat.core.db import Database
from todochat.core.ratelimit import RateLimiter


# Dependencies are `async def` even when they do not await: FastAPI runs plain `def`
# dependencies in a worker thread, a thread hop per dependency on every request.
async def get_settings_dep(request: Request) -> Settings:
    return cast(Settings, request.app.state.settings)


async def get_database(request: Request) -> Database:
    return cast(Database, request.app.state.database)


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
DatabaseDep = Annotated[Database, Depends(get_database)]


async def get_session(database: DatabaseDep) -> AsyncIterator[AsyncSession]:
    """One session per request, closed (and rolled back on error) when the request ends."""
    async with database.session() as session:
        yield session


SessionDep = Annotated[AsyncSession, Depends(get_session)]


async def get_limiter(request: Request) -> RateLimiter:
    return cast(RateLimiter, request.app.state.limiter)


LimiterDep = Annotated[RateLimiter, Depends(get_limiter)]


def client_address(request: Request) -> str:
    """The caller's address as limits count it: the peer, or behind a proxy listed in
    FORWARDED_ALLOW_IPS the address it forwarded (uvicorn sets it before the app runs).

    An IPv6 address counts as its /64: one subscriber usually holds a whole /64, so
    counting single addresses would give an attacker 2^64 budgets.
    """
    host = request.client.host if request.client else "unknown"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is None:
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return host
