"""Apply, revert and check the Alembic migrations that ship in `todochat.migrations`.

Every `todochat serve` migrates on start, so any number of processes may migrate at once.
Each takes a database-wide lock for its whole upgrade, in the migration's own
transaction: on PostgreSQL a transaction-level advisory lock, on SQLite the write lock
(`BEGIN IMMEDIATE`, waited for up to the busy timeout). The first process upgrades; the
others wait, then find the schema current and go straight on. A database already at the
latest revision is recognised by one query, before Alembic is even imported (a third of a
second of every start).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import MetaData, inspect, text
from sqlalchemy.engine import Connection

from todochat.core.db import create_engine, is_sqlite

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
# The advisory lock key migrations hold on PostgreSQL: "todochat" in ASCII, as a bigint.
MIGRATION_LOCK_KEY = int.from_bytes(b"todochat", "big")


def target_metadata() -> MetaData:
    """The models' metadata, with every domain's tables registered."""
    from sqlmodel import SQLModel

    import todochat.accounts.models
    import todochat.chat.models
    import todochat.tasks.models  # noqa: F401  (registers the tables)

    return SQLModel.metadata


def head_revision() -> str:
    """The latest revision shipped: the one linear chain is numbered (`0001_...py` after
    `_next_revision_id`), so the highest-numbered file's; read without Alembic."""
    versions = (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
    return max((path.name[:4] for path in versions), default="")


def _is_current(connection: Connection) -> bool:
    """Whether the database is at the latest revision already."""
    if not inspect(connection).has_table("alembic_version"):
        return False
    stored = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return stored == [head_revision()]


def _config(connection: Connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def _lock(connection: Connection) -> None:
    """Hold the database's migration lock until this transaction ends."""
    if is_sqlite(connection):
        # The driver begins transactions only before data changes, so DDL would otherwise
        # run outside any transaction; this also makes a migration all-or-nothing.
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})


def _upgrade(connection: Connection, revision: str) -> None:
    from alembic import command

    with _foreign_keys_off(connection):
        _lock(connection)
        command.upgrade(_config(connection), revision)


def _downgrade(connection: Connection, revision: str) -> None:
    from alembic import command

    with _foreign_keys_off(connection):
        _lock(connection)
        command.downgrade(_config(connection), revision)


@contextmanager
def _foreign_keys_off(connection: Connection) -> Iterator[None]:
    """SQLite changes a column by copying its table and dropping the old one; with foreign
    keys on, that drop would cascade (dropping `users` would delete every task). PRAGMA
    foreign_keys only takes effect outside a transaction: it comes before `_lock` begins
    one. The connection is discarded after the migration, so the setting goes with it."""
    if not is_sqlite(connection):
        yield
        return
    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")


def _differences(connection: Connection) -> list[Any]:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, target_metadata()))


async def upgrade(database_url: str, revision: str = "head") -> None:
    """Bring the database to `revision` (the latest by default); safe to run on every start."""
    engine = create_engine(database_url)
    try:
        if revision == "head":
            async with engine.connect() as connection:
                if await connection.run_sync(_is_current):
                    return
        async with engine.begin() as connection:
            await connection.run_sync(_upgrade, revision)
    finally:
        await engine.dispose()


async def downgrade(database_url: str, revision: str = "base") -> None:
    """Revert to `revision` (an empty database by default)."""
    engine = create_engine(database_url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(_downgrade, revision)
    finally:
        await engine.dispose()


async def schema_differences(database_url: str) -> list[Any]:
    """What autogenerate would change: empty when the migrations match the models."""
    engine = create_engine(database_url)
    try:
        async with engine.connect() as connection:
            return await connection.run_sync(_differences)
    finally:
        await engine.dispose()


class MigrationAuthoringError(Exception):
    """A new migration cannot be written here (one line for the user)."""


def _source_checkout(migrations_dir: Path) -> Path | None:
    """The checkout the migrations live in (`src/todochat/migrations` under a pyproject)."""
    root = migrations_dir.resolve().parents[2]
    return root if (root / "pyproject.toml").is_file() else None


def _next_revision_id(config: Config) -> str:
    """The next number of the one linear chain: `0002` after `0001`."""
    from alembic.script import ScriptDirectory

    numbers = [
        int(script.revision)
        for script in ScriptDirectory.from_config(config).walk_revisions()
        if script.revision.isdigit()
    ]
    return f"{max(numbers, default=0) + 1:04d}"


def _write_revision(
    connection: Connection, migrations_dir: Path, message: str, autogenerate: bool
) -> Path:
    from alembic import command

    config = _config(connection)
    config.set_main_option("script_location", str(migrations_dir))
    config.set_main_option("file_template", "%%(rev)s_%%(slug)s")
    script = command.revision(
        config,
        message=message,
        autogenerate=autogenerate,
        rev_id=_next_revision_id(config),
    )
    if script is None or isinstance(script, list):
        raise MigrationAuthoringError("alembic wrote no single revision")
    return Path(script.path)


async def new_revision(
    message: str,
    *,
    autogenerate: bool,
    database_url: str | None = None,
    migrations_dir: Path | None = None,
) -> Path:
    """Write the next migration into the checkout's `migrations/versions`; its path.

    With `autogenerate`, the models are compared with a database at the latest revision:
    `database_url` when given (it must be there already), else a throwaway SQLite file
    migrated for the purpose. The file is then formatted with ruff when it is installed.
    """
    migrations_dir = migrations_dir or MIGRATIONS_DIR
    if _source_checkout(migrations_dir) is None:
        raise MigrationAuthoringError(
            f"{migrations_dir} is not in a source checkout: write migrations from a clone "
            "(`uv run todochat migrate revision ...`)"
        )
    with tempfile.TemporaryDirectory() as scratch:
        url = database_url or f"sqlite:///{Path(scratch) / 'head.db'}"
        if database_url is None:
            await upgrade(url)
        engine = create_engine(url)
        try:
            async with engine.begin() as connection:
                path = await connection.run_sync(
                    _write_revision, migrations_dir, message, autogenerate
                )
        finally:
            await engine.dispose()
    for step in (["check", "--fix", "--quiet"], ["format", "--quiet"]):
        subprocess.run(  # noqa: ASYNC221  (a developer command, once, after the work)
            [sys.executable, "-m", "ruff", *step, str(path)], check=False, capture_output=True
        )
    return path
