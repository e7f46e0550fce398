"""Due dates, repeats, priorities and tags in the task service, on a controlled clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlmodel.ext.asyncio.session import AsyncSession

from todochat.accounts import service as accounts
from todochat.accounts.models import UserUpdate
from todochat.core.errors import InvalidField
from todochat.tasks import service
from todochat.tasks.models import (
    DueFilter,
    Priority,
    SortOrder,
    StatusFilter,
    TaskCreate,
    TaskUpdate,
)


async def in_zone(session: AsyncSession, zone: str, user_id: str = "alice") -> None:
    await accounts.update(session=session, user_id=user_id, user_in=UserUpdate(time_zone=zone))


async def add(session: AsyncSession, now: datetime, **fields: object) -> int:
    fields.setdefault("title", "A task")
    task = await service.create(
        session=session, user_id="alice", task_in=TaskCreate.model_validate(fields), now=now
    )
    return task.id


async def titles(session: AsyncSession, now: datetime, **filters: object) -> list[str]:
    page = await service.get_all(session=session, user_id="alice", now=now, **filters)  # type: ignore[arg-type]
    return [task.title for task in page.items]


# Moments where the user's day differs from UTC's: just after midnight in Karachi (UTC+5)
# and Auckland (UTC+13), late evening in Los Angeles (UTC-8).
AROUND_MIDNIGHT = [
    ("Asia/Karachi", datetime(2026, 12, 3, 19, 30, tzinfo=UTC)),  # Fri 4 Dec, 00:30
    ("Pacific/Auckland", datetime(2026, 12, 3, 11, 30, tzinfo=UTC)),  # Fri 4 Dec, 00:30
    ("America/Los_Angeles", datetime(2026, 12, 4, 4, 0, tzinfo=UTC)),  # Thu 3 Dec, 20:00
]


@pytest.mark.parametrize(("zone", "now"), AROUND_MIDNIGHT, ids=[z for z, _ in AROUND_MIDNIGHT])
async def test_due_filters_use_the_users_day_not_utcs(
    session: AsyncSession, zone: str, now: datetime
) -> None:
    await in_zone(session, zone)
    today = now.astimezone(ZoneInfo(zone)).date()
    assert today != now.date()  # the case under test: UTC is on another day
    for offset in (-1, 0, 1, 6, 7):
        await add(
            session, now, title=f"day {offset:+d}", due=(today + timedelta(offset)).isoformat()
        )
    await add(session, now, title="no due date")
    await add(session, now, title="in 10 minutes", due="in 10 minutes")
    await add(session, now, title="at 00:10", due=f"{today.isoformat()}T00:10")
    assert await titles(session, now, due=DueFilter.today) == [
        "day +0",
        "in 10 minutes",
        "at 00:10",
    ]
    assert await titles(session, now, due=DueFilter.tomorrow) == ["day +1"]
    assert await titles(session, now, due=DueFilter.week) == [
        "day +0",
        "day +1",
        "day +6",
        "in 10 minutes",
        "at 00:10",
    ]
    # "at 00:10" has passed: overdue though due today
    assert await titles(session, now, due=DueFilter.overdue) == ["day -1", "at 00:10"]
    assert await titles(session, now, due=DueFilter.none) == ["no due date"]


async def test_a_task_due_earlier_today_is_overdue_and_due_today(session: AsyncSession) -> None:
    await in_zone(session, "Asia/Karachi")
    now = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)  # 15:00 in Karachi
    task_id = await add(session, now, title="Call", due="today 9am")
    assert await titles(session, now, due=DueFilter.overdue) == ["Call"]
    assert await titles(session, now, due=DueFilter.today) == ["Call"]
    task = await service.get(session=session, user_id="alice", task_id=task_id, now=now)
    assert (task.overdue, task.due_text) == (True, "Thu 3 Dec, 09:00")
    assert task.due_date == datetime(2026, 12, 3, 4, 0, tzinfo=UTC)
    done = await service.set_completed(session=session, user_id="alice", task_id=task_id, now=now)
    assert done.completed and not done.overdue
    assert await titles(session, now, due=DueFilter.overdue) == []


async def test_sorting_by_due_date_and_by_priority(session: AsyncSession) -> None:
    now = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
    await add(session, now, title="later", due="2026-12-10", priority="high")
    await add(session, now, title="none", priority="low")
    await add(session, now, title="soon 9am", due="2026-12-04T09:00", priority="medium")
    await add(session, now, title="soon all day", due="2026-12-04")
    await add(session, now, title="urgent", priority="high")
    assert await titles(session, now, sort=SortOrder.due) == [
        "soon all day",
        "soon 9am",
        "later",
        "none",
        "urgent",
    ]
    assert await titles(session, now, sort=SortOrder.priority) == [
        "later",
        "urgent",
        "soon 9am",
        "none",
        "soon all day",
    ]
    assert await titles(session, now, priority=Priority.high) == ["later", "urgent"]
    assert await titles(session, now) == ["later", "none", "soon 9am", "soon all day", "urgent"]


@pytest.mark.parametrize(
    ("repeat", "first_due", "next_dues"),
    [
        ("every day", "2026-12-03", ["2026-12-04", "2026-12-05"]),
        ("every weekday", "2026-12-04", ["2026-12-07", "2026-12-08"]),  # Friday, then Monday
        ("every month on the 31st", "2027-01-31", ["2027-02-28", "2027-03-31", "2027-04-30"]),
        ("every year on feb 29", "2028-02-29", ["2029-02-28", "2030-02-28"]),
        ("every year", "2026-05-05", ["2027-05-05", "2028-05-05"]),
    ],
)
async def test_completing_a_repeating_task_moves_it_to_the_next_date(
    session: AsyncSession, repeat: str, first_due: str, next_dues: list[str]
) -> None:
    now = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
    task_id = await add(session, now, title="Again", due=first_due, repeat=repeat)
    for expected in next_dues:
        task = await service.set_completed(
            session=session, user_id="alice", task_id=task_id, completed=True, now=now
        )
        assert (task.completed, task.due_date) == (False, date.fromisoformat(expected))
    ended = await service.set_completed(
        session=session, user_id="alice", task_id=task_id, completed=True, for_good=True, now=now
    )
    assert (ended.completed, ended.repeat, ended.due_date) == (
        True,
        None,
        date.fromisoformat(expected),
    )


async def test_a_timed_repeat_keeps_its_wall_clock_time_across_dst(session: AsyncSession) -> None:
    await in_zone(session, "America/Los_Angeles")
    now = datetime(2026, 3, 6, 20, 0, tzinfo=UTC)
    task_id = await add(session, now, title="Standup", due="2026-03-07", repeat="every morning")
    first = await service.get(session=session, user_id="alice", task_id=task_id, now=now)
    assert first.due_date == datetime(2026, 3, 7, 17, 0, tzinfo=UTC)  # 09:00 PST
    moved = await service.set_completed(session=session, user_id="alice", task_id=task_id, now=now)
    assert moved.due_date == datetime(2026, 3, 8, 16, 0, tzinfo=UTC)  # 09:00 PDT
    assert (moved.due_text, moved.repeat_text) == ("Sun 8 Mar, 09:00", "every day at 09:00")


async def test_a_repeat_without_a_due_date_starts_at_its_next_occurrence(
    session: AsyncSession,
) -> None:
    now = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)  # a Thursday
    task_id = await add(session, now, title="Rent", repeat="every month on the 1st")
    task = await service.get(session=session, user_id="alice", task_id=task_id, now=now)
    assert (task.due_date, task.repeat, task.repeat_text) == (
        date(2027, 1, 1),
        "FREQ=MONTHLY;BYMONTHDAY=1",
        "every month on the 1st",
    )
    cleared = await service.update(
        session=session, user_id="alice", task_id=task_id, task_in=TaskUpdate(due=None), now=now
    )
    assert (cleared.due_date, cleared.repeat) == (None, None)  # no due date, no repeat
    moved = await service.update(
        session=session,
        user_id="alice",
        task_id=task_id,
        task_in=TaskUpdate(repeat="every monday"),
        now=now,
    )
    assert (moved.due_date, moved.repeat_text) == (date(2026, 12, 7), "every Monday")
    kept = await service.update(
        session=session, user_id="alice", task_id=task_id, task_in=TaskUpdate(due="friday"), now=now
    )
    assert (kept.due_date, kept.repeat) == (date(2026, 12, 4), "FREQ=WEEKLY;BYDAY=MO")


async def test_words_that_are_not_a_date_name_the_field(session: AsyncSession) -> None:
    now = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
    with pytest.raises(InvalidField) as caught:
        await add(session, now, due="next blursday")
    assert (caught.value.field, caught.value.message[:33]) == (
        "due",
        "could not read 'next', 'blursday'",
    )
    with pytest.raises(InvalidField, match="repeat: could not read 'fortnight-ish'"):
        await add(session, now, repeat="every fortnight-ish")
    assert await titles(session, now) == []


async def test_tags_are_set_replaced_filtered_and_counted(session: AsyncSession) -> None:
    now = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
    first = await add(session, now, title="Report", tags=["#Work", "urgent", "work"])
    await add(session, now, title="Groceries", tags=["home"])
    await service.create(
        session=session,
        user_id="bob",
        task_in=TaskCreate(title="Bob's", tags=["work", "secret"]),
        now=now,
    )
    task = await service.get(session=session, user_id="alice", task_id=first, now=now)
    assert task.tags == ["urgent", "work"]
    assert await titles(session, now, tag="work") == ["Report"]
    counts = await service.get_tags(session=session, user_id="alice")
    assert [(tag.name, tag.tasks) for tag in counts] == [("home", 1), ("urgent", 1), ("work", 1)]
    kept = await service.update(
        session=session,
        user_id="alice",
        task_id=first,
        task_in=TaskUpdate(title="Report!"),
        now=now,
    )
    assert kept.tags == ["urgent", "work"]
    replaced = await service.update(
        session=session, user_id="alice", task_id=first, task_in=TaskUpdate(tags=["q4"]), now=now
    )
    assert replaced.tags == ["q4"]
    assert await titles(session, now, tag="work") == []
    await service.delete(session=session, user_id="alice", task_id=first)
    assert [tag.name for tag in await service.get_tags(session=session, user_id="alice")] == [
        "home"
    ]


async def test_a_new_time_zone_moves_the_day_of_tasks_due_at_a_time(session: AsyncSession) -> None:
    await in_zone(session, "Asia/Karachi")
    now = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
    task_id = await add(session, now, title="Call", due="tomorrow 1am")  # 4 Dec 01:00 Karachi
    await add(session, now, title="All day", due="2026-12-04")
    await in_zone(session, "America/Los_Angeles")
    await service.rezone(session=session, user_id="alice", zone=ZoneInfo("America/Los_Angeles"))
    task = await service.get(session=session, user_id="alice", task_id=task_id, now=now)
    assert task.due_text == "Thu 3 Dec, 12:00"  # the same instant, on Los Angeles' clock
    assert await titles(session, now, due=DueFilter.today) == ["Call"]
    assert await titles(session, now, due=DueFilter.tomorrow) == ["All day"]


async def test_back_2_days_moves_the_tasks_own_due_date(session: AsyncSession) -> None:
    await in_zone(session, "Asia/Kolkata")
    now = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
    timed = await add(session, now, title="Visa form", due="2027-01-30T09:00")
    undated = await add(session, now, title="Someday")

    async def move(task_id: int, words: str) -> str | None:
        task = await service.update(
            session=session,
            user_id="alice",
            task_id=task_id,
            task_in=TaskUpdate(due=words),
            now=now,
        )
        return task.due_text

    assert await move(timed, "back 2 days") == "Mon 1 Feb 2027, 09:00"  # a month end crossed
    assert await move(timed, "earlier by a week") == "Mon 25 Jan 2027, 09:00"
    with pytest.raises(InvalidField, match="'back a week' moves a due date, and there is none"):
        await move(undated, "back a week")


@pytest.mark.parametrize(("zone", "now"), AROUND_MIDNIGHT, ids=[z for z, _ in AROUND_MIDNIGHT])
async def test_due_on_keeps_one_day_of_the_users_zone(
    session: AsyncSession, zone: str, now: datetime
) -> None:
    """`due_on` is one day of the user's calendar: tasks due all day and at any time of it
    (a time whose UTC day is another), from a date or from words read in the user's zone."""
    await in_zone(session, zone)
    today = now.astimezone(ZoneInfo(zone)).date()
    tomorrow = today + timedelta(days=1)
    for offset in (-1, 0, 1, 7):
        await add(
            session, now, title=f"day {offset:+d}", due=(today + timedelta(offset)).isoformat()
        )
    await add(session, now, title="tomorrow 00:10", due=f"{tomorrow.isoformat()}T00:10")
    await add(session, now, title="tomorrow 23:50", due=f"{tomorrow.isoformat()}T23:50")
    await add(session, now, title="no due date")
    wanted = ["day +1", "tomorrow 00:10", "tomorrow 23:50"]
    assert await titles(session, now, due_on=tomorrow) == wanted
    assert await titles(session, now, due_on="tomorrow") == wanted
    assert await titles(session, now, due_on=tomorrow.isoformat()) == wanted
    assert await titles(session, now, due_on="tomorrow 9pm") == wanted  # its day, not its time
    weekday = tomorrow.strftime("%A").lower()  # "friday": the next one after today
    assert await titles(session, now, due_on=weekday) == wanted
    assert await titles(session, now, due_on=f"{today.day} {today.strftime('%b')}") == ["day +0"]
    assert await titles(session, now, due_on=today - timedelta(days=3)) == []


