"""Database URLs, engines and SQLite settings."""

from __future__ import annotations

import asyncio
import os
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, select, text

from tests.conftest import BACKEND
from todochat.core.db import (
    Database,
    UTCDateTime,
    create_engine,
    is_sqlite,
    sqlite_path,
    to_async_url,
)

NEON = (
    "postgresql://neondb_owner:p%40ss@ep-cool-darkness-123456.us-east-2.aws.neon.tech/neondb"
    "?sslmode=require&channel_binding=require"
)


def test_neon_url_is_translated_for_asyncpg() -> None:
    target = to_async_url(NEON)
    assert target.url == (
        "postgresql+asyncpg://neondb_owner:p%40ss@ep-cool-darkness-123456.us-east-2.aws.neon.tech"
        "/neondb"
    )
    assert target.connect_args["ssl"] == "require"
    assert "sslmode" not in target.url and "channel_binding" not in target.url
    assert not target.is_sqlite


def test_plain_local_url_does_not_force_ssl() -> None:
    target = to_async_url("postgresql://postgres@127.0.0.1:5432/todo")
    assert target.url == "postgresql+asyncpg://postgres@127.0.0.1:5432/todo"
    assert "ssl" not in target.connect_args


@pytest.mark.parametrize(
    ("query", "ssl"),
    [
        ("sslmode=disable", False),
        ("sslmode=prefer", "prefer"),
        ("sslmode=verify-full", "verify-full"),
        ("ssl=require", "require"),
        ("ssl=true", "require"),
        ("ssl=false", False),
    ],
)
def test_ssl_modes_are_passed_to_asyncpg(query: str, ssl: object) -> None:
    target = to_async_url(f"postgresql://u@h/db?{query}")
    assert target.connect_args["ssl"] == ssl
    assert target.url == "postgresql+asyncpg://u@h/db"


@pytest.mark.parametrize("scheme", ["postgres", "postgresql", "postgresql+asyncpg"])
def test_postgres_scheme_spellings_all_use_asyncpg(scheme: str) -> None:
    assert to_async_url(f"{scheme}://u:p@h:5433/db").url == "postgresql+asyncpg://u:p@h:5433/db"


def test_libpq_only_options_are_dropped_and_others_kept() -> None:
    target = to_async_url(
        "postgresql://u@h/db?options=endpoint%3Dep-1&sslrootcert=/x.pem&prepared_statement_cache_size=0"
    )
    assert target.url == "postgresql+asyncpg://u@h/db?prepared_statement_cache_size=0"


def test_connect_timeout_is_bounded_by_default_and_configurable() -> None:
    assert to_async_url("postgresql://u@h/db").connect_args["timeout"] == 10
    assert to_async_url("postgresql://u@h/db?connect_timeout=3").connect_args["timeout"] == 3


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite:///./todochat.db", "sqlite+aiosqlite:///./todochat.db"),
        ("sqlite:////var/lib/todo.db", "sqlite+aiosqlite:////var/lib/todo.db"),
        ("sqlite+aiosqlite:///x.db", "sqlite+aiosqlite:///x.db"),
        ("sqlite://", "sqlite+aiosqlite://"),
    ],
)
def test_sqlite_urls_use_aiosqlite(url: str, expected: str) -> None:
    target = to_async_url(url)
    assert (target.url, target.connect_args, target.is_sqlite) == (expected, {}, True)


def test_unsupported_scheme_is_refused_with_a_clear_message() -> None:
    with pytest.raises(ValueError, match="Unsupported DATABASE_URL scheme 'mysql'"):
        to_async_url("mysql://u@h/db")


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("sqlite:///./todochat.db", "./todochat.db"),
        ("sqlite:////abs/todo.db", "/abs/todo.db"),
        ("sqlite:///x.db?mode=ro", "x.db"),
        ("sqlite:///:memory:", None),
        ("sqlite://", None),
        ("postgresql://u@h/db", None),
    ],
)
def test_sqlite_path(url: str, path: str | None) -> None:
    assert sqlite_path(url) == path


async def test_sqlite_file_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'pragmas.db'}")
    try:
        async with engine.connect() as connection:
            journal = (await connection.execute(text("PRAGMA journal_mode"))).scalar()
            foreign_keys = (await connection.execute(text("PRAGMA foreign_keys"))).scalar()
            busy = (await connection.execute(text("PRAGMA busy_timeout"))).scalar()
        assert (journal, foreign_keys, busy) == ("wal", 1, 30000)
    finally:
        await engine.dispose()


async def test_a_sqlite_file_is_written_through_one_connection_in_arrival_order(
    tmp_path: Path,
) -> None:
    """Concurrent write transactions queue for the process's one connection, first come
    first served, instead of meeting SQLite's write lock and its busy handler's sleeps."""
    engine = create_engine(f"sqlite:///{tmp_path / 'writers.db'}")
    try:
        async with engine.begin() as connection:
            await connection.execute(text("CREATE TABLE log (id INTEGER PRIMARY KEY, who INT)"))
        assert engine.pool.size() == 1  # type: ignore[attr-defined]

        async def write(who: int) -> None:
            async with engine.begin() as connection:
                await connection.execute(text("INSERT INTO log (who) VALUES (:who)"), {"who": who})
                await asyncio.sleep(0.01)  # still in the transaction: the others wait for it

        await asyncio.gather(*(write(who) for who in range(20)))
        async with engine.connect() as connection:
            order = (await connection.execute(text("SELECT who FROM log ORDER BY id"))).scalars()
            assert list(order) == list(range(20))
    finally:
        await engine.dispose()


