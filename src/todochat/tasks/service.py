"""The task service: the only code that reads or writes task rows.

REST routes, MCP tools and (through the tools) the assistant all call these functions,
so validation, ownership and timestamps live here once. Every function is scoped by
`user_id`; a task of another user is reported exactly like a missing one.

Due dates, repeats and the "today" of every filter are read in the user's time zone
(`users.time_zone`); `now` may be given for tests and defaults to the clock.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, case, exists, func, or_
from sqlalchemy import delete as sql_delete
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from todochat.accounts import service as accounts
from todochat.core.db import utcnow
from todochat.core.errors import InvalidField, NotFound
from todochat.tasks.dates import (
    DateWordsError,
    Due,
    Repeat,
    describe_due,
    parse_due,
    parse_repeat,
)
from todochat.tasks.models import (
    LIST_LIMIT_MAX,
    DueFilter,
    Priority,
    SortOrder,
    StatusFilter,
    TagCount,
    Task,
    TaskCreate,
    TaskList,
    TaskRead,
    TaskReplace,
    TaskTag,
    TaskUpdate,
)

_PRIORITY_RANK = {Priority.high: 0, Priority.medium: 1, Priority.low: 2, Priority.none: 3}


async def user_zone(session: AsyncSession, user_id: str) -> ZoneInfo:
    return await accounts.time_zone_of(session=session, user_id=user_id)


async def get(
    *, session: AsyncSession, user_id: str, task_id: int, now: datetime | None = None
) -> TaskRead:
    """The caller's task; `NotFound` when it is missing or belongs to someone else."""
    task = await _owned(session, user_id, task_id)
    return (await _read(session, user_id, [task], now))[0]


async def get_all(
    *,
    session: AsyncSession,
    user_id: str,
    status: StatusFilter = StatusFilter.all,
    q: str | None = None,
    due: DueFilter | None = None,
    priority: Priority | None = None,
    tag: str | None = None,
    sort: SortOrder = SortOrder.created,
    limit: int = LIST_LIMIT_MAX,
    offset: int = 0,
    now: datetime | None = None,
) -> TaskList:
    """One page of the caller's tasks in `sort` order and the total that match."""
    now = now or utcnow()
    zone = await user_zone(session, user_id)
    conditions: list[ColumnElement[bool]] = [col(Task.user_id) == user_id]
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
    if due is not None:
        conditions.append(_due_condition(due, now.astimezone(zone).date(), now))
    if priority is not None:
        conditions.append(col(Task.priority) == priority)
    if tag is not None:
        conditions.append(
            exists().where(col(TaskTag.task_id) == col(Task.id), col(TaskTag.name) == tag)
        )
    total = (await session.exec(select(func.count()).select_from(Task).where(*conditions))).one()
    rows: Sequence[Task] = (
        await session.exec(
            select(Task).where(*conditions).order_by(*_order(sort)).limit(limit).offset(offset)
        )
    ).all()
    return TaskList(
        items=await _read(session, user_id, list(rows), now, zone),
        total=total,
        limit=limit,
        offset=offset,
    )


def _due_condition(due: DueFilter, today: date, now: datetime) -> ColumnElement[bool]:
    """Which tasks a due filter keeps; `today` is the user's, so the days are theirs."""
    day = col(Task.due_date)
    if due is DueFilter.today:
        return day == today
    if due is DueFilter.tomorrow:
        return day == today + timedelta(days=1)
    if due is DueFilter.week:
        return and_(day >= today, day <= today + timedelta(days=6))
    if due is DueFilter.none:
        return day.is_(None)
    return and_(
        col(Task.completed).is_(False),
        or_(and_(col(Task.due_at).is_(None), day < today), col(Task.due_at) < now),
    )


def _order(sort: SortOrder) -> list[Any]:
    by_due = [
        case((col(Task.due_date).is_(None), 1), else_=0),
        col(Task.due_date),
        col(Task.due_at).asc().nulls_first(),  # due all day first, then by time
    ]
    if sort is SortOrder.due:
        return [*by_due, col(Task.id)]
    if sort is SortOrder.priority:
        rank = case(
            *((col(Task.priority) == level, rank) for level, rank in _PRIORITY_RANK.items())
        )
        return [rank, *by_due, col(Task.id)]
    return [col(Task.id)]


async def get_tags(*, session: AsyncSession, user_id: str) -> list[TagCount]:
    """The caller's tags, by name, with how many of their tasks carry each."""
    rows = await session.exec(
        select(TaskTag.name, func.count())
        .join(Task, col(Task.id) == col(TaskTag.task_id))
        .where(col(Task.user_id) == user_id)
        .group_by(col(TaskTag.name))
        .order_by(col(TaskTag.name))
    )
    return [TagCount(name=name, tasks=count) for name, count in rows.all()]


