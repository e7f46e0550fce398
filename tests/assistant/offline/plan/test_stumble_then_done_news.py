"""The plan stage, a stumble ("wait no sorry", "oh wait", "no sorry,") before news that the
task just talked about is done already, then what to do with it ("wait no sorry thats already
been done, just delete it", "oh wait i already did that, remove it"): the stumble is read past
and the task goes (its words had been searched as a title, 'no sorry that's already been').
Never harm: with no task talked about it asks which, and "no thats not done yet" ticks or
deletes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Buy stamps|Call the garage"


@pytest.mark.parametrize(
    "said",
    [
        "wait no sorry thats already been done, just delete it",
        "no sorry, that's done already, delete it",
        "oh wait i already did that, remove it",
        "sorry thats been done already, can you delete it",
        "oops my bad, its already done, just bin it",
        "hmm no, i've already done that one, delete it pls",
    ],
)
async def test_the_task_just_added_goes(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["pls add: return the hire car", said])
    assert state == ["Buy stamps", "Call the garage"]


@pytest.mark.parametrize(
    "said",
    [
        "wait no sorry thats already been done, just delete it",
        "oh wait i already did that, remove it",
    ],
)
async def test_with_no_task_talked_about_it_asks(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    reply = await assert_changes(store, session_for, SEEDS, [said])
    assert "?" in reply


@pytest.mark.parametrize("said", ["no thats not done yet", "wait no sorry its not done yet"])
async def test_not_done_yet_deletes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["pls add: return the hire car", said])
    assert state == ["Buy stamps", "Call the garage", "Return the hire car"]
