"""The plan stage, Nigerian Pidgin's list of the tasks done with why after it ("abeg show me the
ones wey I don complete, I wan see wetin I don do this week"): the done tasks are listed (the
first clause had been read as news that some task was done), and nothing changes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

SEEDS = "Buy fuel for generator:done|Send money to mama:done|Pay NEPA bill"


@pytest.mark.parametrize(
    "message",
    [
        "abeg show me the ones wey I don complete, I wan see wetin I don do this week",
        "show me the ones wey I don complete",
        "show me wetin I don finish, I wan check am",
        "list the tasks wey we don complete, we wan see am",
    ],
)
async def test_the_done_ones_are_listed(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    state, reply = await play(store, session_for, SEEDS, [message])
    assert state == sorted(SEEDS.split("|"))
    assert "Buy fuel for generator" in reply and "Send money to mama" in reply
    assert "Pay NEPA bill" not in reply
