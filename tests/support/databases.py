"""Throwaway databases for tests: a SQLite file per test, or a private PostgreSQL database.

The machine's PostgreSQL outlives each run and may be shared, so a run creates its own
database (`todochat_test_<random>`) and drops it at the end.
"""

from __future__ import annotations

import asyncio
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg

TABLES = (
    "pending_approvals",
    "messages",
    "conversations",
    "task_changes",
    "task_tags",
    "tasks",
    "users",
    "server_secrets",
)


def asyncpg_dsn(url: str) -> str:
    """The plain libpq form asyncpg connects with (no driver name, no query)."""
    parts = urlsplit(url)
    return urlunsplit(("postgresql", parts.netloc, parts.path, "", ""))


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, ""))


async def _admin(url: str, statement: str) -> None:
    connection = await asyncpg.connect(asyncpg_dsn(url), timeout=10)
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


def postgres_available(url: str) -> bool:
    """True when the PostgreSQL of `url` answers a query."""
    try:
        asyncio.run(_admin(url, "SELECT 1"))
    except (OSError, asyncpg.PostgresError, TimeoutError):
        return False
    return True


def create_postgres_database(base_url: str, prefix: str = "todochat_test") -> str:
    """Create an empty database `<prefix>_<random>` beside `base_url`'s and return its URL."""
    name = f"{prefix}_{secrets.token_hex(6)}"
    asyncio.run(_admin(base_url, f'CREATE DATABASE "{name}"'))
    return _with_database(base_url, name)


def drop_postgres_database(url: str, base_url: str) -> None:
    name = urlsplit(url).path.lstrip("/")
    asyncio.run(_admin(base_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def truncate_postgres(url: str) -> None:
    """Empty every table (and restart ids) between tests."""
    tables = ", ".join(TABLES)
    asyncio.run(_admin(url, f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@contextmanager
def scratch_database(tmp_path: Path) -> Iterator[str]:
    """A database with no tables at all, of the kind under test, removed afterwards.

    For tests that build or tear down the schema themselves (migrations, `todochat migrate`,
    a fresh server): a private PostgreSQL database when TEST_DATABASE_URL is set (the
    run-wide one is shared by the other tests), else a new SQLite file in `tmp_path`.
    """
    base = os.environ.get("TEST_DATABASE_URL")
    if not base:
        yield f"sqlite:///{tmp_path / 'scratch.db'}"
        return
    url = create_postgres_database(base)
    try:
        yield url
    finally:
        drop_postgres_database(url, base)
