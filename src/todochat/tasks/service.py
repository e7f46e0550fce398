"""The task service: the only code that reads or writes task rows.

REST routes, MCP tools and (through the tools) the assistant all call these functions,
so validation, ownership and timestamps live here once. Every function is scoped by
`user_id`; a task of another user is reported exactly like a missing one.

Due dates, repeats and the "today" of every filter are read in the user's time zone
(`users.time_zone`); `now` may be given for tests and defaults to the clock.

Every change is written to the change log (`task_changes`) in the change's own
transaction, with the task's fields before and after and its `Origin` (source and group).
Deleting moves a task to the trash (`deleted_at`): it is hidden from every list, count,
search and tool until it is restored, undone, or purged after TRASH_RETENTION_DAYS.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    Insert,
    Table,
    and_,
    bindparam,
    case,
    exists,
    func,
    insert,
    or_,
)
from sqlalchemy import delete as sql_delete
from sqlalchemy import update as sql_update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from todochat.accounts import service as accounts
from todochat.core.db import one_statement_in, utcnow
from todochat.core.errors import Conflict, InvalidField, NotFound
from todochat.core.pagination import paginate
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
    ChangeAction,
    ChangeList,
    ChangeRead,
    ChangeSource,
    DueFilter,
    Origin,
    Priority,
    SortOrder,
    StatusFilter,
    TagCount,
    Task,
    TaskChange,
    TaskCreate,
    TaskList,
    TaskRead,
    TaskReplace,
    TaskSnapshot,
    TaskTag,
    TaskUpdate,
    UndoResult,
)


@dataclass(slots=True)
class _NewTask:
    """A task `create` is about to insert: the `Task` columns, without the table model.

    Its rows are inserted from their values (`_insert`), so nothing needs the ORM object;
    building one (SQLModel's construction and SQLAlchemy's instrumented attributes) cost
    about 65 µs, more than the rest of `create`'s own work together. The fields are the
    table's columns (pinned by a test).
    """

    user_id: str
    title: str
    description: str | None
    priority: Priority
    created_at: datetime
    updated_at: datetime
    completed: bool = False
    due_date: date | None = None
    due_at: datetime | None = None
    repeat: str | None = None
    deleted_at: datetime | None = None
    id: int | None = None


# What the helpers below read or set: a stored task, or one `create` is about to insert.
_AnyTask = Task | _NewTask

_PRIORITY_RANK = {Priority.high: 0, Priority.medium: 1, Priority.low: 2, Priority.none: 3}


async def user_zone(session: AsyncSession, user_id: str, known: ZoneInfo | None = None) -> ZoneInfo:
    """The user's time zone: `known` when the caller has it already (a chat turn reads it
    as it starts, and its tool calls bring it along), else read from their row."""
    if known is not None:
        return known
    return await accounts.time_zone_of(session=session, user_id=user_id)


async def get(
    *,
    session: AsyncSession,
    user_id: str,
    task_id: int,
    now: datetime | None = None,
    zone: ZoneInfo | None = None,
) -> TaskRead:
    """The caller's task; `NotFound` when it is missing or belongs to someone else."""
    task, tags = await _owned(session, user_id, task_id)
    return _present(task, tags, await user_zone(session, user_id, zone), now or utcnow())


