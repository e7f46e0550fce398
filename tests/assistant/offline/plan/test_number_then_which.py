"""The plan stage, a task named by its bare number, then which of the look-alikes it is
("delete 46 the one w the typo", "remove 46 - the duplicate", "bin 46 that one's a dupe"):
the task with that number is changed (the words after it had been searched as a title).
Never harm: a number that is no task's changes nothing, and a number that is part of what a
task says ("delete 2 eggs") is no task number."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Pick up dry cleanign|Pick up dry cleaning|Call landlord about the AC"


@pytest.mark.parametrize(
    "said",
    [
        "oops theres a dupe, delete 46 the one w the typo",
        "delete 46 the one with the typo",
        "remove 46 - the duplicate",
        "bin 46 that one's a dupe",
        "delete 46 the one i misspelt",
        "get rid of 46, the misspelt one",
        "scrap 46 the copy",
    ],
)
async def test_the_number_names_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    store.next_id = 46
    await assert_changes(store, session_for, SEEDS, [said], {"Pick up dry cleanign": "deleted"})


@pytest.mark.parametrize(
    "said", ["delete 99 the one with the typo", "remove 99 - the duplicate", "delete 2 the dupe"]
)
async def test_a_number_that_is_no_task_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    store.next_id = 46
    await assert_changes(store, session_for, SEEDS, [said])


async def test_a_number_in_a_title_is_no_task_number(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, "Buy 2 eggs|Buy bread", ["delete 2 eggs"])
    assert state == ["Buy bread"]
