"""The plan stage, a tag asking for assent after a slot said alone ("pls add pay meralco bill,
deadline is day after tomorrow. important ha"): Taglish "ha", like English "eh", is no word of
the task, so the level is set (it had been dropped)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore


@pytest.mark.parametrize(
    "message",
    [
        "pls add pay meralco bill, deadline is day after tomorrow. important ha",
        "add pay meralco bill. very important ha",
        "add pay meralco bill. urgent ha",
    ],
)
async def test_the_level_is_set(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await session_for(store).say(message)
    [task] = store.tasks.values()
    assert task["title"] == "Pay meralco bill"
    assert task["priority"] == "high"


async def test_ha_is_no_part_of_a_title(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await session_for(store).say("add buy load for globe ha")
    assert store.titles() == ["Buy load for globe"]
