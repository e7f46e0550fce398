"""Database engine and sessions: SQLite (aiosqlite) by default, PostgreSQL (asyncpg)."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sqlalchemy import DateTime, event, text
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.pool import AsyncAdaptedQueuePool, StaticPool
from sqlalchemy.types import TypeDecorator
from sqlmodel.ext.asyncio.session import AsyncSession

from todochat.core.errors import is_database_outage

logger = logging.getLogger("todochat.db")
T = TypeVar("T")

# libpq options that asyncpg does not take as keywords; `sslmode` is translated to `ssl`
# and `connect_timeout` to `timeout`.
_LIBPQ_ONLY_PARAMS = {
    "sslmode",
    "channel_binding",
    "sslrootcert",
    "sslcert",
    "sslkey",
    "options",
    "connect_timeout",
}
DEFAULT_CONNECT_TIMEOUT_SECONDS = 10
PING_AFTER_IDLE_SECONDS = 10.0


def utcnow() -> datetime:
    """Timezone-aware now; naive datetimes are refused by the models."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always read back timezone-aware (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


@dataclass(frozen=True)
class AsyncURL:
    """A SQLAlchemy async URL plus the driver keywords it needs."""

    url: str
    connect_args: dict[str, Any]

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")


def _ssl_mode(value: str) -> str | bool | None:
    """asyncpg's `ssl` for a libpq `sslmode` (or `ssl=true`); None leaves asyncpg's default."""
    mode = value.strip().lower()
    if mode in {"require", "verify-ca", "verify-full", "prefer", "allow"}:
        return mode
    if mode in {"disable", "false", "0", "no", "off"}:
        return False
    if mode in {"true", "1", "yes", "on"}:
        return "require"
    return None


def to_async_url(
    database_url: str, *, connect_timeout: float = DEFAULT_CONNECT_TIMEOUT_SECONDS
) -> AsyncURL:
    """Translate the user's URL (libpq/Neon or SQLite form) into an async driver URL.

    `postgresql://u:p@host/db?sslmode=require&channel_binding=require` (Neon's form) becomes
    `postgresql+asyncpg://u:p@host/db` with `ssl="require"`; a URL without `sslmode` connects
    without forcing SSL, so a local PostgreSQL works as is.
    """
    parts = urlsplit(database_url)
    scheme = parts.scheme.lower()
    if scheme in {"sqlite", "sqlite+aiosqlite"}:
        return AsyncURL("sqlite+aiosqlite:" + database_url.split(":", 1)[1], {})
    if scheme in {"postgres", "postgresql", "postgresql+asyncpg", "postgresql+psycopg"}:
        query = parse_qsl(parts.query, keep_blank_values=True)
        connect_args: dict[str, Any] = {}
        kept: list[tuple[str, str]] = []
        for key, value in query:
            if key in {"sslmode", "ssl"}:
                ssl = _ssl_mode(value)
                if ssl is not None:
                    connect_args["ssl"] = ssl
            elif key == "connect_timeout" and value.isdigit() and int(value) > 0:
                connect_args["timeout"] = int(value)
            elif key not in _LIBPQ_ONLY_PARAMS:
                kept.append((key, value))
        # asyncpg waits 60 s for a host that does not answer; fail (503) sooner than that.
        connect_args.setdefault("timeout", connect_timeout)
        url = urlunsplit(("postgresql+asyncpg", parts.netloc, parts.path, urlencode(kept), ""))
        return AsyncURL(url, connect_args)
    raise ValueError(f"Unsupported DATABASE_URL scheme {scheme!r}: use sqlite:/// or postgresql://")


def sqlite_path(database_url: str) -> str | None:
    """The file behind a SQLite URL, or None for PostgreSQL and in-memory SQLite."""
    parts = urlsplit(database_url)
    if not parts.scheme.startswith("sqlite"):
        return None
    path = database_url.split(":///", 1)[1] if ":///" in database_url else ""
    path = path.split("?", 1)[0]
    if not path or path == ":memory:":
        return None
    return path


