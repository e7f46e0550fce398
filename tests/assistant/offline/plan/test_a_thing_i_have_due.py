"""The plan stage, a thing I have due is the task: "omg i totally forgot i have a bio project due
friday, can u put it on my list" adds 'Bio project' due friday (it had added 'I totally forgot i
have a bio project'). Never harm: a question about what is due adds nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Water the plants|Essay draft@2026-11-27"


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("ahh i completely forgot i have a chem assignment due monday, can you add it",
         "Chem assignment"),
        ("we've got an essay due on wednesday, put it on my list pls", "Essay"),
        ("just realised i've got my tax return due on the 31st. add that", "Tax return"),
        ("I have a history presentation due tomorrow, please add it", "History presentation"),
        ("i still have the quarterly report due by friday, stick it on the list",
         "Quarterly report"),
        ("i have a library book due thursday", "Library book"),
    ],
)  # fmt: skip
async def test_the_thing_due_is_added(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    added = [
        t for t in store.tasks.values() if t["title"] not in ("Water the plants", "Essay draft")
    ]
    assert len(added) == 1 and added[0]["title"] == title, state
    assert added[0]["due_date"], state


@pytest.mark.parametrize(
    "said",
    [
        "i have a dentist appointment due?",
        "do i have anything due friday?",
        "what do i have due this week?",
        "did i have anything due yesterday?",
    ],
)
async def test_never_harm(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])
