"""Task fixtures: a session on a database where users `alice` and `bob` exist."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlmodel.ext.asyncio.session import AsyncSession

from todochat.accounts import service as accounts
from todochat.core.db import Database


@pytest.fixture
async def session(database_url: str) -> AsyncIterator[AsyncSession]:
    """A session on a database where users `alice` and `bob` exist."""
    database = Database(database_url)
    try:
        async with database.session() as db_session:
            for user_id in ("alice", "bob"):
                await accounts.provision(session=db_session, user_id=user_id)
            yield db_session
    finally:
        await database.dispose()
