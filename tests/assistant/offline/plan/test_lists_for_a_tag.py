"""The plan stage, the list asked for one part of life ("whats on my plate for work stuff",
"what do i have for home"): the tasks tagged so, or matching the word when none is tagged
(it had listed every task); "what's on for today" and "... for tomorrow" are still days."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore

SEEDS = [
    ("Submit expense report", "work"),
    ("Shovel the driveway", "home"),
    ("Prep slides", "work"),
]


def _seeded(store: TaskStore) -> None:
    for title, tag in SEEDS:
        store.create(title, tags=[tag])
    store.create("Buy groceries")


@pytest.mark.parametrize(
    ("message", "shown", "hidden"),
    [
        ("hey whats on my plate for work stuff", "Prep slides", "Shovel the driveway"),
        ("what do i have for home", "Shovel the driveway", "Prep slides"),
        ("what's on my list for work", "Submit expense report", "Buy groceries"),
        ("ok what have i got for the work side", "Prep slides", "Shovel the driveway"),
        ("what do i have for groceries", "Buy groceries", "Prep slides"),
    ],
)
async def test_the_list_is_of_that_part(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    shown: str,
    hidden: str,
) -> None:
    _seeded(store)
    reply = (await session_for(store).say(message)).reply
    assert shown in reply
    assert hidden not in reply
    assert len(store.tasks) == 4


@pytest.mark.parametrize("message", ["what's on for today", "what's on my list for tomorrow"])
async def test_a_day_is_still_a_day(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    _seeded(store)
    turn = await session_for(store).say(message)
    assert turn.tool_calls[0][1].get("due") in ("today", "tomorrow")
