"""The plan stage, a remark after a comma that follows a delete or a completion: someone's word
with no "the" ("bin the boat one, hubby said no"), a deed told with no subject ("tick off
everything but the visa one, did them all yesterday") or that the task is needed no more
("remove task 3 please, is not needed") is why, never part of the target; and an exception
names the one task its words name among all ("except the passport one" spares 'Renew passport',
not 'Print boarding pass'). Never harm: a second task said done after the comma is still done,
a remark naming a task changes no other one, and an exception that names nothing asks."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import expected, play

SHED = "Buy a tinny boat|Clean out the shed|Book the plumber"
TRIP = "Print boarding pass|Renew passport|Buy travel adapter|Pack the cooler"


@pytest.mark.parametrize(
    ("seeds", "message", "changes"),
    [
        (SHED, "bin the boat one, hubby said no", {"Buy a tinny boat": "deleted"}),
        (SHED, "delete the plumber one, dad fixed it", {"Book the plumber": "deleted"}),
        (SHED, "remove task 3 please, is not needed", {"Book the plumber": "deleted"}),
        (SHED, "scrap the shed one - not needed anymore", {"Clean out the shed": "deleted"}),
        (
            TRIP,
            "tick off everything except the passport one, did them all yesterday",
            {
                "Print boarding pass": "done",
                "Buy travel adapter": "done",
                "Pack the cooler": "done",
            },
        ),
        (
            TRIP,
            "mark the cooler one done, packed it last night",
            {"Pack the cooler": "done"},
        ),
    ],
)
async def test_a_remark_after_the_comma_is_why(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    message: str,
    changes: dict[str, str],
) -> None:
    state, _ = await play(store, session_for, seeds, [message])
    assert state == expected(seeds, changes)


@pytest.mark.parametrize(
    ("seeds", "message", "changes"),
    [
        # a second task said done after the comma is done too
        (
            TRIP,
            "mark the cooler one done, adapter is done",
            {"Pack the cooler": "done", "Buy travel adapter": "done"},
        ),
        # a task said to stay after the comma is never deleted with the first
        (SHED, "delete the boat one, shed can stay", {"Buy a tinny boat": "deleted"}),
        # the remark's words never move the delete to another task
        (SHED, "bin the boat one, plumber said no", {"Buy a tinny boat": "deleted"}),
        # a delete of a task that does not exist, with the remark: nothing changes
        (SHED, "erase task 9 please, is not needed", {}),
        # an exception naming nothing asks, completes nothing
        (TRIP, "tick off everything except the visa one, did them all yesterday", {}),
        # news alone, no request: nothing changes
        (SHED, "hubby said no to the boat", {}),
    ],
)
async def test_near_misses(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    message: str,
    changes: dict[str, str],
) -> None:
    state, _ = await play(store, session_for, seeds, [message])
    assert state == expected(seeds, changes)