async def create(
    *, session: AsyncSession, user_id: str, task_in: TaskCreate, now: datetime | None = None
) -> TaskRead:
    """Add a task for the caller."""
    now = now or utcnow()
    task = Task(
        user_id=user_id,
        title=task_in.title,
        description=task_in.description,
        completed=False,
        priority=task_in.priority or Priority.none,
        created_at=now,
        updated_at=now,
    )
    zone = await user_zone(session, user_id)
    _schedule(task, task_in.due, task_in.repeat, zone=zone, now=now)
    if task_in.completed:
        _complete(task, zone=zone, now=now)
    session.add(task)
    await session.flush()
    await _set_tags(session, task, task_in.tags)
    await session.commit()
    return _present(task, task_in.tags, zone, now)


async def replace(
    *,
    session: AsyncSession,
    user_id: str,
    task_id: int,
    task_in: TaskReplace,
    now: datetime | None = None,
) -> TaskRead:
    """PUT: every field takes the given value or its default."""
    now = now or utcnow()
    task = await _owned(session, user_id, task_id)
    zone = await user_zone(session, user_id)
    task.title = task_in.title
    task.description = task_in.description
    task.priority = task_in.priority or Priority.none
    _schedule(task, task_in.due, task_in.repeat, zone=zone, now=now)
    _set_completed(task, task_in.completed, zone=zone, now=now)
    await _set_tags(session, task, task_in.tags)
    return await _save(session, task, task_in.tags, zone, now)


async def update(
    *,
    session: AsyncSession,
    user_id: str,
    task_id: int,
    task_in: TaskUpdate,
    now: datetime | None = None,
) -> TaskRead:
    """PATCH: only the fields the caller sent change."""
    now = now or utcnow()
    task = await _owned(session, user_id, task_id)
    zone = await user_zone(session, user_id)
    sent = task_in.model_fields_set
    if "title" in sent and task_in.title is not None:
        task.title = task_in.title
    if "description" in sent:
        task.description = task_in.description
    if "priority" in sent:
        task.priority = task_in.priority or Priority.none
    if "due" in sent or "repeat" in sent:
        _schedule(
            task,
            task_in.due if "due" in sent else _KEEP,
            task_in.repeat if "repeat" in sent else _KEEP,
            zone=zone,
            now=now,
        )
    if "completed" in sent and task_in.completed is not None:
        _set_completed(task, task_in.completed, zone=zone, now=now)
    if task_in.tags is not None:
        await _set_tags(session, task, task_in.tags)
        tags = task_in.tags
    else:
        tags = (await _tags_of(session, [task]))[task.id or 0]
    return await _save(session, task, tags, zone, now)


async def set_completed(
    *,
    session: AsyncSession,
    user_id: str,
    task_id: int,
    completed: bool | None = None,
    for_good: bool = False,
    now: datetime | None = None,
) -> TaskRead:
    """Mark done (or not); `None` toggles, as `PATCH .../complete` does.

    Completing a repeating task moves it to its next date and keeps it pending;
    `for_good` completes it and ends the repeat.
    """
    now = now or utcnow()
    task = await _owned(session, user_id, task_id)
    zone = await user_zone(session, user_id)
    target = (not task.completed) if completed is None else completed
    if for_good and target:
        task.repeat = None
    _set_completed(task, target, zone=zone, now=now)
    tags = (await _tags_of(session, [task]))[task.id or 0]
    return await _save(session, task, tags, zone, now)


async def delete(
    *, session: AsyncSession, user_id: str, task_id: int, now: datetime | None = None
) -> TaskRead:
    """Remove the caller's task and return what it was."""
    task = await _owned(session, user_id, task_id)
    shown = (await _read(session, user_id, [task], now))[0]
    await session.delete(task)
    await session.commit()
    return shown


async def rezone(*, session: AsyncSession, user_id: str, zone: ZoneInfo) -> None:
    """After a time-zone change: the day of each task due at a time is that of the new zone."""
    rows = await session.exec(
        select(Task).where(col(Task.user_id) == user_id, col(Task.due_at).is_not(None))
    )
    for task in rows.all():
        assert task.due_at is not None
        day = task.due_at.astimezone(zone).date()
        if task.due_date != day:
            task.due_date = day
            session.add(task)
    await session.commit()


# --- due dates and repeats -------------------------------------------------------------


class _Keep:
    """A field left as it is (PATCH without it)."""


_KEEP = _Keep()


def due_of(task: Task, zone: ZoneInfo) -> Due | None:
    """The task's due date as the user's wall clock shows it."""
    if task.due_at is not None:
        return Due.at(task.due_at, zone)
    return Due(task.due_date) if task.due_date is not None else None


