"""The plan stage, a day said of "it" after an add in the same message ("add hoover the stairs.
put it on for saturday"): the task added gets that day (the sentence had been dropped as a
repeat of the add); "add milk. put it on my list" still adds it once."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore


@pytest.mark.parametrize(
    ("message", "due"),
    [
        ("add hoover the stairs. put it on for saturday", "2026-11-28"),
        ("add hoover the stairs. put it for friday", "2026-11-27"),
        ("add hoover the stairs. put it on the list", None),
    ],
)
async def test_the_add_gets_its_day(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, due: str | None
) -> None:
    await session_for(store).say(message)
    [task] = store.tasks.values()
    assert (task["title"], task["due_date"]) == ("Hoover the stairs", due)
