"""The task service, called directly as the MCP tools and the assistant call it."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlmodel.ext.asyncio.session import AsyncSession

from todochat.accounts import service as accounts
from todochat.core.errors import NotFound
from todochat.tasks import service
from todochat.tasks.models import Priority, StatusFilter, TaskCreate, TaskReplace, TaskUpdate


async def add(session: AsyncSession, user_id: str = "alice", **fields: object) -> int:
    fields.setdefault("title", "A task")
    task = await service.create(
        session=session, user_id=user_id, task_in=TaskCreate.model_validate(fields)
    )
    assert task.id is not None
    return task.id


async def test_create_stores_the_task_for_its_user(session: AsyncSession) -> None:
    task_id = await add(session, title="Milk", priority="low", due_date="2026-05-01")
    task = await service.get(session=session, user_id="alice", task_id=task_id)
    assert (task.title, task.priority, task.due_date, task.completed) == (
        "Milk",
        "low",
        date(2026, 5, 1),
        False,
    )
    with pytest.raises(NotFound):
        await service.get(session=session, user_id="bob", task_id=task_id)
    assert task.created_at == task.updated_at
    assert task.created_at.tzinfo is not None


async def test_get_of_another_users_task_is_not_found(session: AsyncSession) -> None:
    task_id = await add(session, "alice")
    with pytest.raises(NotFound, match=f"Task {task_id} not found"):
        await service.get(session=session, user_id="bob", task_id=task_id)


@pytest.mark.parametrize("action", ["replace", "update", "set_completed", "delete"])
async def test_writes_to_another_users_task_are_not_found_and_change_nothing(
    session: AsyncSession, action: str
) -> None:
    task_id = await add(session, "alice", title="Alice's")
    with pytest.raises(NotFound):
        if action == "replace":
            await service.replace(
                session=session, user_id="bob", task_id=task_id, task_in=TaskReplace(title="X")
            )
        elif action == "update":
            await service.update(
                session=session, user_id="bob", task_id=task_id, task_in=TaskUpdate(title="X")
            )
        elif action == "set_completed":
            await service.set_completed(session=session, user_id="bob", task_id=task_id)
        else:
            await service.delete(session=session, user_id="bob", task_id=task_id)
    task = await service.get(session=session, user_id="alice", task_id=task_id)
    assert (task.title, task.completed) == ("Alice's", False)


async def test_get_all_is_scoped_to_the_user(session: AsyncSession) -> None:
    await add(session, "alice", title="mine")
    await add(session, "bob", title="theirs")
    page = await service.get_all(session=session, user_id="alice")
    assert [task.title for task in page.items] == ["mine"]
    assert page.total == 1


async def test_get_all_filters_searches_and_pages(session: AsyncSession) -> None:
    for number in range(4):
        await add(session, title=f"milk {number}", completed=number % 2 == 1)
    await add(session, title="bread", description="not MILK-free")
    pending = await service.get_all(session=session, user_id="alice", status=StatusFilter.pending)
    assert [task.title for task in pending.items] == ["milk 0", "milk 2", "bread"]
    page = await service.get_all(session=session, user_id="alice", q="Milk", limit=2, offset=1)
    assert [task.title for task in page.items] == ["milk 1", "milk 2"]
    assert (page.total, page.limit, page.offset) == (5, 2, 1)


async def test_replace_resets_fields_left_out(session: AsyncSession) -> None:
    task_id = await add(session, title="Old", description="old", priority="high")
    before = await service.get(session=session, user_id="alice", task_id=task_id)
    created_at = before.created_at
    task = await service.replace(
        session=session, user_id="alice", task_id=task_id, task_in=TaskReplace(title="New")
    )
    assert (task.title, task.description, task.priority, task.due_date) == (
        "New",
        None,
        "none",
        None,
    )
    assert task.created_at == created_at
    assert task.updated_at > created_at


async def test_update_changes_only_fields_sent(session: AsyncSession) -> None:
    task_id = await add(session, title="Keep", description="keep", priority="low")
    task = await service.update(
        session=session,
        user_id="alice",
        task_id=task_id,
        task_in=TaskUpdate(priority=Priority.high, due="2026-06-01T10:00"),
    )
    assert (task.title, task.description, task.priority) == ("Keep", "keep", "high")
    assert task.due_date == datetime(2026, 6, 1, 10, 0, tzinfo=UTC)
    cleared = await service.update(
        session=session,
        user_id="alice",
        task_id=task_id,
        task_in=TaskUpdate.model_validate({"description": None, "due_date": None}),
    )
    assert (cleared.description, cleared.due_date, cleared.priority) == (None, None, "high")


async def test_set_completed_toggles_or_sets(session: AsyncSession) -> None:
    task_id = await add(session)
    toggled = await service.set_completed(session=session, user_id="alice", task_id=task_id)
    assert toggled.completed is True
    kept = await service.set_completed(
        session=session, user_id="alice", task_id=task_id, completed=True
    )
    assert kept.completed is True
    reopened = await service.set_completed(
        session=session, user_id="alice", task_id=task_id, completed=False
    )
    assert reopened.completed is False


async def test_delete_returns_what_was_deleted(session: AsyncSession) -> None:
    task_id = await add(session, title="Gone", due_date=date(2026, 1, 2).isoformat())
    deleted = await service.delete(session=session, user_id="alice", task_id=task_id)
    assert (deleted.id, deleted.title) == (task_id, "Gone")
    with pytest.raises(NotFound):
        await service.get(session=session, user_id="alice", task_id=task_id)


async def test_deleting_a_user_deletes_their_tasks(session: AsyncSession) -> None:
    """The foreign key cascades (SQLite needs `PRAGMA foreign_keys=ON` for this)."""
    task_id = await add(session, "bob")
    bob = await accounts.get(session=session, user_id="bob")
    await session.delete(bob)
    await session.commit()
    session.expunge_all()
    with pytest.raises(NotFound):
        await service.get(session=session, user_id="bob", task_id=task_id)


def test_a_new_task_has_every_column_of_the_table() -> None:
    """`create` inserts a task from a `_NewTask`'s fields, not a `Task` object: a column
    added to the table must be added there too."""
    columns = {column.name for column in service._tasks().columns}
    assert set(service._NewTask.__dataclass_fields__) == columns


@pytest.mark.parametrize(
    "fields",
    [
        {"title": "Plain"},
        {
            "title": "Every field",
            "description": "All of them",
            "priority": "high",
            "due": "2026-05-01 17:00",
            "repeat": "every week",
            "completed": True,
            "tags": ["work", "home"],
        },
        {"title": "Done at once", "completed": True, "due": "2026-05-01"},
    ],
)
async def test_create_answers_the_task_as_stored_and_logs_it(
    session: AsyncSession, fields: dict[str, object]
) -> None:
    """What `create` answers is the stored task, and its change-log row holds it."""
    now = datetime(2026, 4, 20, 9, 30, tzinfo=UTC)
    created = await service.create(
        session=session, user_id="alice", task_in=TaskCreate.model_validate(fields), now=now
    )
    stored = await service.get(session=session, user_id="alice", task_id=created.id, now=now)
    assert created == stored
    changes = await service.get_changes(session=session, user_id="alice", limit=10, offset=0)
    [change] = changes.items
    assert (change.task_id, change.action, change.before) == (created.id, "created", None)
    after = change.after
    assert (after.title, after.description, after.priority, after.completed) == (
        stored.title,
        stored.description,
        stored.priority,
        stored.completed,
    )
    assert (after.repeat, after.tags, after.updated_at) == (stored.repeat, stored.tags, now)
    assert (after.due_at or after.due_date) == stored.due_date
