"""Fixtures for the MCP server tests: the server object, users, and private databases."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from mcp import Client
from mcp.server.mcpserver import MCPServer
from mcp_types import CallToolResult, RequestParamsMeta, Tool

from tests.conftest import TEST_SECRET
from tests.support.databases import create_postgres_database, drop_postgres_database
from todochat.accounts import service as accounts
from todochat.accounts.tokens import TokenVerifier
from todochat.core.config import Settings
from todochat.core.db import Database
from todochat.core.migrate import upgrade
from todochat.mcp_server.identity import identity_meta
from todochat.mcp_server.server import build_mcp_server
from todochat.tasks import service as tasks
from todochat.tasks.models import TaskRead


def as_user(user_id: str) -> RequestParamsMeta:
    """The `_meta` the in-process agent sends to say whom a call is for."""
    return identity_meta(user_id)


async def provision(database: Database, name: str) -> str:
    """A user row with a fresh id (as a token's first use would make it)."""
    user_id = f"{name}-{uuid.uuid4().hex[:8]}"
    async with database.session() as session:
        await accounts.provision(session=session, user_id=user_id, name=name)
    return user_id


async def tasks_of(database: Database, user_id: str) -> list[TaskRead]:
    """Every task of `user_id`, read through the task service."""
    async with database.session() as session:
        return (await tasks.get_all(session=session, user_id=user_id)).items


@pytest.fixture
async def database(settings: Settings) -> AsyncIterator[Database]:
    db = Database(settings.database_url)
    try:
        yield db
    finally:
        await db.dispose()


@pytest.fixture
def verifier(settings: Settings) -> TokenVerifier:
    return TokenVerifier(settings, TEST_SECRET)


@pytest.fixture
def server(database: Database, settings: Settings, verifier: TokenVerifier) -> MCPServer:
    return build_mcp_server(database=database, settings=settings, verifier=verifier)


class InMemoryTools:
    """Calls through the official in-memory client, as the chat agent makes them.

    A client per call: an async fixture that stays inside `Client` would be closed from
    another task than the one that opened it (anyio refuses that).
    """

    def __init__(self, server: MCPServer) -> None:
        self.server = server

    async def list_tools(self) -> list[Tool]:
        async with Client(self.server) as client:
            return (await client.list_tools()).tools

    async def call_tool(
        self, name: str, arguments: dict[str, Any], meta: RequestParamsMeta | None = None
    ) -> CallToolResult:
        async with Client(self.server) as client:
            return await client.call_tool(name, arguments, meta=meta)


@pytest.fixture
def mcp(server: MCPServer) -> InMemoryTools:
    return InMemoryTools(server)


@pytest.fixture
async def alice_id(database: Database) -> str:
    return await provision(database, "alice")


@pytest.fixture
async def bob_id(database: Database) -> str:
    return await provision(database, "bob")


@pytest.fixture(scope="module")
def private_database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A migrated database of its own, for a module that shares one server process."""
    base = os.environ.get("TEST_DATABASE_URL")
    if base:
        url = create_postgres_database(base)
        try:
            asyncio.run(upgrade(url))
            yield url
        finally:
            drop_postgres_database(url, base)
        return
    path: Path = tmp_path_factory.mktemp("mcp") / "todochat.db"
    url = f"sqlite:///{path}"
    asyncio.run(upgrade(url))
    yield url


def process_env(database_url: str) -> dict[str, str]:
    """Environment for a `todochat` child process: this database, the test secret, quiet."""
    return {
        "DATABASE_URL": database_url,
        "BETTER_AUTH_SECRET": TEST_SECRET,
        "AGENT_MODEL": "offline",
        "LOG_LEVEL": "WARNING",
        "MCP_SERVER_URL": "",
        "BETTER_AUTH_URL": "",
    }