async def get_all(
    *,
    session: AsyncSession,
    user_id: str,
    status: StatusFilter = StatusFilter.all,
    q: str | None = None,
    due: DueFilter | None = None,
    due_on: date | str | None = None,
    priority: Priority | None = None,
    tag: str | None = None,
    sort: SortOrder = SortOrder.created,
    limit: int = LIST_LIMIT_MAX,
    offset: int = 0,
    now: datetime | None = None,
    zone: ZoneInfo | None = None,
) -> TaskList:
    """One page of the caller's tasks in `sort` order and the total that match.

    `due_on` keeps the tasks due on one day (at any time of it): a date, or words the date
    parser reads in the user's zone ("friday", "the 27th", "2026-12-07"); blank words are no
    filter, and words that name no date raise `InvalidField("due_on", ...)`. Every filter
    given must hold (`due` and `due_on` together keep the tasks both keep).
    The trash (`status=deleted`) lists the most recently deleted first unless sorted.
    """
    now = now or utcnow()
    zone = await user_zone(session, user_id, zone)
    trash = status is StatusFilter.deleted
    conditions: list[ColumnElement[bool]] = [
        col(Task.user_id) == user_id,
        col(Task.deleted_at).is_not(None) if trash else col(Task.deleted_at).is_(None),
    ]
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
    day = _day_named(due_on, now=now, zone=zone)
    if day is not None:
        conditions.append(col(Task.due_date) == day)  # a timed task's day is the user's too
    if priority is not None:
        conditions.append(col(Task.priority) == priority)
    if tag is not None:
        conditions.append(
            exists().where(col(TaskTag.task_id) == col(Task.id), col(TaskTag.name) == tag)
        )
    order = _order(sort)
    if trash and sort is SortOrder.created:
        order = [col(Task.deleted_at).desc(), col(Task.id).desc()]
    rows, total = await paginate(
        session, select(Task).where(*conditions).order_by(*order), limit=limit, offset=offset
    )
    return TaskList(
        items=await _read(session, list(rows), now, zone),
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


def _day_named(due_on: date | str | None, *, now: datetime, zone: ZoneInfo) -> date | None:
    """The day a `due_on` filter names: a date as given, else the day of the words, read by
    the one date parser in the user's zone (a time in them is ignored); None for no filter."""
    if due_on is None or isinstance(due_on, date):
        return due_on
    if not due_on.strip():
        return None
    try:
        return parse_due(due_on, now=now, zone=zone).day
    except DateWordsError as exc:
        raise InvalidField("due_on", str(exc)) from exc


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
        .where(col(Task.user_id) == user_id, col(Task.deleted_at).is_(None))
        .group_by(col(TaskTag.name))
        .order_by(col(TaskTag.name))
    )
    return [TagCount(name=name, tasks=count) for name, count in rows.all()]


async def create(
    *,
    session: AsyncSession,
    user_id: str,
    task_in: TaskCreate,
    origin: Origin | None = None,
    now: datetime | None = None,
    zone: ZoneInfo | None = None,
) -> TaskRead:
    """Add a task for the caller."""
    now = now or utcnow()
    task = _NewTask(
        user_id=user_id,
        title=task_in.title,
        description=task_in.description,
        priority=task_in.priority or Priority.none,
        created_at=now,
        updated_at=now,
    )
    zone = await user_zone(session, user_id, zone)
    _schedule(task, task_in.due, task_in.repeat, zone=zone, now=now)
    if task_in.completed:
        _complete(task, zone=zone, now=now)
    after = _snapshot(task, task_in.tags)
    if not task_in.tags and await one_statement_in(session):
        change = _Change(task, origin, None, after, now).values()
        params = {f"task_{key}": value for key, value in _task_values(task).items()}
        params.update({f"change_{key}": value for key, value in change.items()})
        task.id = (await session.exec(_insert_task_with_change(), params=params)).one()[0]
    else:
        await _insert(session, task)
        _add_tags(session, task, task_in.tags)  # a new task has none to replace
        await _Change(task, origin, None, after, now).record(session)
    await session.commit()
    return _present(task, task_in.tags, zone, now)


async def replace(
    *,
    session: AsyncSession,
    user_id: str,
    task_id: int,
    task_in: TaskReplace,
    origin: Origin | None = None,
    now: datetime | None = None,
    zone: ZoneInfo | None = None,
) -> TaskRead:
    """PUT: every field takes the given value or its default."""
    now = now or utcnow()
    task, tags = await _owned(session, user_id, task_id)
    zone = await user_zone(session, user_id, zone)
    before = _snapshot(task, tags)
    task.title = task_in.title
    task.description = task_in.description
    task.priority = task_in.priority or Priority.none
    _schedule(task, task_in.due, task_in.repeat, zone=zone, now=now)
    _set_completed(task, task_in.completed, zone=zone, now=now)
    await _set_tags(session, task, task_in.tags)
    return await _save(session, task, task_in.tags, zone, now, origin, before)


