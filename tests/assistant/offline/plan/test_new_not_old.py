"""The plan stage, a new date or time said with the old one it replaces ("3.30 pm not 10 am",
"friday instead of monday", "5pm not 4pm, same day"): the task talked about gets the new one; the
old value is no part of it ("my dentist appointment time changed, now 3.30 pm not 10 am, same
day. pls update" had been understood as nothing)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Dentist appointment@2026-11-25|Buy batik"


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("3.30 pm not 10 am", "2026-11-23T15:30:00+00:00"),
        ("it's 5pm not 4pm, same day", "2026-11-23T17:00:00+00:00"),
        ("friday instead of monday", "2026-11-27"),
        ("thursday rather than wednesday pls", "2026-11-26"),
    ],
)
async def test_the_new_value_after_an_add_is_set(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, due: str
) -> None:
    await play(store, session_for, SEEDS, ["add call bob", said])
    assert {t["title"]: t["due_date"] for t in store.tasks.values()}["Call bob"] == due


@pytest.mark.parametrize(
    "said",
    [
        "my dentist appointment time changed, now 3.30 pm not 10 am, same day. pls update",
        "dentist appointment moved, now 3.30 pm not 10 am",
    ],
)
async def test_a_task_named_then_its_new_time_moves_it_that_day(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await play(store, session_for, SEEDS, [said])
    due = {t["title"]: t["due_date"] for t in store.tasks.values()}["Dentist appointment"]
    assert due == "2026-11-25T15:30:00+00:00"


@pytest.mark.parametrize("said", ["3.30 pm not 10 am", "not the shopping, the batik"])
async def test_with_no_task_talked_about_nothing_changes(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])
