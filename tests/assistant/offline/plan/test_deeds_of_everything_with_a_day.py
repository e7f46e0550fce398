"""The plan stage, a deed of everything with the day it was done ("done with everything today
alhamdulillah, except the visa form"): every task but the exception is ticked (it had looked
for tasks due today); "mark everything due today as done" keeps its day."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Fill visa form|Buy groceries|Pay internet bill|Pick up Ayesha from school@2026-11-23"
REST = {"Buy groceries": "done", "Pay internet bill": "done", "Pick up Ayesha from school": "done"}


@pytest.mark.parametrize(
    "message",
    [
        "done with everything today alhamdulillah, except the visa form, that one is still pending",
        "finished all my tasks this morning except the visa form",
        "i'm done with everything today except the visa form",
        "got through the whole list today apart from the visa form",
    ],
)
async def test_all_but_the_exception_are_ticked(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], REST)


async def test_a_scope_of_tasks_due_today_keeps_its_day(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        SEEDS,
        ["mark everything due today as done"],
        {"Pick up Ayesha from school": "done"},
    )
