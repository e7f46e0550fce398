"""The plan stage, a task's repeat said loosely: "could you make watering them a weekly thing,
every Sunday?", "mowing the lawns needs to repeat every fortnight", "the water the plants task
should repeat every 3 days pls, in this heat they dry super fast", "Ammi ko dawai dene wala task
roz ka bana do, daily repeat ho" set the repeat of the task named; never an add of a task
named after the request ('Make watering them a weekly thing'). A question changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import repeats

_SEEDS = ("Water the plants", "Mow the lawns", "Defrost the freezer", "Give Ammi her medicine")


@pytest.mark.parametrize(
    ("said", "title", "repeat"),
    [
        (
            "I keep forgetting the plants. Could you make watering them a weekly thing, every "
            "Sunday?",
            "Water the plants",
            "every Sunday",
        ),
        (
            "make watering the plants a weekly thing on saturdays",
            "Water the plants",
            "every Saturday",
        ),
        ("make the plants a weekly thing", "Water the plants", "every week"),
        ("can you turn the freezer one into a monthly job", "Defrost the freezer", "every month"),
        ("mowing the lawns needs to repeat every fortnight", "Mow the lawns", "every 2 weeks"),
        (
            "the water the plants task should repeat every 3 days pls, in this heat they dry "
            "super fast",
            "Water the plants",
            "every 3 days",
        ),
        ("defrosting the freezer should happen every month", "Defrost the freezer", "every month"),
        ("make mow the lawns repeat once a fortnight", "Mow the lawns", "every 2 weeks"),
        (
            "Ammi ko dawai dene wala task roz ka bana do, daily repeat ho",
            "Give Ammi her medicine",
            "every day",
        ),
        ("Ammi ki dawai wala task rozana ka kar do", "Give Ammi her medicine", "every day"),
    ],
)
async def test_a_repeat_said_loosely_sets_it(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    repeat: str,
) -> None:
    for seed in _SEEDS:
        store.create(seed)
    await session_for(store).say(said)
    assert store.titles() == list(_SEEDS)
    assert repeats(store) == {title: repeat}


@pytest.mark.parametrize(
    "said",
    [
        "does the plants task need to repeat every week?",
        "the plants task shouldn't repeat every week",
        "I water the plants every sunday",
        "make the kids a weekly treat",
    ],
)
async def test_near_misses_change_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    for seed in _SEEDS:
        store.create(seed)
    await session_for(store).say(said)
    assert store.titles() == list(_SEEDS)
    assert not any(t.get("repeat_text") for t in store.tasks.values())
