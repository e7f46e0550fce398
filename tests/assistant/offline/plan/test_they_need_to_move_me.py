"""The plan stage, news that whoever rang needs to (or is going to) move the user, then a request
to apply it: "dentist rang, they need to move me to thursday instead. can you change that" moves
the dentist task to thursday (it had asked whether 'rang dentist' meant the dentist task, and
read "they need to move me" as nothing), as "they moved me to thursday" already did; "they're
moving me", "she's going to push me back to monday" too. With no task for who rang, or a thing
moved that is not the user ("move the fence"), nothing changes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Dentist appointment@2026-11-27|Hairdresser@2026-11-27|Buy school shoes for Emma"


@pytest.mark.parametrize(
    ("message", "changes"),
    [
        (
            "dentist rang, they need to move me to thursday instead. can you change that",
            {"Dentist appointment": "@2026-11-26"},
        ),
        (
            "dentist rang, they're moving me to thursday, can you change it",
            {"Dentist appointment": "@2026-11-26"},
        ),
        (
            "the hairdresser texted, she's going to push me back to monday, update it pls",
            {"Hairdresser": "@2026-11-30"},
        ),
        (
            "the dentist called, they have to move me to wednesday. pls update",
            {"Dentist appointment": "@2026-11-25"},
        ),
    ],
)
async def test_the_task_of_who_rang_moves(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], changes)


@pytest.mark.parametrize(
    "message",
    [
        "the plumber rang, they need to move me to thursday, can you change that",
        "dentist rang, they need to move the fence to thursday. can you change that",
    ],
)
async def test_no_task_of_theirs_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message])
