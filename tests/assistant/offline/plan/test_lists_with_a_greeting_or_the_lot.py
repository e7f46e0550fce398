"""The plan stage, lists and counts said with a Swahili greeting or as "the lot": "sasa how
many tasks are remaining on my list?" counts the pending ones, "go on then, show me the lot.
incl the stuff I've already ticked off" lists every task with the done ones; the done ones
named after "incl" are never completed again nor looked up as a task 'the stuff'."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore


def _seed(store: TaskStore) -> None:
    store.create("Renew KRA PIN")
    store.create("Pay school fees")["completed"] = True
    store.create("Buy unga and sugar")
    store.create("Get passport photos")


@pytest.mark.parametrize(
    "said",
    [
        "sasa how many tasks are remaining on my list?",
        "mambo, how many tasks are left?",
        "niaje how many things do I still have to do?",
    ],
)
async def test_a_count_after_a_greeting_counts(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    _seed(store)
    result = await session_for(store).say(said)
    assert "3" in result.reply
    assert [t["completed"] for t in store.tasks.values()] == [False, True, False, False]


@pytest.mark.parametrize(
    "said",
    [
        "go on then, show me the lot. incl the stuff I've already ticked off",
        "show me the lot",
        "show me the whole lot including the ones I've done",
        "give me the lot pls",
        "incl the stuff I've already ticked off",
    ],
)
async def test_the_lot_lists_every_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    _seed(store)
    result = await session_for(store).say(said)
    for title in ("Renew KRA PIN", "Pay school fees", "Buy unga and sugar", "Get passport photos"):
        assert title in result.reply
    assert "couldn't find" not in result.reply
    assert [t["completed"] for t in store.tasks.values()] == [False, True, False, False]
    assert len(store.tasks) == 4


async def test_a_greeting_then_an_add_still_adds(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await session_for(store).say("mambo! add buy unga")
    assert store.titles() == ["Buy unga"]