async def test_due_on_combines_with_the_other_filters_and_pages(session: AsyncSession) -> None:
    now = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)  # Thursday
    for number in range(4):
        await add(session, now, title=f"Friday {number}", due="friday", priority="high")
    await add(session, now, title="Friday low", due="friday 5pm", priority="low", tags=["home"])
    await add(session, now, title="Saturday", due="saturday", priority="high")
    await service.create(
        session=session, user_id="bob", task_in=TaskCreate(title="Bob's", due="friday"), now=now
    )
    done = await add(session, now, title="Friday done", due="friday")
    await service.set_completed(session=session, user_id="alice", task_id=done, now=now)
    binned = await add(session, now, title="Friday binned", due="friday")
    await service.delete(session=session, user_id="alice", task_id=binned, now=now)

    page = await service.get_all(
        session=session, user_id="alice", due_on="fri", status=StatusFilter.pending,
        sort=SortOrder.priority, limit=2, offset=3, now=now,
    )  # fmt: skip
    assert (page.total, [t.title for t in page.items]) == (5, ["Friday 3", "Friday low"])
    assert await titles(session, now, due_on="friday", priority=Priority.low) == ["Friday low"]
    assert await titles(session, now, due_on="friday", tag="home") == ["Friday low"]
    assert await titles(session, now, due_on="friday", status=StatusFilter.completed) == [
        "Friday done"
    ]
    assert await titles(session, now, due_on="friday", status=StatusFilter.deleted) == [
        "Friday binned"
    ]
    assert await titles(session, now, due_on="friday", due=DueFilter.week) == [
        "Friday 0", "Friday 1", "Friday 2", "Friday 3", "Friday low", "Friday done",
    ]  # fmt: skip
    assert await titles(session, now, due_on="friday", due=DueFilter.today) == []


@pytest.mark.parametrize(
    ("words", "message"),
    [
        ("someday", "could not read 'someday' as a date"),
        ("next blursday", "could not read 'next', 'blursday' as a date"),
        ("feb 30", "there is no 30 February"),
        ("back 2 days", "'back 2 days' moves a due date, and there is none yet"),
    ],
)
async def test_due_on_words_that_name_no_day_name_the_field(
    session: AsyncSession, words: str, message: str
) -> None:
    now = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
    await add(session, now, title="Kept", due="friday")
    with pytest.raises(InvalidField) as caught:
        await titles(session, now, due_on=words)
    assert caught.value.field == "due_on"
    assert caught.value.message.startswith(message)
    # blank words are no filter, like a blank search
    assert await titles(session, now, due_on="  ") == ["Kept"]
