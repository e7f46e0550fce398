"""The plan stage, an add whose repeat is said with the wish that it be added once ("I need to
book the dentist for a cleaning, every 6 months basically but just add it once for now", "add
renew the car tax, it's yearly but don't make it repeat"): no repeat, and how often it happens
is no word of the title. Never harm: a repeat said plainly ("add book the dentist every 6
months") still repeats, and a request after it is still made."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

SEEDS = "Finish tax return"


@pytest.mark.parametrize(
    ("message", "added"),
    [
        (
            "I need to book the dentist for a cleaning, every 6 months basically but just add it "
            "once for now",
            "Book the dentist for a cleaning",
        ),
        ("add renew the car tax, it's yearly but don't make it repeat", "Renew the car tax"),
        ("add water the plants, every week really but just once for now", "Water the plants"),
        ("add get a haircut every 6 weeks but only add it once", "Get a haircut"),
        ("add pay the gardener, monthly but as a one-off for now", "Pay the gardener"),
    ],
)
async def test_a_repeat_said_once_is_no_repeat(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == sorted([SEEDS, added])
    task = next(t for t in store.tasks.values() if t["title"] == added)
    assert not task["repeat_text"]


async def test_a_repeat_said_plainly_still_repeats(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await play(store, session_for, SEEDS, ["add book the dentist every 6 months"])
    task = next(t for t in store.tasks.values() if t["title"] == "Book the dentist")
    assert task["repeat_text"]


async def test_a_request_after_it_is_still_made(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await play(
        store,
        session_for,
        SEEDS,
        [
            "add book the dentist for a cleaning, every 6 months basically but just add it once "
            "for now and tag it health"
        ],
    )
    task = next(t for t in store.tasks.values() if t["title"] == "Book the dentist for a cleaning")
    assert task["tags"] == ["health"] and not task["repeat_text"]
