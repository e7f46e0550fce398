"""The plan stage, a quoted deed put on a day when no task has that name ("abeg put 'pay NEPA
bill' for friday, make am high priority o", "put 'renew the permit' on monday"): a new task due
that day, with the level said after it, never a search for a task to change. Never harm: with a
task of that name it is moved, and "move 'X' to friday" with none still adds nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, expected, play

SEEDS = "Walk the dog"


@pytest.mark.parametrize(
    ("said", "added"),
    [
        (
            "abeg put 'pay NEPA bill' for friday, make am high priority o",
            "Pay NEPA bill@2026-11-27",
        ),
        ("put 'renew the permit' on monday", "Renew the permit@2026-11-30"),
        ('pls put "call the landlord" for tomorrow', "Call the landlord@2026-11-24"),
    ],
)
async def test_a_quoted_deed_put_on_a_day_is_added(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, added: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert state == expected(SEEDS + "|" + added, {})


async def test_with_a_task_of_that_name_it_is_moved(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seeds = SEEDS + "|Pay NEPA bill"
    await assert_changes(
        store,
        session_for,
        seeds,
        ["put 'pay NEPA bill' for friday"],
        {"Pay NEPA bill": "@2026-11-27"},
    )


async def test_a_move_of_a_quoted_name_of_no_task_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(store, session_for, SEEDS, ["move 'pay NEPA bill' to friday"])
