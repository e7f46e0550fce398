"""The plan stage, an exception that names several tasks after commas ("tick off everything
except the gutters, the car and the weeding", "delete all but the gutters, the car"): every
one named is spared (only the first had been: the rest were taken for a remark, and were
ticked or deleted). A task said done and then cleared is ticked, and the reply says ticked
("clear everything except the gutters, the rest is done" had ticked three and said deleted)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Mow front lawn|Clean the gutters|Wash the car|Weed the garden beds"


@pytest.mark.parametrize(
    ("message", "change"),
    [
        ("tick off everything except the gutters, the car and the weeding", "done"),
        ("mark all done except the gutters, the car and the weeds", "done"),
        ("delete everything except the gutters, the car and the weeding", "deleted"),
        ("tick off the lot apart from the gutters, the car, the weeding", "done"),
    ],
)
async def test_every_task_named_is_spared(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, change: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], {"Mow front lawn": change})


async def test_two_named_after_but(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        SEEDS,
        ["delete all but the gutters, the car"],
        {"Mow front lawn": "deleted", "Weed the garden beds": "deleted"},
    )


async def test_done_then_cleared_is_said_ticked(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    reply = await assert_changes(
        store,
        session_for,
        SEEDS,
        ["clear everything except the gutters, the rest is done"],
        {"Mow front lawn": "done", "Wash the car": "done", "Weed the garden beds": "done"},
    )
    assert "deleted" not in reply
    assert "done" in reply


async def test_a_remark_after_a_change_is_still_a_remark(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        SEEDS,
        ["tick off the car one, the kids helped"],
        {"Wash the car": "done"},
    )
