"""SQLite connections that take one trip to their thread per statement.

aiosqlite runs each sqlite3 call on the connection's own thread, and every call is a trip
there and back: a queued function, a future set from that thread, the event loop woken
through its self-pipe. SQLAlchemy's aiosqlite adapter makes four such calls a statement
(open a cursor, execute, fetch the rows, close the cursor) and two a transaction (commit,
then the pool's rollback when the connection is returned), where one does the work: a
chat turn on SQLite made 27 trips for 6 statements in 3 transactions. Here a statement is
one trip (the cursor is opened, run, read to the end and closed on the thread; SQLAlchemy
reads every row at once anyway, except from server-side cursors, which todochat does not
use), and a commit or rollback with no transaction open is none (sqlite3 itself does
nothing then). The statements, their order and their transactions are unchanged.

The engine gets these through SQLAlchemy's `async_creator` (`connect`); the SQLite work
still runs on aiosqlite's thread, so a statement waiting for another process's lock (the
busy timeout) never blocks the event loop.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Generator, Iterable, Sequence
from functools import partial
from threading import Thread
from typing import Any, cast

import aiosqlite

# What one statement leaves on its cursor: description, rowcount, lastrowid, the rows.
_Outcome = tuple[Any, int, int | None, list[Any]]


def _run(connection: sqlite3.Connection, sql: str, parameters: Any, many: bool) -> _Outcome:
    """On the connection's thread: the statement, run and read to its end."""
    cursor = connection.cursor()
    try:
        if many:
            cursor.executemany(sql, parameters)
        else:
            cursor.execute(sql, parameters)
        rows = cursor.fetchall() if cursor.description else []
        return cursor.description, cursor.rowcount, cursor.lastrowid, rows
    finally:
        cursor.close()


class Cursor:
    """The part of aiosqlite's cursor that SQLAlchemy's adapter uses; its rows are read
    by `execute`, so fetching and closing need no trip to the thread."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self.description: Any = None
        self.rowcount = -1
        self.lastrowid: int | None = None
        self.arraysize = 1
        self._rows: list[Any] = []

    async def __aenter__(self) -> Cursor:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.close()

    def __await__(self) -> Generator[Any, None, Cursor]:
        """`await connection.cursor()`, as SQLAlchemy before 2.0.44 opens a cursor."""
        return self.__aenter__().__await__()

    async def _run(self, sql: str, parameters: Any, many: bool) -> Cursor:
        connection = self._connection
        outcome: _Outcome = await connection._execute(  # type: ignore[no-untyped-call]
            _run, connection._conn, sql, parameters, many
        )
        self.description, self.rowcount, self.lastrowid, self._rows = outcome
        return self

    async def execute(self, sql: str, parameters: Iterable[Any] | None = None) -> Cursor:
        return await self._run(sql, () if parameters is None else parameters, False)

    async def executemany(self, sql: str, parameters: Iterable[Iterable[Any]]) -> Cursor:
        return await self._run(sql, parameters, True)

    async def fetchall(self) -> list[Any]:
        rows, self._rows = self._rows, []
        return rows

    async def fetchone(self) -> Any:
        return self._rows.pop(0) if self._rows else None

    async def fetchmany(self, size: int | None = None) -> Sequence[Any]:
        count = self.arraysize if size is None else size
        rows, self._rows = self._rows[:count], self._rows[count:]
        return rows

    async def close(self) -> None:
        self._rows = []


class Connection(aiosqlite.Connection):
    """aiosqlite's connection with `Cursor`s, and no trip for a commit or rollback
    when no transaction is open."""

    def cursor(self) -> Cursor:  # type: ignore[override]
        return Cursor(self)

    async def commit(self) -> None:
        if self._conn.in_transaction:
            await super().commit()

    async def rollback(self) -> None:
        if self._conn.in_transaction:
            await super().rollback()


async def connect(database: str, /, **kwargs: Any) -> Connection:
    """A `Connection` to `database` (sqlite3.connect's arguments), started; its thread
    does not keep the process alive (as SQLAlchemy's own aiosqlite connections). The
    event loop's thread reads whether a transaction is open, so `check_same_thread` is
    off."""
    kwargs["check_same_thread"] = False
    connection = Connection(partial(sqlite3.connect, database, **kwargs), iter_chunk_size=64)
    # aiosqlite 0.22 runs a thread of its own; before, the connection was the thread
    thread = cast(Thread, getattr(connection, "_thread", connection))
    thread.daemon = True
    await connection
    return connection
