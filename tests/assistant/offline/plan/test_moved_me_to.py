"""The plan stage, news that someone moved me ("dentist called and moved me to tomorrow
instead, can u change the date on that one"): the appointment of the one who moved me moves
(it had asked which task); with no one named ("they moved me to friday") it asks."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Dentist appointment@2026-11-23|Buy ski wax|Return Amazon package|Hair salon@2026-11-25"


@pytest.mark.parametrize(
    ("message", "meant", "day"),
    [
        (
            "dentist called and moved me to tomorrow instead, can u change the date on that one",
            "Dentist appointment",
            "@2026-11-24",
        ),
        (
            "the dentist moved me to friday, can u change the date on that one",
            "Dentist appointment",
            "@2026-11-27",
        ),
        ("the salon rang and pushed us to saturday, update it pls", "Hair salon", "@2026-11-28"),
    ],
)
async def test_the_appointment_moves(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, meant: str, day: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], {meant: day})


async def test_no_one_named_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(store, session_for, SEEDS, ["they moved me to friday"])
