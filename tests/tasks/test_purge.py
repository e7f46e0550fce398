"""Purging the trash: in every server process on a timer, and with `todochat purge-trash`."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import col, select

from tests.conftest import make_settings
from tests.support.lifespan import running
from todochat.accounts import service as accounts
from todochat.app import create_app
from todochat.cli import main
from todochat.core.config import get_settings
from todochat.core.db import Database, utcnow
from todochat.tasks import service
from todochat.tasks.models import Task, TaskCreate


async def trash_two(database: Database) -> tuple[int, int]:
    """An old task in the trash (40 days) and a recent one (1 day)."""
    now = utcnow()
    async with database.session() as session:
        await accounts.provision(session=session, user_id="alice")
        ids = []
        for title, age in (("old", 40), ("recent", 1)):
            task = await service.create(
                session=session, user_id="alice", task_in=TaskCreate(title=title)
            )
            await service.delete(
                session=session, user_id="alice", task_id=task.id, now=now - timedelta(days=age)
            )
            ids.append(task.id)
        return ids[0], ids[1]


async def task_ids(database: Database) -> list[int]:
    async with database.session() as session:
        return list((await session.exec(select(Task.id).order_by(col(Task.id)))).all())


async def test_a_server_process_purges_on_its_timer(database_url: str, database: Database) -> None:
    _old, recent = await trash_two(database)
    app = create_app(make_settings(database_url, trash_purge_interval_seconds=0.05))
    async with running(app):
        for _ in range(100):
            if await task_ids(database) == [recent]:
                break
            await asyncio.sleep(0.05)
    assert await task_ids(database) == [recent]


@pytest.fixture
def fresh_settings() -> Iterator[None]:
    get_settings.cache_clear()
    try:
        yield
    finally:
        get_settings.cache_clear()


@pytest.mark.usefixtures("fresh_settings")
def test_purge_trash_command_honours_the_retention(
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", database_url)

    async def seed() -> tuple[int, int]:
        database = Database(database_url)
        try:
            return await trash_two(database)
        finally:
            await database.dispose()

    _old, recent = asyncio.run(seed())
    monkeypatch.setenv("TRASH_RETENTION_DAYS", "60")
    assert main(["purge-trash"]) == 0
    assert "purged 0 task(s) deleted more than 60 days ago" in capsys.readouterr().out
    get_settings.cache_clear()
    monkeypatch.setenv("TRASH_RETENTION_DAYS", "30")
    assert main(["purge-trash"]) == 0
    assert "purged 1 task(s) deleted more than 30 days ago" in capsys.readouterr().out

    async def remaining() -> list[int]:
        database = Database(database_url)
        try:
            return await task_ids(database)
        finally:
            await database.dispose()

    assert asyncio.run(remaining()) == [recent]
