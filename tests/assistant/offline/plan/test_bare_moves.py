"""The plan stage, a move said with no task ("push to friday", "postpone till monday", "bump to
5pm"): the task just talked about is moved, as with "move it to friday". Never harm: with no task
talked about, which one is asked and nothing is added (the verb had been added as a task 'Push'
due that day)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, expected, play

SEEDS = "Buy milk|Call mum"


@pytest.mark.parametrize(
    ("move", "due"),
    [
        ("push to friday", "2026-11-27"),
        ("postpone till monday", "2026-11-30"),
        ("bump to friday pls", "2026-11-27"),
        ("shift to tuesday", "2026-11-24"),
        ("delay until monday", "2026-11-30"),
        ("pushed to friday", None),
    ],
)
async def test_a_bare_move_moves_the_task_just_added(
    store: TaskStore, session_for: Callable[..., ChatSession], move: str, due: str | None
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["add call the bank", move])
    if due is None:  # news of a move with no task said names none: nothing moves, nothing added
        assert state == expected(SEEDS + "|Call the bank", {})
    else:
        assert state == expected(SEEDS + "|Call the bank", {"Call the bank": "@" + due})


@pytest.mark.parametrize("move", ["push to friday", "postpone till monday", "bump to 5pm"])
async def test_with_no_task_talked_about_a_bare_move_asks(
    store: TaskStore, session_for: Callable[..., ChatSession], move: str
) -> None:
    reply = await assert_changes(store, session_for, SEEDS, [move])
    assert "which task" in reply.lower()
