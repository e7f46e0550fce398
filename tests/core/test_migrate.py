"""The Alembic migrations: build the schema from empty, tear it down, match the models."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Connection

from tests.support.databases import scratch_database
from todochat.core.db import create_engine
from todochat.core.migrate import (
    MIGRATIONS_DIR,
    downgrade,
    head_revision,
    schema_differences,
    target_metadata,
    upgrade,
)

APP_TABLES = {
    "users",
    "tasks",
    "task_tags",
    "task_changes",
    "conversations",
    "messages",
    "server_secrets",
    "pending_approvals",
}


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


def test_the_head_read_without_alembic_is_alembics_own() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert head_revision() == ScriptDirectory.from_config(config).get_current_head()


async def test_a_current_database_is_recognised_without_importing_alembic(
    empty_database_url: str,
) -> None:
    """Every start migrates: at the latest revision that costs one query, not Alembic's
    import (a third of a second)."""
    await upgrade(empty_database_url)
    script = (
        "import asyncio, sys\n"
        "from todochat.core.migrate import upgrade\n"
        f"asyncio.run(upgrade({empty_database_url!r}))\n"
        "print(sorted(name for name in sys.modules if name.partition('.')[0] == 'alembic'))\n"
    )
    loaded = subprocess.run(  # noqa: ASYNC221  (a fresh interpreter is the point)
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    )
    assert loaded.stdout.strip() == "[]"


async def test_an_older_database_is_still_upgraded(empty_database_url: str) -> None:
    await upgrade(empty_database_url, "0005")
    assert "pending_approvals" not in await tables(empty_database_url)
    await upgrade(empty_database_url)
    assert await tables(empty_database_url) == APP_TABLES | {"alembic_version"}
    assert await _rows(empty_database_url, "SELECT version_num FROM alembic_version") == [
        (head_revision(),)
    ]


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


BEFORE_DATES = "0003"  # the revision before due dates, priorities and tags became real columns
DATES = "0004"


async def _rows(database_url: str, sql: str) -> list[tuple[object, ...]]:
    engine = create_engine(database_url)
    try:
        async with engine.begin() as connection:
            result = await connection.exec_driver_sql(sql)
            return [tuple(row) for row in result.all()] if result.returns_rows else []
    finally:
        await engine.dispose()


async def test_upgrade_converts_priorities_and_due_dates_and_downgrade_restores_them(
    empty_database_url: str,
) -> None:
    await upgrade(empty_database_url, BEFORE_DATES)
    await _rows(
        empty_database_url,
        "INSERT INTO users (id, created_at) VALUES ('u1', '2026-11-01 00:00:00+00:00')",
    )
    await _rows(
        empty_database_url,
        "INSERT INTO conversations (id, user_id, title, created_at, updated_at) VALUES "
        "(1, 'u1', 'kept', '2026-11-01 00:00:00+00:00', '2026-11-01 00:00:00+00:00')",
    )
    rows = [
        (1, "high", "2026-05-01"),
        (2, None, "2026-05-01T09:30:00+05:00"),
        (3, "urgent", "2026-05-01T09:30:00"),
        (4, "low", None),
        (5, "medium", "not a date"),
    ]
    for task_id, priority, due in rows:
        await _rows(
            empty_database_url,
            "INSERT INTO tasks (id, user_id, title, completed, priority, due_date, created_at, "
            f"updated_at) VALUES ({task_id}, 'u1', 't{task_id}', false, "
            f"{'NULL' if priority is None else repr(priority)}, "
            f"{'NULL' if due is None else repr(due)}, "
            "'2026-11-01 00:00:00+00:00', '2026-11-01 00:00:00+00:00')",
        )
    await upgrade(empty_database_url, DATES)
    converted = await _rows(
        empty_database_url, "SELECT id, priority, due_date, due_at FROM tasks ORDER BY id"
    )
    shown = [
        (
            task_id,
            priority,
            str(day) if day is not None else None,
            str(at)[:19] if at is not None else None,
        )
        for task_id, priority, day, at in converted
    ]
    assert shown == [
        (1, "high", "2026-05-01", None),
        (2, "none", "2026-05-01", "2026-05-01 04:30:00"),  # the UTC instant
        (3, "none", "2026-05-01", "2026-05-01 09:30:00"),  # no offset: UTC
        (4, "low", None, None),
        (5, "medium", None, None),
    ]
    assert await _rows(empty_database_url, "SELECT time_zone FROM users") == [("UTC",)]

    await downgrade(empty_database_url, BEFORE_DATES)
    back = await _rows(empty_database_url, "SELECT id, priority, due_date FROM tasks ORDER BY id")
    assert back == [
        (1, "high", "2026-05-01"),
        (2, None, "2026-05-01T04:30:00+00:00"),
        (3, None, "2026-05-01T09:30:00+00:00"),
        (4, "low", None),
        (5, "medium", None),
    ]
    # SQLite copies a table to change it: nothing that refers to it may cascade away
    assert await _rows(empty_database_url, "SELECT title FROM conversations") == [("kept",)]


async def test_trash_migration_keeps_tasks_and_downgrade_purges_the_trash(
    empty_database_url: str,
) -> None:
    await upgrade(empty_database_url, DATES)
    stamp = "'2026-11-01 00:00:00+00:00'"
    await _rows(empty_database_url, f"INSERT INTO users (id, created_at) VALUES ('u1', {stamp})")
    for task_id in (1, 2):
        await _rows(
            empty_database_url,
            "INSERT INTO tasks (id, user_id, title, completed, priority, created_at, updated_at) "
            f"VALUES ({task_id}, 'u1', 't{task_id}', false, 'none', {stamp}, {stamp})",
        )
        await _rows(
            empty_database_url, f"INSERT INTO task_tags (task_id, name) VALUES ({task_id}, 'x')"
        )
    await upgrade(empty_database_url, "0005")
    assert await _rows(empty_database_url, "SELECT id, deleted_at FROM tasks ORDER BY id") == [
        (1, None),
        (2, None),
    ]
    await _rows(empty_database_url, f"UPDATE tasks SET deleted_at = {stamp} WHERE id = 2")

    await downgrade(empty_database_url, DATES)
    assert await _rows(empty_database_url, "SELECT id FROM tasks") == [(1,)]
    assert await _rows(empty_database_url, "SELECT task_id FROM task_tags") == [(1,)]
    assert "task_changes" not in await tables(empty_database_url)
