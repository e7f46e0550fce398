"""The plan stage, a spelling owned up to, then the right words and the wrong ones ("oops i
spelled it wrong, should be Call Siobhan not Call Shivon", "typo, Siobhan not Shivon", "sorry
its spelt Siobhan, not Shivon"): the task that says the wrong words is renamed. Never harm: the
owning up alone, or right words that no title has wrong, rename nothing; the other task stays."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Call Shivon|Buy bread"


@pytest.mark.parametrize(
    "said",
    [
        "oops i spelled it wrong, should be Call Siobhan not Call Shivon",
        "i spelled it wrong, its Siobhan not Shivon",
        "typo, should be Siobhan not Shivon",
        "should be Call Siobhan not Call Shivon",
        "sorry its spelt Siobhan, not Shivon",
        "my bad i misspelt it, Siobhan not Shivon",
        "i typed it wrong, it should say Siobhan not Shivon",
    ],
)
async def test_the_task_spelt_wrong_is_renamed(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert state == ["Buy bread", "Call Siobhan"]


@pytest.mark.parametrize(
    "said",
    ["i spelled it wrong", "typo, not sure where", "should be easy not hard"],
)
async def test_nothing_named_wrong_renames_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])
