"""The Alembic migrations: build the schema from empty, tear it down, match the models."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlalchemy.engine import Connection

from tests.support.databases import scratch_database
from todochat.core.db import create_engine
from todochat.core.migrate import downgrade, schema_differences, target_metadata, upgrade

APP_TABLES = {"users", "tasks", "conversations", "messages", "server_secrets"}


@pytest.fixture
def empty_database_url(tmp_path: Path) -> Iterator[str]:
    with scratch_database(tmp_path) as url:
        yield url


async def tables(database_url: str) -> set[str]:
    def names(connection: Connection) -> set[str]:
        return set(inspect(connection).get_table_names())

    engine = create_engine(database_url)
    try:
        async with engine.connect() as connection:
            return await connection.run_sync(names)
    finally:
        await engine.dispose()


async def test_upgrade_builds_the_whole_schema_from_empty(empty_database_url: str) -> None:
    assert await tables(empty_database_url) == set()
    await upgrade(empty_database_url)
    assert await tables(empty_database_url) == APP_TABLES | {"alembic_version"}


async def test_migrations_match_the_models(empty_database_url: str) -> None:
    await upgrade(empty_database_url)
    assert await schema_differences(empty_database_url) == []


async def test_models_cover_every_migrated_table() -> None:
    assert set(target_metadata().tables) == APP_TABLES


async def test_downgrade_leaves_no_application_table(empty_database_url: str) -> None:
    await upgrade(empty_database_url)
    await downgrade(empty_database_url)
    assert await tables(empty_database_url) <= {"alembic_version"}


async def test_upgrade_after_downgrade_and_twice_in_a_row_is_clean(
    empty_database_url: str,
) -> None:
    await upgrade(empty_database_url)
    await downgrade(empty_database_url)
    await upgrade(empty_database_url)
    await upgrade(empty_database_url)  # every start runs it: a no-op when up to date
    assert await tables(empty_database_url) == APP_TABLES | {"alembic_version"}
    assert await schema_differences(empty_database_url) == []


async def test_schema_differences_reports_a_drifted_database(empty_database_url: str) -> None:
    """The check can fail: a column the models lack shows up as a difference."""
    await upgrade(empty_database_url)
    engine = create_engine(empty_database_url)
    try:
        async with engine.begin() as connection:
            await connection.exec_driver_sql("ALTER TABLE tasks ADD COLUMN stray INTEGER")
    finally:
        await engine.dispose()
    differences = await schema_differences(empty_database_url)
    assert any(diff[0] == "remove_column" and diff[2] == "tasks" for diff in differences)