def _set_due(task: Task, due: Due | None, zone: ZoneInfo) -> None:
    task.due_date = due.day if due else None
    task.due_at = due.instant(zone) if due else None


def _schedule(
    task: Task,
    due_words: str | _Keep | None,
    repeat_words: str | _Keep | None,
    *,
    zone: ZoneInfo,
    now: datetime,
) -> None:
    """Set the due date and repeat from words; `InvalidInput` naming words it cannot read.

    A repeat needs a due date: without one it starts at its first occurrence from now on;
    clearing the due date ends the repeat.
    """
    try:
        if isinstance(due_words, _Keep):
            due = due_of(task, zone)
        else:
            due = parse_due(due_words, now=now, zone=zone) if due_words else None
    except DateWordsError as exc:
        raise InvalidField("due", str(exc)) from exc
    try:
        if isinstance(repeat_words, _Keep):
            cleared = not isinstance(due_words, _Keep) and due is None
            rule = None if cleared else _rule(task)
        else:
            rule = parse_repeat(repeat_words) if repeat_words else None
        if rule is not None and due is None:
            due = rule.first(now=now, zone=zone)
    except DateWordsError as exc:
        raise InvalidField("repeat", str(exc)) from exc
    if rule is not None and due is not None:
        if rule.time is not None and due.time is None:
            due = Due(due.day, rule.time)  # "every morning": due at 09:00
        rule = rule.anchored(due)
    _set_due(task, due, zone)
    task.repeat = rule.rule if rule is not None else None


def _rule(task: Task) -> Repeat | None:
    return parse_repeat(task.repeat) if task.repeat else None


def _set_completed(task: Task, completed: bool, *, zone: ZoneInfo, now: datetime) -> None:
    if completed and not task.completed:
        _complete(task, zone=zone, now=now)
    else:
        task.completed = completed


def _complete(task: Task, *, zone: ZoneInfo, now: datetime) -> None:
    """Done; a repeating task moves to the occurrence after its due date and stays pending
    (done for good when its rule has ended)."""
    rule = _rule(task)
    due = due_of(task, zone)
    following = rule.next_after(due) if rule is not None and due is not None else None
    if following is None:
        task.completed = True
        task.repeat = None
        return
    _set_due(task, following, zone)


# --- reading ---------------------------------------------------------------------------


async def _owned(session: AsyncSession, user_id: str, task_id: int) -> Task:
    task = await session.get(Task, task_id)
    if task is None or task.user_id != user_id:
        raise NotFound(f"Task {task_id} not found")
    return task


async def _tags_of(session: AsyncSession, tasks: Sequence[Task]) -> dict[int, list[str]]:
    tags: dict[int, list[str]] = {task.id: [] for task in tasks if task.id is not None}
    if not tags:
        return tags
    rows = await session.exec(
        select(TaskTag).where(col(TaskTag.task_id).in_(tags)).order_by(col(TaskTag.name))
    )
    for row in rows.all():
        tags[row.task_id].append(row.name)
    return tags


async def _set_tags(session: AsyncSession, task: Task, names: list[str]) -> None:
    assert task.id is not None
    await session.exec(sql_delete(TaskTag).where(col(TaskTag.task_id) == task.id))
    session.add_all(TaskTag(task_id=task.id, name=name) for name in names)


async def _read(
    session: AsyncSession,
    user_id: str,
    tasks: list[Task],
    now: datetime | None,
    zone: ZoneInfo | None = None,
) -> list[TaskRead]:
    if not tasks:
        return []
    zone = zone or await user_zone(session, user_id)
    tags = await _tags_of(session, tasks)
    return [_present(task, tags.get(task.id or 0, []), zone, now or utcnow()) for task in tasks]


def _present(task: Task, tags: list[str], zone: ZoneInfo, now: datetime) -> TaskRead:
    """A task as every face of the API shows it, in the user's time zone."""
    assert task.id is not None
    due = due_of(task, zone)
    rule = _rule(task)
    return TaskRead(
        id=task.id,
        title=task.title,
        description=task.description,
        completed=task.completed,
        priority=task.priority,
        due_date=task.due_at if task.due_at is not None else task.due_date,
        due_text=describe_due(due, today=now.astimezone(zone).date()) if due else None,
        overdue=bool(due and not task.completed and due.is_overdue(now, zone)),
        repeat=task.repeat,
        repeat_text=rule.describe() if rule else None,
        tags=sorted(tags),
        created_at=task.created_at,
        updated_at=task.updated_at,
    )


async def _save(
    session: AsyncSession, task: Task, tags: list[str], zone: ZoneInfo, now: datetime
) -> TaskRead:
    task.updated_at = now
    session.add(task)
    await session.commit()
    return _present(task, tags, zone, now)