# How long a SQLite statement waits for another process's write (the busy timeout), and a
# session for the process's one connection.
SQLITE_BUSY_SECONDS = 30


@dataclass(frozen=True)
class Timeouts:
    """How long PostgreSQL may take (SQLite is local: it has its busy timeout only).

    `command`: any one statement (asyncpg's `command_timeout`); `pool`: waiting for a free
    pooled connection; `connect`: opening one (a URL's `connect_timeout` wins). Behind a
    network partition each request fails (503) within these instead of hanging.
    """

    command: float | None = None
    pool: float = 30
    connect: float = DEFAULT_CONNECT_TIMEOUT_SECONDS


def create_engine(
    database_url: str, *, echo: bool = False, timeouts: Timeouts | None = None
) -> AsyncEngine:
    """An engine with the right pool and, for SQLite, WAL, foreign keys and a busy timeout.

    `hide_parameters`: a failed statement's error (logged, or raised) shows the SQL but never
    its values, which are titles, messages and replies.

    A SQLite file gets one pooled connection per process. SQLite lets one transaction write
    at a time, and every transaction of a chat turn writes: with a connection per session,
    concurrent writers met the write lock and SQLite's busy handler put each loser to sleep
    for 1 to 100 ms and let it try again, so some users lost again and again (50 users at
    once: p95 near 3 s, the last tenth of the turns taking 1-2 s where PostgreSQL took
    0.4 s). One connection makes the pool's queue (first come, first served, no sleeping)
    the order of the writes instead; the wait for it is bounded like the busy timeout was.
    Sessions are short and never nest, so none waits for a connection its own task holds.
    """
    timeouts = timeouts or Timeouts()
    target = to_async_url(database_url, connect_timeout=timeouts.connect)
    if target.is_sqlite:
        in_memory = sqlite_path(database_url) is None
        pool: dict[str, Any] = (
            {"poolclass": StaticPool}
            if in_memory
            else {
                # named, not left to the dialect: older SQLAlchemy 2.0 releases (2.0.30, the
                # lowest allowed, among them) give a SQLite file a NullPool, which takes no size
                "poolclass": AsyncAdaptedQueuePool,
                "pool_size": 1,
                "max_overflow": 0,
                "pool_timeout": SQLITE_BUSY_SECONDS,
            }
        )
        engine = create_async_engine(
            target.url,
            echo=echo,
            hide_parameters=True,
            connect_args={"timeout": SQLITE_BUSY_SECONDS, "check_same_thread": False},
            **pool,
        )

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_SECONDS * 1000}")
            cursor.close()

        return engine
    connect_args = dict(target.connect_args)
    if timeouts.command is not None:
        connect_args["command_timeout"] = timeouts.command
    engine = create_async_engine(
        target.url,
        echo=echo,
        hide_parameters=True,
        connect_args=connect_args,
        pool_size=10,
        max_overflow=20,
        pool_recycle=300,
        pool_timeout=timeouts.pool,
    )
    _ping_when_idle(engine, PING_AFTER_IDLE_SECONDS)
    _timed_out_connections_are_dropped(engine)
    return engine


def _timed_out_connections_are_dropped(engine: AsyncEngine) -> None:
    """A statement that timed out leaves its connection mid-protocol (behind a partition it
    may never answer again): treat it as a lost connection, so the pool closes it and
    checks the others, rather than handing it to the next request."""

    @event.listens_for(engine.sync_engine, "handle_error")
    def _timeout_is_a_disconnect(context: Any) -> None:
        if isinstance(context.original_exception, TimeoutError):
            context.is_disconnect = True


def _ping_when_idle(engine: AsyncEngine, idle_seconds: float) -> None:
    """Check a pooled connection before use only when it has sat idle for a while.

    `pool_pre_ping` checks on every checkout: a round trip per session, three per chat turn
    (about 3 ms of a turn on PostgreSQL). Connections die while idle (a server restart,
    Neon suspending its compute, a proxy's idle timeout); one used moments ago is alive.
    A failed check discards the connection and the pool hands out a fresh one.
    """
    dialect = engine.dialect

    @event.listens_for(engine.sync_engine, "checkin")
    def _idle_from_now(_dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine.sync_engine, "checkout")
    def _ping_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        idle_since = record.info.get("idle_since")
        if idle_since is None or time.monotonic() - idle_since < idle_seconds:
            return  # just connected, or in use moments ago
        try:
            dialect.do_ping(dbapi_connection)
        except Exception as exc:
            raise DisconnectionError("pooled connection failed its check") from exc


