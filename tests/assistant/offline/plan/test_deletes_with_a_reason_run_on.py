"""The plan stage, a delete with its reason run on without a comma ("get rid of the gym thing
i'm not doing it lol", "scrap the gym one we dont need it"): the task named goes (it had added
a task 'Get rid of the gym thing ...'); "get rid of the old sofa", with no such task, is still
a task to add."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Sign up for gym|Buy groceries"


@pytest.mark.parametrize(
    ("message", "meant"),
    [
        ("get rid of the gym thing i'm not doing it lol", "Sign up for gym"),
        ("scrap the gym one we dont need it", "Sign up for gym"),
        ("get rid of the gym thing im not bothering", "Sign up for gym"),
        ("delete the groceries one i already bought them", "Buy groceries"),
        ("bin the gym thing no longer needed", "Sign up for gym"),
    ],
)
async def test_the_task_named_goes(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, meant: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], {meant: "deleted"})


async def test_a_thing_to_get_rid_of_is_still_added(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await session_for(store).say("get rid of the old sofa")
    assert "Get rid of the old sofa" in store.titles()
    assert len(store.tasks) == 1
