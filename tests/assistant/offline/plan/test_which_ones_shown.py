"""The plan stage, Roman Urdu asked to be shown the tasks "which are" left or done, said as a
relative clause ("mere jo kaam abhi baaki hain woh dikhao": the tasks that are still left, show
those; "jo tasks mukammal hain unhe batao"): a listing of that status. Near wordings that name
no listing (an add, a deed, a question about one task) list nothing and change nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, seed

SEEDS = "Bijli ka bill bharna|Ammi ko call karna:done|Doodh lena"


@pytest.mark.parametrize(
    ("message", "status"),
    [
        ("mere jo tasks pending hain unhe batao", "pending"),
        ("jo kaam abhi tak baqi hain wo dikha do please", "pending"),
        ("bhai jo kaam reh gaye hain woh dikhao", "pending"),
        ("jo kaam ho gaye hain woh batao", "completed"),
        ("meri jo tasks mukammal hain unhe dikhao", "completed"),
    ],
)
async def test_the_ones_which_are_left_or_done_are_listed(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, status: str
) -> None:
    seed(store, SEEDS)
    turn = await session_for(store).say(message)
    assert turn.tool_calls == [("list_tasks", {"status": status})]
    assert sorted(t["title"] for t in store.tasks.values()) == sorted(
        s.removesuffix(":done") for s in SEEDS.split("|")
    )


@pytest.mark.parametrize(
    "message",
    [
        "jo kaam baaki hain",
        "doodh lena abhi baaki hai",
        "bijli ka bill baaki hai kya",
        "jo ho gaya so ho gaya",
        "jo bhi ho, bill ka kaam baaki hai",
        "kaam bahut baaki hai yaar",
    ],
)
async def test_near_wordings_list_nothing_and_change_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message])