async def update(
    *,
    session: AsyncSession,
    user_id: str,
    task_id: int,
    task_in: TaskUpdate,
    origin: Origin | None = None,
    now: datetime | None = None,
    zone: ZoneInfo | None = None,
) -> TaskRead:
    """PATCH: only the fields the caller sent change."""
    now = now or utcnow()
    task, tags = await _owned(session, user_id, task_id)
    zone = await user_zone(session, user_id, zone)
    before = _snapshot(task, tags)
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
        tags = before.tags
    return await _save(session, task, tags, zone, now, origin, before)


async def set_completed(
    *,
    session: AsyncSession,
    user_id: str,
    task_id: int,
    completed: bool | None = None,
    for_good: bool = False,
    origin: Origin | None = None,
    now: datetime | None = None,
    zone: ZoneInfo | None = None,
) -> TaskRead:
    """Mark done (or not); `None` toggles, as `PATCH .../complete` does.

    Completing a repeating task moves it to its next date and keeps it pending;
    `for_good` completes it and ends the repeat.
    """
    now = now or utcnow()
    task, tags = await _owned(session, user_id, task_id)
    zone = await user_zone(session, user_id, zone)
    before = _snapshot(task, tags)
    target = (not task.completed) if completed is None else completed
    if for_good and target:
        task.repeat = None
    _set_completed(task, target, zone=zone, now=now)
    action = ChangeAction.completed if target else ChangeAction.reopened
    return await _save(session, task, before.tags, zone, now, origin, before, action)


async def delete(
    *,
    session: AsyncSession,
    user_id: str,
    task_id: int,
    origin: Origin | None = None,
    now: datetime | None = None,
    zone: ZoneInfo | None = None,
) -> TaskRead:
    """Move the caller's task to the trash, every field kept, and return what it was."""
    now = now or utcnow()
    task, tags = await _owned(session, user_id, task_id)
    shown = _present(task, tags, await user_zone(session, user_id, zone), now)
    before = _snapshot(task, tags)
    task.deleted_at = now
    session.add(task)
    await _Change(task, origin, before, _snapshot(task, tags), now).record(session)
    await session.commit()
    return shown


async def restore(
    *,
    session: AsyncSession,
    user_id: str,
    task_id: int,
    origin: Origin | None = None,
    now: datetime | None = None,
    zone: ZoneInfo | None = None,
) -> TaskRead:
    """Bring a task back from the caller's trash exactly as it was; `NotFound` when it is
    not there."""
    now = now or utcnow()
    task, tags = await _owned(session, user_id, task_id, trashed=True)
    zone = await user_zone(session, user_id, zone)
    before = _snapshot(task, tags)
    task.deleted_at = None
    session.add(task)
    await _Change(task, origin, before, _snapshot(task, tags), now).record(session)
    await session.commit()
    return _present(task, tags, zone, now)


async def purge_trash(
    *, session: AsyncSession, retention_days: int, now: datetime | None = None
) -> int:
    """Delete for good every task (of every user) in the trash for longer than
    `retention_days`, with its tags and change log; the number purged."""
    cutoff = (now or utcnow()) - timedelta(days=retention_days)
    expired = select(Task.id).where(col(Task.deleted_at) < cutoff)
    await session.exec(sql_delete(TaskChange).where(col(TaskChange.task_id).in_(expired)))
    await session.exec(sql_delete(TaskTag).where(col(TaskTag.task_id).in_(expired)))
    result = await session.exec(sql_delete(Task).where(col(Task.deleted_at) < cutoff))
    await session.commit()
    return int(result.rowcount or 0)


# --- change log and undo ----------------------------------------------------------------


async def get_changes(
    *, session: AsyncSession, user_id: str, limit: int, offset: int
) -> ChangeList:
    """One page of the caller's changes, newest first."""
    statement = (
        select(TaskChange)
        .where(col(TaskChange.user_id) == user_id)
        .order_by(col(TaskChange.id).desc())
    )
    rows, total = await paginate(session, statement, limit=limit, offset=offset)
    return ChangeList(
        items=[_change_read(row) for row in rows], total=total, limit=limit, offset=offset
    )


_UNDO_ATTEMPTS = 5


