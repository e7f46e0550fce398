"""The plan stage, a "nah"/"nope" before a delete said with any delete verb ("nah take off the
tims run, im off coffee now", "nah scratch the tims run", "nah take the tims run off my list"),
the task named loosely (a possessive typed without its apostrophe: "tims" for "Tim's"): the
task is deleted, the reason after it no part of its name. Never harm: "nah" before time off
or before a retraction ("nah scratch that") deletes no task of the list."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, expected, play

SEEDS = "Tim's run for the office|Shovel the driveway|Book oil change"


@pytest.mark.parametrize(
    "said",
    [
        "nah take off the tims run, im off coffee now ☕🚫",
        "nah scratch the tims run",
        "nah take the tims run off my list",
        "nope, drop the tims run",
        "nah just nuke the tims run, cutting back",
        "naw strike the tims run",
        "nah take the tims run off, im off coffee",
    ],
)
async def test_nah_then_a_delete_deletes(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], {"Tim's run for the office": "deleted"})


@pytest.mark.parametrize(
    "said", ["nah take off work friday", "nah take the dog out instead", "nah take the day off"]
)
async def test_nah_then_no_delete_deletes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert all(t in state for t in expected(SEEDS, {}))


async def test_nah_scratch_that_takes_back_the_add_only(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(store, session_for, SEEDS, ["add buy milk", "nah scratch that"])
