"""The plan stage, one more add said as a separate one right after an add ("oh and put wipes on
as well, separate one", "also add a separate task to buy onions", "and a separate one for
wipes"): the words after "a separate task" are the task, and "separate one" is no word of its
title; it takes the first add's verb as "add wipes too" does. Never harm: "separate" as a word
of a task ("add separate the laundry", "sort socks into a separate pile") stays, and "put it on
as well" adds no new task named by the pronoun."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

SEEDS = "Clean fridge"


@pytest.mark.parametrize(
    ("message", "added"),
    [
        ("oh and put wipes on as well, separate one", ["Buy wipes"]),
        ("also add a separate task to buy onions", ["Buy onions"]),
        ("and a separate one for wipes", ["Buy wipes"]),
        ("stick wipes on too", ["Buy wipes"]),
        ("add wipes as well, separately", ["Buy wipes"]),
        ("also add a separate task for wipes please", ["Buy wipes"]),
        ("add wipes too - as a separate task", ["Buy wipes"]),
        ("add separate the laundry", ["Separate the laundry"]),
        ("add sort socks into a separate pile", ["Sort socks into a separate pile"]),
    ],
)
async def test_a_separate_one_is_one_more_add(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: list[str]
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["add buy nappies", message])
    assert state == sorted([SEEDS, "Buy nappies", *added])


async def test_the_separate_one_named_is_no_add(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(
        store, session_for, SEEDS, ["add buy nappies", "the separate one is done"]
    )
    assert state == sorted([SEEDS, "Buy nappies"])