async def undo(
    *,
    session: AsyncSession,
    user_id: str,
    origin: Origin | None = None,
    now: datetime | None = None,
    zone: ZoneInfo | None = None,
) -> UndoResult:
    """Revert the caller's latest change group not yet undone, whatever door made it:
    a deleted task comes back, an updated one gets its earlier fields (tags and dates
    included), a completed one reopens, an added one goes to the trash. `Conflict` when
    there is nothing to undo. The reverting changes are logged (with `reverts`) and are
    never undone themselves, so undoing again reverts the group before.
    """
    now = now or utcnow()
    origin = origin or Origin(ChangeSource.rest)
    zone = await user_zone(session, user_id, zone)
    mine = col(TaskChange.user_id) == user_id
    undoable = and_(mine, col(TaskChange.undone_at).is_(None), col(TaskChange.reverts).is_(None))
    for _ in range(_UNDO_ATTEMPTS):
        latest = (
            await session.exec(
                select(TaskChange).where(undoable).order_by(col(TaskChange.id).desc()).limit(1)
            )
        ).first()
        if latest is None:
            break
        group_id, source = latest.group_id, latest.source
        rows = (
            await session.exec(
                select(TaskChange)
                .where(undoable, col(TaskChange.group_id) == group_id)
                .order_by(col(TaskChange.id).desc())
            )
        ).all()
        # Claim the group; a concurrent undo that claimed it first leaves nothing here.
        claimed = await session.exec(
            sql_update(TaskChange)
            .where(undoable, col(TaskChange.group_id) == group_id)
            .values(undone_at=now)
        )
        if not claimed.rowcount:
            await session.rollback()
            continue
        changes: list[TaskChange] = []
        touched: dict[int, Task] = {}
        for row in rows:
            task = await session.get(Task, row.task_id)
            if task is None or task.user_id != user_id:
                continue
            before = await _snapshot_of(session, task)
            if row.before is None:
                if task.deleted_at is not None:
                    continue
                task.deleted_at = now
                tags = before.tags
            else:
                earlier = TaskSnapshot.model_validate(row.before)
                _apply(task, earlier, zone)
                await _set_tags(session, task, earlier.tags)
                tags = earlier.tags
            session.add(task)
            change = await _Change(
                task, origin, before, _snapshot(task, tags), now, reverts=group_id
            ).record(session)
            if change is not None:
                changes.append(TaskChange(**change))
            touched[task.id or 0] = task
        await session.commit()
        tasks = await _read(session, list(touched.values()), now, zone)
        return UndoResult(
            group_id=group_id,
            source=source,
            summary=_summary(changes),
            changes=[_change_read(change) for change in changes],
            tasks=tasks,
        )
    raise Conflict("Nothing to undo")


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


def due_of(task: _AnyTask, zone: ZoneInfo) -> Due | None:
    """The task's due date as the user's wall clock shows it."""
    if task.due_at is not None:
        return Due.at(task.due_at, zone)
    return Due(task.due_date) if task.due_date is not None else None


def _set_due(task: _AnyTask, due: Due | None, zone: ZoneInfo) -> None:
    task.due_date = due.day if due else None
    task.due_at = due.instant(zone) if due else None