async def test_in_memory_sqlite_enforces_foreign_keys_and_keeps_one_database() -> None:
    database = Database("sqlite:///:memory:")
    try:
        async with database.engine.begin() as connection:
            await connection.execute(text("CREATE TABLE parent (id INTEGER PRIMARY KEY)"))
            await connection.execute(
                text("CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id REFERENCES parent(id))")
            )
            assert (await connection.execute(text("PRAGMA foreign_keys"))).scalar() == 1
        async with database.engine.connect() as connection:
            # A second connection sees the same in-memory database (StaticPool).
            tables = await connection.execute(text("SELECT name FROM sqlite_master ORDER BY name"))
            assert [row[0] for row in tables] == ["child", "parent"]
            with pytest.raises(Exception, match="FOREIGN KEY"):
                await connection.execute(text("INSERT INTO child (parent_id) VALUES (42)"))
    finally:
        await database.dispose()


async def test_utc_datetime_reads_back_aware_in_utc(database_url: str) -> None:
    table = Table(
        "utc_probe",
        MetaData(),
        Column("id", Integer, primary_key=True),
        Column("at", UTCDateTime()),
    )
    engine = create_engine(database_url)
    paris = datetime(2026, 5, 1, 12, 0, tzinfo=timezone(timedelta(hours=2)))
    naive = datetime(2026, 5, 1, 12, 0)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(table.create)
            await connection.execute(
                table.insert(), [{"id": 1, "at": paris}, {"id": 2, "at": naive}]
            )
            rows = (await connection.execute(select(table.c.at).order_by(table.c.id))).scalars()
            first, second = list(rows)
            await connection.run_sync(table.drop)
    finally:
        await engine.dispose()
    assert first == datetime(2026, 5, 1, 10, 0, tzinfo=UTC) and first.utcoffset() == timedelta(0)
    assert second == datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


async def test_is_sqlite_answers_alike_for_every_kind_of_bind(database_url: str) -> None:
    """One question, asked of whatever a caller holds: the database, its engine, a
    session, a connection, and the synchronous connection a migration runs on."""
    expected = BACKEND == "sqlite"
    database = Database(database_url)
    try:
        async with database.session() as session, database.engine.connect() as connection:
            answers = [
                database.is_sqlite,
                is_sqlite(database.engine),
                is_sqlite(session),
                is_sqlite(connection),
                await connection.run_sync(is_sqlite),
            ]
    finally:
        await database.dispose()
    assert answers == [expected] * 5


async def test_ping_answers_on_the_test_database(database_url: str) -> None:
    database = Database(database_url)
    try:
        await database.ping()
    finally:
        await database.dispose()


@pytest.mark.skipif(
    not os.environ.get("TEST_DATABASE_URL"), reason="needs the PostgreSQL of TEST_DATABASE_URL"
)
async def test_local_postgres_connects_with_ssl_disabled_explicitly(database_url: str) -> None:
    database = Database(database_url + "?sslmode=disable&connect_timeout=5")
    try:
        await database.ping()
    finally:
        await database.dispose()


needs_postgres = pytest.mark.skipif(
    not os.environ.get("TEST_DATABASE_URL"), reason="needs the PostgreSQL of TEST_DATABASE_URL"
)


async def _backend_pid(database: Database) -> int:
    async with database.session() as session:
        return int((await session.exec(text("SELECT pg_backend_pid()"))).scalar_one())  # type: ignore[call-overload]


@needs_postgres
async def test_an_idle_pooled_connection_that_died_is_replaced(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("todochat.core.db.PING_AFTER_IDLE_SECONDS", 0.0)
    database = Database(database_url)
    try:
        first = await _backend_pid(database)
        admin = Database(database_url)
        try:
            async with admin.engine.connect() as other:
                await other.execute(text(f"SELECT pg_terminate_backend({first})"))
        finally:
            await admin.dispose()
        assert await _backend_pid(database) != first
    finally:
        await database.dispose()


@needs_postgres
async def test_a_connection_used_moments_ago_is_not_checked_again(database_url: str) -> None:
    database = Database(database_url)
    pings: list[object] = []
    original = database.engine.dialect.do_ping

    def counting_ping(dbapi_connection: object) -> bool:
        pings.append(dbapi_connection)
        return bool(original(dbapi_connection))

    database.engine.dialect.do_ping = counting_ping  # type: ignore[method-assign]
    try:
        first = await _backend_pid(database)
        second = await _backend_pid(database)
    finally:
        await database.dispose()
    assert first == second
    assert pings == []
