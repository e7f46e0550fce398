"""Apply, revert and check the Alembic migrations that ship in `todochat.migrations`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import MetaData
from sqlalchemy.engine import Connection

from todochat.core.db import create_engine

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def target_metadata() -> MetaData:
    """The models' metadata, with every domain's tables registered."""
    from sqlmodel import SQLModel

    import todochat.accounts.models
    import todochat.chat.models
    import todochat.tasks.models  # noqa: F401  (registers the tables)

    return SQLModel.metadata


def _config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def _upgrade(connection: Connection, revision: str) -> None:
    command.upgrade(_config(connection), revision)


def _downgrade(connection: Connection, revision: str) -> None:
    command.downgrade(_config(connection), revision)


def _differences(connection: Connection) -> list[Any]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, target_metadata()))


async def upgrade(database_url: str, revision: str = "head") -> None:
    """Bring the database to `revision` (the latest by default); safe to run on every start."""
    engine = create_engine(database_url)
    try:
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