def _schedule(
    task: _AnyTask,
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
            base = due_of(task, zone)  # what "back 2 days" moves
            due = parse_due(due_words, now=now, zone=zone, base=base) if due_words else None
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


def _rule(task: _AnyTask) -> Repeat | None:
    return parse_repeat(task.repeat) if task.repeat else None


def _set_completed(task: Task, completed: bool, *, zone: ZoneInfo, now: datetime) -> None:
    if completed and not task.completed:
        _complete(task, zone=zone, now=now)
    else:
        task.completed = completed


def _complete(task: _AnyTask, *, zone: ZoneInfo, now: datetime) -> None:
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


async def _owned(
    session: AsyncSession, user_id: str, task_id: int, *, trashed: bool = False
) -> tuple[Task, list[str]]:
    """The caller's live task (or, with `trashed`, a task in their trash) and its tags, in
    one query."""
    rows = (
        await session.exec(
            select(Task, TaskTag.name)
            .outerjoin(TaskTag, col(TaskTag.task_id) == col(Task.id))
            .where(col(Task.id) == task_id, col(Task.user_id) == user_id)
            .order_by(col(TaskTag.name))
        )
    ).all()
    task = rows[0][0] if rows else None
    if task is None or (task.deleted_at is not None) != trashed:
        where = " in the trash" if trashed else ""
        raise NotFound(f"Task {task_id} not found{where}")
    return task, [name for _, name in rows if name is not None]


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
    _add_tags(session, task, names)


def _add_tags(session: AsyncSession, task: _AnyTask, names: list[str]) -> None:
    assert task.id is not None
    session.add_all(TaskTag(task_id=task.id, name=name) for name in names)


async def _read(
    session: AsyncSession, tasks: list[Task], now: datetime, zone: ZoneInfo
) -> list[TaskRead]:
    """Tasks as the API shows them, their tags read in one query."""
    if not tasks:
        return []
    tags = await _tags_of(session, tasks)
    return [_present(task, tags.get(task.id or 0, []), zone, now) for task in tasks]


def _present(task: _AnyTask, tags: list[str], zone: ZoneInfo, now: datetime) -> TaskRead:
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
        deleted_at=task.deleted_at,
    )


async def _save(
    session: AsyncSession,
    task: Task,
    tags: list[str],
    zone: ZoneInfo,
    now: datetime,
    origin: Origin | None,
    before: TaskSnapshot,
    action: ChangeAction | None = None,
) -> TaskRead:
    task.updated_at = now
    session.add(task)
    after = _snapshot(task, tags)
    await _Change(task, origin, before, after, now, action=action).record(session)
    await session.commit()
    return _present(task, tags, zone, now)


# --- snapshots -------------------------------------------------------------------------


def _snapshot(task: _AnyTask, tags: list[str]) -> TaskSnapshot:
    return TaskSnapshot(
        title=task.title,
        description=task.description,
        completed=task.completed,
        priority=task.priority,
        due_date=task.due_date,
        due_at=task.due_at,
        repeat=task.repeat,
        tags=sorted(tags),
        updated_at=task.updated_at,
        deleted_at=task.deleted_at,
    )


async def _snapshot_of(session: AsyncSession, task: Task) -> TaskSnapshot:
    return _snapshot(task, (await _tags_of(session, [task]))[task.id or 0])


def _apply(task: Task, snapshot: TaskSnapshot, zone: ZoneInfo) -> None:
    """Put back a snapshot's fields (tags apart); a timed due date's day is read in the
    user's zone of today, as `rezone` keeps it."""
    task.title = snapshot.title
    task.description = snapshot.description
    task.completed = snapshot.completed
    task.priority = snapshot.priority
    task.due_at = snapshot.due_at
    task.due_date = (
        snapshot.due_at.astimezone(zone).date() if snapshot.due_at else snapshot.due_date
    )
    task.repeat = snapshot.repeat
    task.updated_at = snapshot.updated_at
    task.deleted_at = snapshot.deleted_at


def _action(before: TaskSnapshot | None, after: TaskSnapshot) -> ChangeAction:
    if before is None:
        return ChangeAction.created
    if before.deleted_at is None and after.deleted_at is not None:
        return ChangeAction.deleted
    if before.deleted_at is not None and after.deleted_at is None:
        return ChangeAction.restored
    if before.completed != after.completed:
        return ChangeAction.completed if after.completed else ChangeAction.reopened
    return ChangeAction.updated


