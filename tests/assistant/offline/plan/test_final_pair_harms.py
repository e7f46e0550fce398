"""The plan stage, the families of the harmful misses of the final pair of 2026-12-03 07:58 UTC
(123 and 124, read only for these after their last scoring), each in other words:
"only the bank one is done tho" after a report of two errands (it had ticked off both); "delete
the call to Ahmed about the flat, not the one about the car" (it had deleted both); "oops i mark
pay rent as done by mistake ... undo it" (a learner's present: the undo had undone another
change, not reopened the rent). Never harm: "is only the fundi one done?" changes nothing;
with no look-alike named, a plain delete is as before."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

ERRANDS = "Deposit cheque at the bank|Mail package at post office|Buy hockey tape"
AHMED = "Call Ahmed about the flat|Call Ahmed about the car|Buy lantern"


@pytest.mark.parametrize(
    "message",
    [
        "ok so i went to the bank AND the post office today. only the bank one is done tho, "
        "post office was closed 😤",
        "went to the bank and the post office, only the bank is done, the post office was shut",
        "did the bank and post office run but only the cheque one got done",
    ],
)
async def test_only_the_one_said_done_is_done(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(
        store, session_for, ERRANDS, [message], {"Deposit cheque at the bank": "done"}
    )


async def test_a_question_of_only_one_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(store, session_for, ERRANDS, ["is only the bank one done?"])


@pytest.mark.parametrize(
    "message",
    [
        "please delete the call to Ahmed about the flat, not the one about the car. we found "
        "another flat already",
        "delete the flat one, not the car one",
        "remove the ahmed call about the flat, but not the car one",
    ],
)
async def test_the_look_alike_not_meant_is_kept(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(
        store, session_for, AHMED, [message], {"Call Ahmed about the flat": "deleted"}
    )


async def test_with_the_look_alike_unclear_it_asks(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(store, session_for, AHMED, ["delete the ahmed one, not the car one"])


@pytest.mark.parametrize(
    "message",
    [
        "oops i mark pay rent as done by mistake, i never pay am o. abeg undo it",
        "i tick the rent one by mistake, please undo",
    ],
)
async def test_a_mistake_told_in_the_present_is_undone_on_that_task(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    state, _ = await play(store, session_for, "Pay house rent:done|Buy recharge card", [message])
    assert state == ["Buy recharge card", "Pay house rent"]
