"""The plan stage, the whole list emptied for a fresh start ("I want to start fresh, wipe my
whole list please", "i'd like to clear out everything and start again"): why the user empties
the list, said before or after, is no task; the wish is the delete of every task (which the
server holds for approval), never a task 'Start fresh, wipe everything'. Never harm: a wish to
clear a thing ("i want to clear my desk") is a task, and "start fresh" alone changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, expected, play

SEEDS = "Buy yerba|Call Martín:done|Fix the shower"
ALL_DELETED = {"Buy yerba": "deleted", "Call Martín": "deleted", "Fix the shower": "deleted"}


@pytest.mark.parametrize(
    "message",
    [
        "I want to start fresh, wipe my whole list please",
        "starting fresh, wipe the whole list",
        "i wanna start over, clear everything",
        "i'd like to clear out everything and start again",
        "delete it all and start over",
        "i want to wipe everything",
        "wipe the whole list, starting fresh for term 2",
        "clear everything, fresh start for the new semester",
    ],
)
async def test_a_fresh_start_empties_the_list(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], ALL_DELETED)


async def test_a_wish_to_clear_a_thing_is_a_task(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["i want to clear my desk"])
    assert state == expected(SEEDS + "|Clear my desk", {})


async def test_starting_over_with_one_task_named_deletes_only_that_one(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        SEEDS,
        ["starting over, delete the shower one"],
        {"Fix the shower": "deleted"},
    )