# A write that is one statement runs in autocommit on PostgreSQL: it is its own
# transaction, without the BEGIN and COMMIT round trips (two of three). Only PostgreSQL
# makes a write to several tables one statement (data-modifying WITH); SQLite keeps a
# transaction of several statements, which costs no round trips there.
AUTOCOMMIT = {"isolation_level": "AUTOCOMMIT"}


class _Bound(Protocol):
    @property
    def dialect(self) -> Dialect: ...


def is_sqlite(bind: AsyncSession | _Bound) -> bool:
    """Whether `bind` (a session, an engine or a connection, async or not) reaches SQLite:
    the one place that asks. SQLite and PostgreSQL are the only databases
    (`to_async_url` refuses others), so anything else is PostgreSQL."""
    dialect = bind.get_bind().dialect if isinstance(bind, AsyncSession) else bind.dialect
    return dialect.name == "sqlite"


async def one_statement_in(session: AsyncSession) -> bool:
    """True on PostgreSQL, for a write that is one statement: `session`, unless a
    transaction of its is under way already, is put in autocommit for it. False on
    SQLite, where the write is several statements in the session's transaction."""
    if is_sqlite(session):
        return False
    if not session.in_transaction():
        await session.connection(execution_options=AUTOCOMMIT)
    return True


class Database:
    """The engine and session factory of one process; built by `create_app`, not at import."""

    def __init__(self, database_url: str, *, timeouts: Timeouts | None = None) -> None:
        self.url = database_url
        self.engine = create_engine(database_url, timeouts=timeouts)
        self.sessionmaker = async_sessionmaker(
            self.engine, class_=AsyncSession, expire_on_commit=False
        )
        self._autocommit = self.engine.execution_options(**AUTOCOMMIT)

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.engine)

    @asynccontextmanager
    async def one_statement(self) -> AsyncIterator[AsyncConnection]:
        """PostgreSQL: a connection for a write that is one statement, in autocommit
        (`AUTOCOMMIT`). Core statements only, no ORM session (its bookkeeping costs more
        than such a write)."""
        assert not self.is_sqlite, "SQLite: use `transaction()`"
        async with self._autocommit.connect() as connection:
            yield connection

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncConnection]:
        """A connection in a transaction, committed when the block ends (rolled back if it
        raises). Core statements only, no ORM session."""
        async with self.engine.begin() as connection:
            yield connection

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        """A session that rolls back on error and is always closed."""
        async with self.sessionmaker() as session:
            try:
                yield session
            except BaseException:
                await session.rollback()
                raise

    async def retrying_once(self, work: Callable[[AsyncSession], Awaitable[T]]) -> T:
        """`work` in a session of its own; if the connection is lost meanwhile, once more
        in a new session. A lost connection makes the pool drop every connection opened
        before it, so the second try runs on a fresh one. For writes that must not be
        lost to one dropped connection (a chat reply); `work` must commit once, at its end.
        """

        async def attempt() -> T:
            async with self.session() as session:
                return await work(session)

        return await self.twice_if_lost(attempt)

    async def twice_if_lost(self, attempt: Callable[[], Awaitable[T]]) -> T:
        """`attempt` (which opens its own connection), and once more if the connection was
        lost meanwhile (see `retrying_once`)."""
        try:
            return await attempt()
        except Exception as exc:
            if not is_database_outage(exc):
                raise
            logger.warning("connection lost (%s); trying once more", type(exc).__name__)
        return await attempt()

    async def ping(self) -> None:
        """Raise when the database cannot be reached."""
        async with self.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))

    async def dispose(self) -> None:
        await self.engine.dispose()
