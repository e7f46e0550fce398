"""The plan stage, a change sent to the wrong task: "no not that one, the X" right after one
task was completed, deleted or reopened undoes that change and makes it to
the task meant; a task meant that is unclear is asked about; after an add, "I meant X" still
corrects the words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore


def seed(store: TaskStore) -> None:
    for title in ("Book the florist", "Pay the baker", "Email the caterer"):
        store.create(title)


@pytest.mark.parametrize(
    "message",
    [
        "no not that one, the baker",
        "oops wrong one! I meant the baker",
        "not the florist, the baker. florist is next week",
        "argh that's the wrong task, it should be the baker",
        "sorry i meant the baker not the florist",
        "no no not that one the baker",
    ],
)
async def test_a_completion_of_the_wrong_task_moves_to_the_one_meant(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    seed(store)
    session = session_for(store)
    await session.say("tick off the florist")
    assert store.titles(done=True) == ["Book the florist"]
    await session.say(message)
    assert store.titles(done=True) == ["Pay the baker"]


async def test_a_delete_of_the_wrong_task_brings_it_back_and_deletes_the_one_meant(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seed(store)
    session = session_for(store)
    await session.say("delete the caterer one")
    await session.say("whoops wrong one, it was the florist")
    titles = sorted(store.titles())
    assert titles == ["Email the caterer", "Pay the baker"]


async def test_a_wrong_task_named_that_was_not_changed_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seed(store)
    session = session_for(store)
    await session.say("tick off the florist")
    await session.say("not the caterer, the baker")
    assert store.titles(done=True) == ["Book the florist"]


async def test_an_unclear_task_meant_asks_after_undoing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seed(store)
    store.create("Pay the plumber")
    session = session_for(store)
    await session.say("tick off the florist")
    turn = await session.say("no not that one, the pay one")
    assert store.titles(done=True) == []
    assert "?" in turn.reply


async def test_i_meant_after_an_add_still_corrects_the_title(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    session = session_for(store)
    await session.say("add buy almond milk")
    await session.say("i meant oat milk")
    assert store.titles() == ["Buy oat milk"]
