"""The plan stage, a new title that only says when the task is to be done: no title, its date.
"update the gas bill task, it needs to be paid by friday" had renamed the task 'Paid by friday';
"change the tax task, it's due friday" had added a task 'Change the tax task'. One rule reads a
new title of a state ("paid", "done", "due", "sorted") and a day, whichever way the rename was
said ("change", "update", "edit", "rename ... to", "... to be ..."): the task is dated.

Never harm: a new title that is a task of its own still renames ("update the gas bill task, it
needs to be pay the water bill"), and a state with no day says nothing of when."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Pay the gas bill|Do the tax return|Send the visa form|Call mom"


@pytest.mark.parametrize(
    ("message", "changes"),
    [
        (
            "update the gas bill task, it needs to be paid by friday",
            {"Pay the gas bill": "@2026-11-27"},
        ),
        (
            "edit the gas bill task, it needs to be paid by friday",
            {"Pay the gas bill": "@2026-11-27"},
        ),
        ("change the tax task, it's due friday", {"Do the tax return": "@2026-11-27"}),
        ("update the tax task, it is due on wednesday", {"Do the tax return": "@2026-11-25"}),
        (
            "edit the visa form task: it has to be sent by thursday",
            {"Send the visa form": "@2026-11-26"},
        ),
        (
            "update the visa one, it must be submitted before tuesday",
            {"Send the visa form": "@2026-11-24"},
        ),
        (
            "pls edit the tax task - it should be done until saturday",
            {"Do the tax return": "@2026-11-28"},
        ),
        ("update the gas bill task to be paid by tomorrow", {"Pay the gas bill": "@2026-11-24"}),
        (
            "edit the tax return task, it needs to be finished by wednesday",
            {"Do the tax return": "@2026-11-25"},
        ),
        ("change the gas bill one, its due thursday", {"Pay the gas bill": "@2026-11-26"}),
    ],
)
async def test_a_title_of_when_it_is_due_dates_the_task(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], changes)


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("update the gas bill task, it needs to be pay the water bill", "Pay the water bill"),
        ("edit the visa form task, make it send the passport copy", "Send the passport copy"),
        ("update the tax task to file the tax return", "File the tax return"),
        ("rename the gas bill task to pay the gas bill by card", "Pay the gas bill by card"),
        ("update the visa form task, i want 'Post the visa form'", "Post the visa form"),
    ],
)
async def test_a_title_of_a_task_still_renames(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, title: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert title in state


async def test_a_state_with_no_day_dates_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(
        store, session_for, SEEDS, ["update the gas bill task, it needs to be paid"]
    )
    assert not any("@" in said for said in state)
    assert "Paid" not in state
