"""The plan stage, a tag or a move said loosely: "stick a 'house' tag on the boiler one would
you" (the question tag after a request is no part of the name), "can you move the MOT thing to
next week monday, garage is rammed till then" ("next week monday" is next monday, as "next
monday" is read). A day of next week alone, or said of no task, changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore

_SEEDS = ("Book MOT for the car", "Pay council tax", "Book boiler service")


@pytest.mark.parametrize(
    "said",
    [
        "stick a 'house' tag on the boiler one would you",
        "tag the boiler one house would you",
        "put a house tag on the boiler one, could you",
        "stick a house tag on the boiler one will ya",
    ],
)
async def test_a_tag_with_a_question_tag_after_it_tags(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    for seed in _SEEDS:
        store.create(seed)
    await session_for(store).say(said)
    assert [t["tags"] for t in store.tasks.values()] == [[], [], ["house"]]


@pytest.mark.parametrize(
    ("said", "title", "due"),
    [
        (
            "can you move the MOT thing to next week monday, garage is rammed till then",
            "Book MOT for the car",
            "2026-11-30",
        ),
        ("push the council tax one to next week friday", "Pay council tax", "2026-12-04"),
        ("move the MOT thing to next week's monday", "Book MOT for the car", "2026-11-30"),
    ],
)
async def test_a_day_of_next_week_moves_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str, due: str
) -> None:
    for seed in _SEEDS:
        store.create(seed)
    await session_for(store).say(said)
    assert store.titles() == list(_SEEDS)
    assert {t["title"]: t["due_date"] for t in store.tasks.values() if t["due_date"]} == {
        title: due
    }


async def test_an_add_on_a_day_of_next_week_is_dated(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await session_for(store).say("add call the garage next week monday")
    assert store.titles() == ["Call the garage"]
    assert next(iter(store.tasks.values()))["due_date"] == "2026-11-30"


@pytest.mark.parametrize("said", ["I'm busy next week monday to friday", "would you"])
async def test_near_misses_change_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    for seed in _SEEDS:
        store.create(seed)
    await session_for(store).say(said)
    assert store.titles() == list(_SEEDS)
    assert not any(t["due_date"] or t["tags"] for t in store.tasks.values())
