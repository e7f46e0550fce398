"""The plan stage, Indian English's "only" after when a thing was done ("booked the gas
cylinder this morning only, pls mark it off"): it stresses the time and names nothing, so the
deed ticks its task (it had asked about 'booked gas cylinder only')."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Book gas cylinder|Pay school fees|Renew milk card"


@pytest.mark.parametrize(
    ("message", "meant"),
    [
        ("booked the gas cylinder this morning only, pls mark it off", "Book gas cylinder"),
        ("paid the school fees yesterday only", "Pay school fees"),
        ("i booked gas cylinder today only", "Book gas cylinder"),
        ("renewed the milk card just now only, tick it", "Renew milk card"),
    ],
)
async def test_the_deed_ticks_its_task(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, meant: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], {meant: "done"})


async def test_a_day_only_in_an_add_stays_its_day(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await session_for(store).say("add mall sale today only")
    added = [t for t in store.tasks.values() if t["title"] == "Mall sale"]
    assert len(added) == 1 and added[0]["due_date"] == "2026-11-23"
