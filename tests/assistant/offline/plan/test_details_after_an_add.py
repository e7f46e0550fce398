"""The plan stage, a day or a repeat said right after an add, of the task just added: "is on
the 18th of december, put that date" ("it" left out, then asking what the day already says),
"it should repeat every day, morning 6 o'clock" (the part of the day before its hour). Never
harm: "is on" before no day ("is on the shelf", "is on the 3rd floor?") changes nothing, and an
hour said before a thing counted ("evening 3 tasks") is no time."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play


def _task(store: TaskStore, title: str) -> tuple[str | None, str | None]:
    [task] = [t for t in store.tasks.values() if t["title"] == title]
    return task["due_date"], task["repeat_text"]


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("is on the 18th of december, put that date", "2026-12-18"),
        ("is on friday. set that date pls", "2026-11-27"),
        ("is for the 3rd", "2026-12-03"),
    ],
)
async def test_a_day_said_of_the_task_just_added_dates_it(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, due: str
) -> None:
    await play(store, session_for, "Pay rent", ["add buy gift for Cata's birthday", said])
    assert _task(store, "Buy gift for Cata's birthday") == (due, None)


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("it should repeat every day, morning 6 o'clock", "2026-11-24T06:00:00+00:00"),
        ("make it repeat every day, evening 7", "2026-11-23T19:00:00+00:00"),
    ],
)
async def test_a_repeat_with_the_hour_after_its_part_of_the_day(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, due: str
) -> None:
    await play(store, session_for, "Pay rent", ["add task clean the buffalo shed", said])
    assert _task(store, "Clean the buffalo shed") == (due, "every day")


@pytest.mark.parametrize("said", ["is on the shelf", "is on the 3rd floor?"])
async def test_is_on_before_no_day_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    state, _ = await play(store, session_for, "Pay rent", ["add buy gift", said])
    assert state == ["Buy gift", "Pay rent"]


async def test_an_hour_before_a_thing_counted_is_no_time(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await play(store, session_for, "Pay rent", ["add evening 3 tasks"])
    assert _task(store, "Evening 3 tasks") == (None, None)
