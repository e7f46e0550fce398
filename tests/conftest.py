"""Fixtures shared by the whole suite.

Every test gets an empty, migrated database: a copy of a migrated SQLite file, or, when
TEST_DATABASE_URL is set, a private PostgreSQL database (created for the run, emptied
between tests, dropped at the end). A PostgreSQL that cannot be reached fails the run.
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import shutil
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path

import httpx2
import pytest
from fastapi import FastAPI

from tests.support.accounts import Account
from tests.support.databases import (
    create_postgres_database,
    drop_postgres_database,
    truncate_postgres,
)
from tests.support.lifespan import running
from tests.support.log_watch import LogWatch
from todochat.app import create_app
from todochat.core.config import Settings
from todochat.core.db import Database
from todochat.core.migrate import upgrade

TEST_SECRET = "test-secret-for-hs256-tokens-0123456789abcdef"
BACKEND = "postgresql" if os.environ.get("TEST_DATABASE_URL") else "sqlite"


@pytest.fixture(scope="session", autouse=True)
def logs_hold_no_secrets() -> Iterator[None]:
    """The whole run's log, in process and from every server process it started, holds no
    bearer token, no signing secret and no test password (issue 12: logs without user
    content). Checked once, when the run ends."""
    watch = LogWatch()
    root = logging.getLogger()
    root.addHandler(watch)
    try:
        yield
    finally:
        root.removeHandler(watch)
    leaks = watch.leaks({"the test signing secret": TEST_SECRET, "a test password": "password123"})
    assert not leaks, f"secrets reached the logs: {sorted(set(leaks))}"


@pytest.fixture(autouse=True)
def todochat_logger_restored() -> Iterator[None]:
    """Commands run in process (`main(["eval", ...])`) quiet the `todochat` logger for
    their own output; put it back, so later tests still see its lines.
    """
    logger = logging.getLogger("todochat")
    level, propagate, handlers = logger.level, logger.propagate, list(logger.handlers)
    yield
    logger.setLevel(level)
    logger.propagate = propagate
    logger.handlers[:] = handlers


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2 at test-sized cost: the real parameters take 0.3 to 0.7 s a hash on 2 cores.

    Still Argon2 (the hash format and the code path are the real ones); server-process
    tests run with the production parameters.
    """
    from argon2 import PasswordHasher

    from todochat.accounts import passwords

    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(passwords, "_hasher", lambda: hasher)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str | None]:
    base = os.environ.get("TEST_DATABASE_URL")
    if not base:
        yield None
        return
    url = create_postgres_database(base)
    try:
        asyncio.run(upgrade(url))
        yield url
    finally:
        drop_postgres_database(url, base)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    asyncio.run(upgrade(f"sqlite:///{path}"))
    return path


@pytest.fixture
def database_url(postgres_url: str | None, sqlite_template: Path, tmp_path: Path) -> str:
    """An empty, migrated database for this test."""
    if postgres_url is not None:
        truncate_postgres(postgres_url)
        return postgres_url
    path = tmp_path / "todochat.db"
    shutil.copyfile(sqlite_template, path)
    return f"sqlite:///{path}"


def make_settings(database_url: str, **overrides: object) -> Settings:
    """Settings for tests: never read the developer's `.env` or provider keys."""
    values: dict[str, object] = {
        "database_url": database_url,
        "better_auth_secret": TEST_SECRET,
        "agent_model": "offline",
        "google_api_key": None,
        "groq_api_key": None,
        "openai_api_key": None,
        "agent_base_url": None,
        "mcp_server_url": None,
        "better_auth_url": None,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[arg-type]


@pytest.fixture
async def database(database_url: str) -> AsyncIterator[Database]:
    """The test database's engine and sessions, for tests below the HTTP layer."""
    db = Database(database_url)
    try:
        yield db
    finally:
        await db.dispose()


REDIS_URL = "redis://127.0.0.1:6379/0"


@pytest.fixture
def redis_prefix() -> Iterator[str]:
    """A random key prefix on the machine's Redis; every key under it is deleted after."""
    import redis

    prefix = f"todochat-test-{secrets.token_hex(6)}:"
    yield prefix
    client = redis.Redis.from_url(REDIS_URL)
    try:
        keys = list(client.scan_iter(match=f"{prefix}*"))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


@pytest.fixture
def settings(database_url: str) -> Settings:
    return make_settings(database_url)


@pytest.fixture
async def app(settings: Settings) -> AsyncIterator[FastAPI]:
    application = create_app(settings)
    async with running(application):
        yield application


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx2.AsyncClient]:
    transport = httpx2.ASGITransport(app=app)
    async with httpx2.AsyncClient(transport=transport, base_url="http://localhost") as http:
        yield http


UserFactory = Callable[..., Awaitable[Account]]


@pytest.fixture
def make_user(client: httpx2.AsyncClient) -> UserFactory:
    """Register a new account through the API."""

    async def register(name: str = "user", password: str = "password123") -> Account:
        email = f"{name}-{uuid.uuid4().hex[:8]}@example.com"
        response = await client.post(
            "/api/auth/register", json={"email": email, "password": password, "name": name}
        )
        assert response.status_code == 201, response.text
        body = response.json()
        return Account(id=body["user"]["id"], email=email, token=body["token"])

    return register


@pytest.fixture
async def alice(make_user: UserFactory) -> Account:
    return await make_user("alice")


@pytest.fixture
async def bob(make_user: UserFactory) -> Account:
    return await make_user("bob")
