"""SQLite connections that take one trip to their thread per statement (core/sqlite.py):
fewer trips, and everything SQLAlchemy reads from a cursor the same as before."""

from __future__ import annotations

import asyncio
import collections
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import aiosqlite
import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from todochat.core import sqlite
from todochat.core.db import create_engine


@pytest.fixture
def trips(monkeypatch: pytest.MonkeyPatch) -> collections.Counter[str]:
    """Every call sent to an aiosqlite connection's thread, by the function's name."""
    counted: collections.Counter[str] = collections.Counter()
    original = aiosqlite.Connection._execute

    async def counting(self: aiosqlite.Connection, fn: Callable[..., Any], *args: Any) -> Any:
        counted[getattr(fn, "__name__", "?")] += 1
        return await original(self, fn, *args)

    monkeypatch.setattr(aiosqlite.Connection, "_execute", counting)
    return counted


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[Any]:
    engine = create_engine(f"sqlite:///{tmp_path / 'trips.db'}")
    async with engine.begin() as connection:
        await connection.execute(
            text("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT UNIQUE)")
        )
    yield engine
    await engine.dispose()


async def test_the_engine_connects_through_the_module(engine: Any) -> None:
    async with engine.connect() as connection:
        raw = await connection.get_raw_connection()
        assert isinstance(raw.driver_connection, sqlite.Connection)


async def test_a_statement_is_one_trip_and_a_transaction_adds_only_its_commit(
    engine: Any, trips: collections.Counter[str]
) -> None:
    """Before: a cursor, the statement, its rows and the cursor's close were four trips,
    and the pool's rollback after the commit a sixth."""
    async with engine.begin() as connection:
        await connection.execute(text("INSERT INTO notes (body) VALUES ('a')"))
        rows = (await connection.execute(text("SELECT body FROM notes"))).all()
    assert rows == [("a",)]
    assert dict(trips) == {"_run": 2, "commit": 1}
    trips.clear()
    async with engine.connect() as connection:  # reads only: no transaction was opened
        await connection.execute(text("SELECT 1"))
    assert dict(trips) == {"_run": 1}


async def test_what_sqlalchemy_reads_from_a_cursor_is_unchanged(engine: Any) -> None:
    async with engine.begin() as connection:
        inserted = await connection.execute(text("INSERT INTO notes (body) VALUES ('a')"))
        assert inserted.lastrowid == 1
        many = await connection.execute(
            text("INSERT INTO notes (body) VALUES (:body)"), [{"body": "b"}, {"body": "c"}]
        )
        assert many.rowcount == 2
        returned = await connection.execute(
            text("UPDATE notes SET body = body || '!' WHERE id > 1 RETURNING id, body")
        )
        assert sorted(returned.all()) == [(2, "b!"), (3, "c!")]
        updated = await connection.execute(text("UPDATE notes SET body = 'z' WHERE id = 9"))
        assert updated.rowcount == 0
        result = await connection.execute(text("SELECT id FROM notes ORDER BY id"))
        assert result.fetchone() == (1,)
        assert result.fetchmany(1) == [(2,)]
        assert result.all() == [(3,)]
        assert (await connection.execute(text("SELECT id FROM notes WHERE id = 9"))).all() == []


async def test_a_failed_statement_raises_as_before_and_its_transaction_rolls_back(
    engine: Any,
) -> None:
    with pytest.raises(IntegrityError):
        async with engine.begin() as connection:
            await connection.execute(text("INSERT INTO notes (body) VALUES ('kept?')"))
            await connection.execute(text("INSERT INTO notes (body) VALUES ('kept?')"))
    async with engine.connect() as connection:
        count = (await connection.execute(text("SELECT count(*) FROM notes"))).scalar()
    assert count == 0


async def test_a_statement_waiting_for_a_lock_leaves_the_event_loop_free(tmp_path: Path) -> None:
    """The work stays on aiosqlite's thread: while another connection holds the write lock,
    a writer waits (its busy timeout) and other tasks keep running."""
    path = tmp_path / "locked.db"
    engine = create_engine(f"sqlite:///{path}")
    async with engine.begin() as connection:
        await connection.execute(text("CREATE TABLE notes (body TEXT)"))
    holder = await sqlite.connect(str(path), isolation_level=None)
    try:
        await (await holder.cursor().execute("BEGIN IMMEDIATE")).close()
        ticks = 0

        async def tick() -> None:
            nonlocal ticks
            while True:
                ticks += 1
                await asyncio.sleep(0.01)

        ticker = asyncio.create_task(tick())

        async def write() -> None:
            async with engine.begin() as connection:
                await connection.execute(text("INSERT INTO notes VALUES ('x')"))

        writer = asyncio.create_task(write())
        await asyncio.sleep(0.3)
        assert not writer.done()
        assert ticks >= 10
        await holder.rollback()
        await asyncio.wait_for(writer, 5)
        ticker.cancel()
    finally:
        await holder.close()
        await engine.dispose()
