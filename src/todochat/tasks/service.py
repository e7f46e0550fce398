"""The task service: the only code that reads or writes task rows.

REST routes, MCP tools and (through the tools) the assistant all call these functions,
so validation, ownership and timestamps live here once. Every function is scoped by
`user_id`; a task of another user is reported exactly like a missing one.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import func, or_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from todochat.core.db import utcnow
from todochat.core.errors import NotFound
from todochat.tasks.models import (
    LIST_LIMIT_MAX,
    StatusFilter,
    Task,
    TaskCreate,
    TaskList,
    TaskRead,
    TaskReplace,
    TaskUpdate,
)


def _due_date_text(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


async def get(*, session: AsyncSession, user_id: str, task_id: int) -> Task:
    """The caller's task; `NotFound` when it is missing or belongs to someone else."""
    task = await session.get(Task, task_id)
    if task is None or task.user_id != user_id:
        raise NotFound(f"Task {task_id} not found")
    return task


async def get_all(
    *,
    session: AsyncSession,
    user_id: str,
    status: StatusFilter = StatusFilter.all,
    q: str | None = None,
    limit: int = LIST_LIMIT_MAX,
    offset: int = 0,
) -> TaskList:
    """One page of the caller's tasks (oldest first) and the total that match."""
    conditions = [col(Task.user_id) == user_id]
    if status is StatusFilter.pending:
        conditions.append(col(Task.completed).is_(False))
    elif status is StatusFilter.completed:
        conditions.append(col(Task.completed).is_(True))
    if q and q.strip():
        needle = q.strip().lower()
        conditions.append(
            or_(
                func.lower(col(Task.title)).contains(needle, autoescape=True),
                func.lower(func.coalesce(col(Task.description), "")).contains(
                    needle, autoescape=True
                ),
            )
        )
    total = (await session.exec(select(func.count()).select_from(Task).where(*conditions))).one()
    rows: Sequence[Task] = (
        await session.exec(
            select(Task).where(*conditions).order_by(col(Task.id)).limit(limit).offset(offset)
        )
    ).all()
    return TaskList(
        items=[TaskRead.model_validate(row) for row in rows],
        total=total,
        limit=limit,
        offset=offset,
    )


async def create(*, session: AsyncSession, user_id: str, task_in: TaskCreate) -> Task:
    """Add a task for the caller."""
    now = utcnow()
    task = Task(
        user_id=user_id,
        title=task_in.title,
        description=task_in.description,
        completed=task_in.completed,
        priority=task_in.priority.value if task_in.priority else None,
        due_date=_due_date_text(task_in.due_date),
        created_at=now,
        updated_at=now,
    )
    session.add(task)
    await session.commit()
    return task


async def replace(
    *, session: AsyncSession, user_id: str, task_id: int, task_in: TaskReplace
) -> Task:
    """PUT: every field takes the given value or its default."""
    task = await get(session=session, user_id=user_id, task_id=task_id)
    task.title = task_in.title
    task.description = task_in.description
    task.completed = task_in.completed
    task.priority = task_in.priority.value if task_in.priority else None
    task.due_date = _due_date_text(task_in.due_date)
    return await _save(session, task)


async def update(*, session: AsyncSession, user_id: str, task_id: int, task_in: TaskUpdate) -> Task:
    """PATCH: only the fields the caller sent change."""
    task = await get(session=session, user_id=user_id, task_id=task_id)
    sent = task_in.model_fields_set
    if "title" in sent and task_in.title is not None:
        task.title = task_in.title
    if "description" in sent:
        task.description = task_in.description
    if "completed" in sent and task_in.completed is not None:
        task.completed = task_in.completed
    if "priority" in sent:
        task.priority = task_in.priority.value if task_in.priority else None
    if "due_date" in sent:
        task.due_date = _due_date_text(task_in.due_date)
    return await _save(session, task)


async def set_completed(
    *, session: AsyncSession, user_id: str, task_id: int, completed: bool | None = None
) -> Task:
    """Mark done (or not); `None` toggles, as `PATCH .../complete` does."""
    task = await get(session=session, user_id=user_id, task_id=task_id)
    task.completed = (not task.completed) if completed is None else completed
    return await _save(session, task)


async def delete(*, session: AsyncSession, user_id: str, task_id: int) -> Task:
    """Remove the caller's task and return what it was."""
    task = await get(session=session, user_id=user_id, task_id=task_id)
    await session.delete(task)
    await session.commit()
    return task


async def _save(session: AsyncSession, task: Task) -> Task:
    task.updated_at = utcnow()
    session.add(task)
    await session.commit()
    return task
