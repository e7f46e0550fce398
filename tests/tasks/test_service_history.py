"""The change log, trash, purge and undo in the task service, read back from the rows."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import pytest
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from todochat.accounts import service as accounts
from todochat.core.db import Database, utcnow
from todochat.core.errors import Conflict, NotFound
from todochat.tasks import service
from todochat.tasks.models import (
    ChangeSource,
    Origin,
    Task,
    TaskChange,
    TaskCreate,
    TaskTag,
    TaskUpdate,
)


async def row(session: AsyncSession, task_id: int) -> dict[str, Any]:
    """The task's stored row and its tags, as the database holds them."""
    session.expunge_all()
    task = (await session.exec(select(Task).where(col(Task.id) == task_id))).one()
    tags = (await session.exec(select(TaskTag.name).where(col(TaskTag.task_id) == task_id))).all()
    return {**task.model_dump(), "tags": sorted(tags)}


async def add(session: AsyncSession, origin: Origin | None = None, **fields: Any) -> int:
    fields.setdefault("title", "A task")
    task = await service.create(
        session=session,
        user_id="alice",
        task_in=TaskCreate.model_validate(fields),
        origin=origin,
    )
    return task.id


FULL = {
    "title": "Dentist",
    "description": "bring the card",
    "priority": "medium",
    "due": "2030-03-04 16:30",
    "repeat": "every 6 months",
    "tags": ["health"],
}


async def test_delete_then_restore_leaves_the_row_identical(session: AsyncSession) -> None:
    task_id = await add(session, **FULL)
    original = await row(session, task_id)
    await service.delete(session=session, user_id="alice", task_id=task_id)
    trashed = await row(session, task_id)
    assert trashed["deleted_at"] is not None
    assert {**trashed, "deleted_at": None} == original
    await service.restore(session=session, user_id="alice", task_id=task_id)
    assert await row(session, task_id) == original


async def test_undo_of_a_delete_leaves_the_row_identical(session: AsyncSession) -> None:
    task_id = await add(session, **FULL)
    original = await row(session, task_id)
    await service.delete(session=session, user_id="alice", task_id=task_id)
    await service.undo(session=session, user_id="alice")
    assert await row(session, task_id) == original


async def test_undo_of_an_update_puts_back_the_row(session: AsyncSession) -> None:
    task_id = await add(session, **FULL)
    original = await row(session, task_id)
    await service.update(
        session=session,
        user_id="alice",
        task_id=task_id,
        task_in=TaskUpdate(title="High", due=None, tags=["x", "y"]),
        now=utcnow() + timedelta(minutes=5),
    )
    assert (await row(session, task_id))["repeat"] is None  # clearing the date ended it
    await service.undo(session=session, user_id="alice")
    assert await row(session, task_id) == original


async def test_undo_reverts_a_whole_group_and_then_the_one_before(session: AsyncSession) -> None:
    first = await add(session, title="First")
    turn = Origin(ChangeSource.chat)
    second = await add(session, turn, title="Second")
    await service.set_completed(
        session=session, user_id="alice", task_id=second, completed=True, origin=turn
    )
    await service.delete(session=session, user_id="alice", task_id=first, origin=turn)

    result = await service.undo(session=session, user_id="alice")
    assert result.group_id == turn.group_id
    assert result.source is ChangeSource.chat
    assert [c.action for c in result.changes] == ["restored", "reopened", "deleted"]
    assert sorted(t.title for t in result.tasks) == ["First", "Second"]
    live = await service.get_all(session=session, user_id="alice")
    assert [t.title for t in live.items] == ["First"]

    await service.undo(session=session, user_id="alice")
    assert (await service.get_all(session=session, user_id="alice")).total == 0
    with pytest.raises(Conflict):
        await service.undo(session=session, user_id="alice")


async def test_an_undone_group_is_claimed_once_under_concurrent_undos(
    database: Database,
) -> None:
    async with database.session() as session:
        await accounts.provision(session=session, user_id="carol")
        for title in ("one", "two"):
            await service.create(session=session, user_id="carol", task_in=TaskCreate(title=title))

    async def one_undo() -> str:
        async with database.session() as session:
            try:
                return (await service.undo(session=session, user_id="carol")).group_id
            except Conflict:
                return "nothing"

    groups = await asyncio.gather(one_undo(), one_undo(), one_undo())
    assert sorted(groups).count("nothing") == 1
    assert len(set(groups) - {"nothing"}) == 2
    async with database.session() as session:
        changes = (await session.exec(select(TaskChange))).all()
        assert sum(1 for change in changes if change.reverts) == 2


