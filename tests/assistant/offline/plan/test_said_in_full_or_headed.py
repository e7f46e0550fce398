"""The plan stage, small things around a request that kept it from being read:
- "I will not do the Italian course anymore, please erase it": "will not" said in full is read
  as "won't" (the delete had asked which task);
- "few things: add X, remove Y, and Z is booked": "few things" heads a list of requests (the add
  had been dropped); "arvo job - gotta pick up the kelpie": a part of the day's heading;
- "remind me to put the bins out every tuesday night so": an Irish "so" at the end is no part of
  the title ("buy 10 eggs or so" keeps it);
- "the task X should say Y, both birthdays are same day only": a remark after the new title is
  no part of it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes


@pytest.mark.parametrize(
    "message",
    [
        "I will not do the Italian course anymore, please erase it from my list",
        "we will not need the italian course anymore, delete it",
        "I will not continue the italian course, remove it pls",
    ],
)
async def test_will_not_said_in_full(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    seeds = "Learn Italian basics|Water the balcony plants"
    await assert_changes(store, session_for, seeds, [message], {"Learn Italian basics": "deleted"})


async def test_few_things_heads_the_requests(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    for title in ("Book hotel in Rome", "Print boarding passes"):
        store.create(title)
    session = session_for(store)
    await session.say("few things: add get passport photos, and hotel is booked ✔️")
    assert store.titles() == ["Book hotel in Rome", "Print boarding passes", "Get passport photos"]
    assert store.titles(done=True) == ["Book hotel in Rome"]


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("arvo job - gotta pick up the kelpie from the vet", "Pick up the kelpie from the vet"),
        ("morning jobs: walk the dog", "Walk the dog"),
        ("remind me to ring mam so", "Ring mam"),
        ("add buy 10 eggs or so", "Buy 10 eggs or so"),
        ("add task - buy milk", "Buy milk"),
    ],
)
async def test_headings_and_a_closing_so(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, title: str
) -> None:
    await session_for(store).say(message)
    assert store.titles() == [title]


async def test_the_bins_every_tuesday_night_so(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await session_for(store).say("remind me to put the bins out every tuesday night so")
    (task,) = store.tasks.values()
    assert task["title"] == "Put the bins out"
    assert "tuesday" in str(task["repeat_text"]).lower()


@pytest.mark.parametrize(
    ("message", "title"),
    [
        (
            "Actually the task buy gift for Riya should say buy gift for Riya and Kabir, "
            "both birthdays are same day only",
            "Buy gift for Riya and Kabir",
        ),
        (
            "the task buy gift for Riya should say buy gift for Riya and Kabir",
            "Buy gift for Riya and Kabir",
        ),
    ],
)
async def test_a_remark_after_the_new_title(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, title: str
) -> None:
    store.create("Buy gift for Riya")
    await session_for(store).say(message)
    assert store.titles() == [title]
