"""The plan stage, a task said done and then "struck" ("task 2 is done, u can strike it",
"paid paulo, strike that one out pls"): the line a pen draws through a finished task, so it is
ticked (it had been ticked and then deleted). "strike it" said alone still asks which task to
delete, and "done, you can delete it" still deletes when it names one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Water the tomatoes|Send rent receipt to Paulo|Wash the dog"


@pytest.mark.parametrize(
    ("message", "meant"),
    [
        ("task 2 is done, u can strike it", "Send rent receipt to Paulo"),
        ("#2 is finished, you can strike that one out", "Send rent receipt to Paulo"),
        ("rent receipt sent to paulo. done, strike it pls", "Send rent receipt to Paulo"),
        ("the dog one is sorted so you may strike it", "Wash the dog"),
        ("task 3 completed, strike it through", "Wash the dog"),
    ],
)
async def test_a_task_said_done_then_struck_is_ticked(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, meant: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], {meant: "done"})


async def test_strike_said_alone_asks_and_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    reply = await assert_changes(store, session_for, SEEDS, ["strike it"])
    assert "which task" in reply.lower()


async def test_done_then_delete_it_still_deletes(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store, session_for, SEEDS, ["task 3 is done, u can delete it"], {"Wash the dog": "deleted"}
    )
