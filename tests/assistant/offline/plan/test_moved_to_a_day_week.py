"""The plan stage, a task moved to "friday week" (British, Irish: the coming friday and a week):
"can you push the car service out to friday week? garage rang, they're booked up" moves the task
a week past the coming friday (it had added 'Push the car service out week' due friday);
"tuesday week", "a week on friday" and "friday fortnight" too. "friday" alone is still the
coming one, and a day week said of a task that is not there changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Car service at garage@2026-11-27|Collect Aoife from camogie"


@pytest.mark.parametrize(
    ("message", "day"),
    [
        (
            "can you push the car service out to friday week? garage rang, they're booked up",
            "2026-12-04",
        ),
        ("move the car service to tuesday week", "2026-12-01"),
        ("push the car service to a week on friday", "2026-12-04"),
        ("car service can wait till friday fortnight", "2026-12-11"),
        ("reschedule the car service for thursday week pls", "2026-12-03"),
    ],
)
async def test_the_task_moves_a_week_past_the_day(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, day: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], {"Car service at garage": f"@{day}"})


async def test_the_day_alone_is_the_coming_one(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        SEEDS,
        ["push the car service to friday"],
        {"Car service at garage": "@2026-11-27"},
    )


async def test_no_such_task_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(store, session_for, SEEDS, ["move the dentist to friday week"])
