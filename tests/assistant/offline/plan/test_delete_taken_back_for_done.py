"""The plan stage, a delete taken back for a completion of the same task: "can u delete call
insurance i already sorted it, actually no just mark it done", "delete the ute one, wait no, tick
it off" complete the task (the first had searched for 'can you delete call insurance'); a request
after it is still made. Never harm: the task is never deleted, and a delete then a completion of
another task does both as said."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Call insurance|Clean out the ute|Pay the rego"


@pytest.mark.parametrize(
    ("said", "title"),
    [
        (
            "can u delete call insurance i already sorted it, actually no just mark it done",
            "Call insurance",
        ),
        ("delete the ute one, wait no, tick it off", "Clean out the ute"),
        ("remove call insurance, no just mark it as done instead", "Call insurance"),
        ("pls delete the rego one i paid it already, nah, mark it done", "Pay the rego"),
    ],
)
async def test_a_delete_taken_back_for_a_completion_completes_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], {title: "done"})


async def test_a_request_after_it_is_still_made(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(
        store,
        session_for,
        SEEDS,
        [
            "can u delete call insurance i already sorted it, actually no just mark it done. and "
            "add renew licence"
        ],
    )
    assert state == sorted(
        ["Call insurance:done", "Clean out the ute", "Pay the rego", "Renew licence"]
    )


async def test_a_delete_then_a_completion_of_another_task_does_both(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        SEEDS,
        ["delete call insurance and mark the ute one done"],
        {"Call insurance": "deleted", "Clean out the ute": "done"},
    )
