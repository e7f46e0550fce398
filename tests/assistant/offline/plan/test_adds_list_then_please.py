"""The plan stage, an add that names the list, then says please, then the task ("Add to my list
please take out the segregated rubbish, every tuesday", "can you add to my list pls book the
vet"): the "please" after the list is no word of the title and never moves before "list".
Never harm: "please" after a verb still goes before it ("delete pls the gym one"), and "show my
list please" still lists."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play, seed

SEEDS = "Gym session|Buy bread"


@pytest.mark.parametrize(
    ("message", "added"),
    [
        ("add to the list please: buy milk", ["Buy milk"]),
        ("put on my list please call mom tomorrow", ["Call mom@2026-11-24"]),
        ("add to my list pls renew passport", ["Renew passport"]),
        ("can you add to my list please book the vet", ["Book the vet"]),
        ("could you add to my list pls get a haircut", ["Get a haircut"]),
        ("add to my list please: call the bank", ["Call the bank"]),
        ("Add please task: feed the cat", ["Feed the cat"]),
    ],
)
async def test_please_after_the_list_is_no_word_of_the_title(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: list[str]
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == sorted([*SEEDS.split("|"), *added])


async def test_a_repeat_and_a_remark_after_it(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seed(store, SEEDS)
    session = session_for(store)
    await session.say(
        "Add to my list please take out the segregated rubbish, every tuesday. "
        "I always forget and then the bin is full for 2 weeks"
    )
    added = [t for t in store.tasks.values() if t["title"] not in SEEDS.split("|")]
    assert [t["title"] for t in added] == ["Take out the segregated rubbish"]
    assert "tuesday" in str(added[0].get("repeat_text") or added[0].get("repeat")).lower()


async def test_please_after_a_delete_still_deletes(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store, session_for, SEEDS, ["delete pls the gym one"], {"Gym session": "deleted"}
    )


@pytest.mark.parametrize("message", ["show my list please", "show me the list please"])
async def test_the_list_asked_with_please_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message])