@dataclass(slots=True)
class _Change:
    """A change to one task for the change log: the task as it was (None for a new one) and
    as it is now, who made it and when; `action` when the caller names it, `reverts` the
    group an undo takes back."""

    task: _AnyTask
    origin: Origin | None
    before: TaskSnapshot | None
    after: TaskSnapshot
    now: datetime
    action: ChangeAction | None = None
    reverts: str | None = None

    def values(self) -> dict[str, Any]:
        """The change-log row's columns (its id apart)."""
        origin = self.origin or Origin(ChangeSource.rest)
        return {
            "user_id": self.task.user_id,
            "task_id": self.task.id,
            "group_id": origin.group_id,
            "action": self.action or _action(self.before, self.after),
            "source": origin.source,
            "conversation_id": origin.conversation_id,
            "before": self.before.model_dump(mode="json") if self.before is not None else None,
            "after": self.after.model_dump(mode="json"),
            "created_at": self.now,
            "undone_at": None,
            "reverts": self.reverts,
        }

    async def record(self, session: AsyncSession) -> dict[str, Any] | None:
        """Add the change to the log in the caller's transaction: its row (with its id), or
        None for a change that leaves every field as it was (`updated_at` apart).

        The row is inserted from its values, not built as a `TaskChange` first: the table
        model's constructor cost about as much as the INSERT, on every task a chat turn
        changes; undo, which reports its changes, builds the objects itself.
        """
        before, after = self.before, self.after
        if before is not None and before.model_dump(exclude={"updated_at"}) == after.model_dump(
            exclude={"updated_at"}
        ):
            return None
        assert self.task.id is not None
        change = self.values()
        result: Any = await session.exec(_insert_into(_changes()), params=change)
        change["id"] = int(result.inserted_primary_key[0])
        return change


def _tasks() -> Table:
    return cast(Table, Task.__table__)  # type: ignore[attr-defined]


def _changes() -> Table:
    return cast(Table, TaskChange.__table__)  # type: ignore[attr-defined]


def _parameters(table: Table, prefix: str) -> dict[str, Any]:
    """A parameter for each column of `table` but its id, named `<prefix><column>`."""
    return {
        column.name: bindparam(prefix + column.name, type_=column.type)
        for column in table.columns
        if column.name != "id"
    }


def _task_values(row: _NewTask) -> dict[str, Any]:
    """A new task's columns (its id apart)."""
    return {name: getattr(row, name) for name in _task_columns()}


@cache
def _task_columns() -> tuple[str, ...]:
    return tuple(column.name for column in _tasks().columns if column.name != "id")


async def _insert(session: AsyncSession, row: _NewTask) -> None:
    """Store a new task with one plain INSERT and give it its id. The ORM's unit
    of work (a flush) costs more than the statement itself; the object stays outside the
    session."""
    result: Any = await session.exec(_insert_into(_tasks()), params=_task_values(row))
    row.id = int(result.inserted_primary_key[0])


@cache
def _insert_task_with_change() -> Insert:
    """PostgreSQL: `_insert` and `_Change.record` of a new task as one statement (the change-log
    row takes the task's id from the task's INSERT); it answers the task's id. The
    task's values are the parameters named `task_<column>`, the change's
    `change_<column>`."""
    tasks, changes = _tasks(), _changes()
    new_task = (
        insert(tasks).values(_parameters(tasks, "task_")).returning(tasks.c.id).cte("new_task")
    )
    columns = _parameters(changes, "change_")
    columns["task_id"] = new_task.c.id
    return (
        insert(changes)
        .from_select(list(columns), select(*columns.values()))
        .returning(changes.c.task_id)
    )


@cache
def _insert_into(table: Table) -> Insert:
    """A table's INSERT, built once: its values go as parameters (building `values()` on
    each call cost more than running the statement)."""
    return insert(table)


def _change_read(change: TaskChange) -> ChangeRead:
    assert change.id is not None
    return ChangeRead(
        id=change.id,
        group_id=change.group_id,
        task_id=change.task_id,
        action=change.action,
        source=change.source,
        conversation_id=change.conversation_id,
        before=TaskSnapshot.model_validate(change.before) if change.before else None,
        after=TaskSnapshot.model_validate(change.after),
        created_at=change.created_at,
        undone=change.undone_at is not None,
        reverts=change.reverts,
    )


_UNDONE = {
    ChangeAction.restored: "Restored",
    ChangeAction.deleted: "Moved to the trash",
    ChangeAction.reopened: "Reopened",
    ChangeAction.completed: "Marked done again",
    ChangeAction.updated: "Put back the earlier fields of",
    ChangeAction.created: "Added back",
}


def _summary(changes: list[TaskChange]) -> str:
    """One sentence saying what undo put back: 'Restored "Buy milk".'"""
    if not changes:
        return "Undone; nothing needed changing."
    parts = [f'{_UNDONE[change.action]} "{change.after["title"]}"' for change in changes]
    return "; ".join(parts) + "."
