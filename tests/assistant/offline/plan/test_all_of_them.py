"""The plan stage, a deed told of every task ("I finished everything on my list today", "we've
done all our tasks"): every open task is completed (it had listed the finished ones), and "all
of them" after it in the same message names those tasks, no more. After a listing "all of them"
is the tasks listed. Never harm: "all of them" with nothing talked about asks which, an
exception said after the deed spares its task, and a question completes nothing ("did i finish
everything?" had been cut into "did i." and a request, and completed every task)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Pick up the uniform|Pay the phone bill|Call abuela:done|Buy a gift for Lupita"
ALL_DONE = {
    "Pick up the uniform": "done",
    "Pay the phone bill": "done",
    "Buy a gift for Lupita": "done",
}


@pytest.mark.parametrize(
    "said",
    [
        "I finished everything on my list today 🙌 mark all of them as done",
        "i did everything on my list this morning!!",
        "we've done all our tasks already, tick them off",
        "finally got through the whole list lol",
    ],
)
async def test_a_deed_told_of_everything_completes_every_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], ALL_DONE)


async def test_an_exception_after_the_deed_spares_its_task(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        SEEDS,
        ["i finished everything except the gift"],
        {"Pick up the uniform": "done", "Pay the phone bill": "done"},
    )


async def test_after_a_listing_all_of_them_are_the_tasks_listed(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        SEEDS,
        ["anything about the bill?", "mark all of them as done"],
        {"Pay the phone bill": "done"},
    )


@pytest.mark.parametrize(
    "said",
    [
        "mark all of them as done",
        "delete all of them",
        "did i finish everything?",
        "did i complete all my tasks",
        "have i finished everything on my list?",
        "once we have done all our tasks we can go",
        "i wish i finished everything today",
    ],
)
async def test_with_nothing_talked_about_nothing_changes(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])