async def test_purge_removes_only_tasks_in_the_trash_past_the_retention(
    session: AsyncSession,
) -> None:
    now = utcnow()
    old = await add(session, title="Old", tags=["a"])
    recent = await add(session, title="Recent")
    live = await add(session, title="Live")
    await service.delete(
        session=session, user_id="alice", task_id=old, now=now - timedelta(days=31)
    )
    await service.delete(
        session=session, user_id="alice", task_id=recent, now=now - timedelta(days=29)
    )
    assert await service.purge_trash(session=session, retention_days=30, now=now) == 1
    remaining = (await session.exec(select(Task.id).order_by(col(Task.id)))).all()
    assert list(remaining) == [recent, live]
    assert (await session.exec(select(TaskTag))).all() == []
    logged = (await session.exec(select(TaskChange.task_id))).all()
    assert old not in logged
    with pytest.raises(NotFound):
        await service.restore(session=session, user_id="alice", task_id=old)
    assert await service.purge_trash(session=session, retention_days=30, now=now) == 0


async def test_the_change_log_rows_of_an_add_and_its_undo_hold_every_column(
    session: AsyncSession,
) -> None:
    """The rows are inserted from plain values (no `TaskChange` built first): each column
    is still stored, and undo still reports the change it wrote."""
    turn = Origin(ChangeSource.chat, conversation_id=None)
    task_id = await add(session, turn, title="Water plants", tags=["home"])
    result = await service.undo(session=session, user_id="alice")
    assert [change.action for change in result.changes] == ["deleted"]
    assert result.summary == 'Moved to the trash "Water plants".'
    session.expunge_all()
    rows = (await session.exec(select(TaskChange).order_by(col(TaskChange.id)))).all()
    created, deleted = (row.model_dump() for row in rows)
    assert result.changes[0].id == deleted["id"]
    for stored in (created, deleted):
        assert stored["user_id"] == "alice"
        assert stored["task_id"] == task_id
        assert stored["conversation_id"] is None
    assert created["group_id"] == turn.group_id
    assert created["source"] is ChangeSource.chat
    assert created["action"] == "created"
    assert created["before"] is None
    assert created["after"]["title"] == "Water plants"
    assert created["after"]["tags"] == ["home"]
    assert created["undone_at"] is not None  # marked by the undo
    assert created["reverts"] is None
    assert deleted["action"] == "deleted"
    assert deleted["reverts"] == turn.group_id
    assert deleted["before"] == created["after"]
    assert deleted["after"]["deleted_at"] is not None
    assert deleted["undone_at"] is None
    assert deleted["created_at"] >= created["created_at"]


async def test_a_task_added_with_or_without_tags_stores_the_same_rows(
    session: AsyncSession,
) -> None:
    """A new task without tags and its change-log row are one statement on PostgreSQL
    (with tags, three statements in a transaction; on SQLite always a transaction): both
    ways store every column of the task and of its change alike."""
    turn = Origin(ChangeSource.chat, conversation_id=None)
    fields = {key: value for key, value in FULL.items() if key != "tags"}
    now = utcnow()
    plain, tagged = [
        (
            await service.create(
                session=session,
                user_id="alice",
                task_in=TaskCreate.model_validate({**fields, "tags": tags}),
                origin=turn,
                now=now,
            )
        ).id
        for tags in ([], ["health", "admin"])
    ]
    rows = {task_id: await row(session, task_id) for task_id in (plain, tagged)}
    assert rows[plain]["tags"] == [] and rows[tagged]["tags"] == ["admin", "health"]
    for stored in rows.values():
        del stored["id"], stored["tags"]
    assert rows[plain] == rows[tagged]
    assert rows[plain]["title"] == "Dentist" and rows[plain]["repeat"] is not None
    assert rows[plain]["due_at"] is not None and rows[plain]["priority"] == "medium"
    assert rows[plain]["completed"] is False and rows[plain]["deleted_at"] is None
    changes = (await session.exec(select(TaskChange).order_by(col(TaskChange.id)))).all()
    first, second = (change.model_dump() for change in changes)
    assert (first["task_id"], second["task_id"]) == (plain, tagged)
    assert second["after"]["tags"] == ["admin", "health"]
    assert first["after"] == {**second["after"], "tags": []}
    for change in (first, second):
        del change["id"], change["task_id"], change["after"]
    assert first == second
    assert first["action"] == "created" and first["source"] is ChangeSource.chat
    assert first["group_id"] == turn.group_id and first["user_id"] == "alice"
    assert first["before"] is None and first["undone_at"] is None and first["reverts"] is None
