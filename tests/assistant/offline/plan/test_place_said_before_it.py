"""The plan stage, a task named by its place in the list just shown, in a clause of its own,
then a change of "it" ("show me my done tasks", then "oops the second one I didnt actually do
it, put it back as not done", "the 2nd one, put it back as not done"): that change of the task
in that place of the list shown. Never harm: with no list shown nothing is reopened, and a
clause that only says the task is fine changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Send CV to recruiter:done|Wash school uniforms|Pay DSTV subscription:done"
SHOWN = "show me my done tasks"


@pytest.mark.parametrize(
    ("said", "reopened"),
    [
        (
            "oops the second one I didnt actually do it, put it back as not done",
            "Pay DSTV subscription",
        ),
        ("the 2nd one, put it back as not done", "Pay DSTV subscription"),
        ("the first one i never sent it, mark it not done", "Send CV to recruiter"),
    ],
)
async def test_the_task_in_that_place_is_reopened(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, reopened: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [SHOWN, said])
    assert state == sorted(
        s if s.removesuffix(":done") != reopened else reopened
        for s in ["Send CV to recruiter:done", "Wash school uniforms", "Pay DSTV subscription:done"]
    )


async def test_with_no_list_shown_nothing_is_reopened(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        SEEDS,
        ["oops the second one I didnt actually do it, put it back as not done"],
    )


async def test_a_task_said_fine_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(store, session_for, SEEDS, [SHOWN, "the second one is fine, leave it"])
