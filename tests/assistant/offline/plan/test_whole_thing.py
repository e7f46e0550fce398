"""The plan stage, "the whole thing" / "the whole idea" right after talk of one task: that task
("add book the campsite", "tag it camping", then "nah wait scrap the whole thing, trip's off"
deletes 'Book the campsite'), a remark after it with or without a pause. Never harm: it is never
every task, and with no task talked about, which one is asked (it deleted the whole list)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import expected, play

SEEDS = "Buy milk|Call mum|Renew car rego"


@pytest.mark.parametrize(
    "messages",
    [
        ["add book the campsite", "tag it camping", "nah wait scrap the whole thing"],
        ["add book the campsite", "nah scrap the whole idea, we're staying home"],
        ["put book the campsite on there", "delete the whole thing we're not going anymore"],
        ["add book the campsite", "make it urgent", "actually just bin the whole idea then"],
    ],
)
async def test_the_whole_thing_is_the_task_talked_about(
    store: TaskStore, session_for: Callable[..., ChatSession], messages: list[str]
) -> None:
    state, _ = await play(store, session_for, SEEDS, messages)
    assert state == expected(SEEDS, {})


@pytest.mark.parametrize(
    "messages",
    [
        # no task talked about: ask, delete nothing
        ["scrap the whole thing"],
        ["nah wait scrap the whole thing we're not going anymore"],
        ["delete the entire idea"],
        # a listing shows several tasks: "the whole thing" is none of them alone
        ["show my list", "scrap the whole thing"],
    ],
)
async def test_near_misses_never_delete_every_task(
    store: TaskStore, session_for: Callable[..., ChatSession], messages: list[str]
) -> None:
    state, _ = await play(store, session_for, SEEDS, messages)
    assert state == expected(SEEDS, {})


async def test_the_whole_list_is_still_every_task(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    _, reply = await play(store, session_for, SEEDS, ["delete the whole list"])
    assert "3" in reply or "all" in reply.lower()
