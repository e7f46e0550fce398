"""The plan stage, a note asked for a task named first ("for the mechanic one can you add a
note: "ask about the rattle""): the note goes on that task's description (it had added a task
named after the note). News run on into "can you add X" still adds X."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import seed

SEEDS = "Take car to mechanic|Pay water bill"


@pytest.mark.parametrize(
    ("message", "title", "note"),
    [
        (
            'for the mechanic one can you add a note: "ask about the rattle and the brake light"',
            "Take car to mechanic",
            "ask about the rattle and the brake light",
        ),
        (
            "for the mechanic one could u please add a note ask about the rattle",
            "Take car to mechanic",
            "ask about the rattle",
        ),
        (
            "on the water bill one can you put a note: paid by card",
            "Pay water bill",
            "paid by card",
        ),
        (
            "for the water bill task pls add a note: due on the 5th",
            "Pay water bill",
            "due on the 5th",
        ),
    ],
)
async def test_the_note_goes_on_the_task_named(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    title: str,
    note: str,
) -> None:
    seed(store, SEEDS)
    await session_for(store).say(message)
    assert len(store.tasks) == 2
    described = {t["title"]: t["description"] for t in store.tasks.values()}
    assert described[title] == note


@pytest.mark.parametrize(
    ("message", "added"),
    [
        ("my car is making noises could you add a note: call the mechanic", "Call the mechanic"),
        ("the boiler is making a noise again could you add call the plumber", "Call the plumber"),
    ],
)
async def test_news_then_an_add_still_adds(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: str
) -> None:
    seed(store, SEEDS)
    await session_for(store).say(message)
    assert added in store.titles()
    assert all(t["description"] is None for t in store.tasks.values())
