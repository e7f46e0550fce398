"""The plan stage, requests said on without a pause: "the X one <reason>" names the X task,
"I did X you can tick that off" completes X; a reason that names nothing changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore


@pytest.mark.parametrize(
    "said",
    [
        "bin the printer one my brother fixed it",
        "delete the printer one we're getting a new one anyway",
    ],
)
async def test_the_x_one_then_a_reason_names_the_x_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    store.create("Get the printer repaired")
    store.create("Buy stamps")
    await session_for(store).say(said)
    assert store.titles() == ["Buy stamps"]


@pytest.mark.parametrize(
    "said",
    ["I paid the plumber you can tick that off", "paid the plumber u can cross it off"],
)
async def test_a_deed_then_you_can_tick_that_off_completes_it(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    store.create("Pay the plumber")
    store.create("Call the bank")
    await session_for(store).say(said)
    assert [t["completed"] for t in store.tasks.values()] == [True, False]


async def test_the_x_one_naming_no_task_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Get the printer repaired")
    turn = await session_for(store).say("bin the scanner one my brother fixed it")
    assert len(store.tasks) == 1
    assert "couldn't find" in turn.reply.lower() or "?" in turn.reply


@pytest.mark.parametrize(
    "said",
    [
        "make the school fees one high priority pls and also how many things do i still have left?",
        "set the fees one to high priority, how many do i have left?",
        "make school fees high priority and what's left to do?",
    ],
)
async def test_a_question_after_a_level_is_answered_too(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    """The question after "make X high priority" had been dropped as a remark."""
    store.create("Pay school fees")
    store.create("Buy duvet")
    turn = await session_for(store).say(said)
    assert store.tasks[1]["priority"] == "high"
    assert "Buy duvet" in turn.reply
