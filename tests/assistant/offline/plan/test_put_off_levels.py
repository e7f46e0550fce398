"""The plan stage, a task put off or moved and its level said after it: "<task> can wait till
<day>" (or "move/push <task> to <day>") moves it, and "and it's not that urgent", ", not
urgent", "but it's actually urgent" after it sets the level of the same task ("the thesis
chapter can wait till thursday and its not that urgent", "push the tyre rotation to friday, low
priority"). Never harm: a thing put off that is no task changes nothing (nor is added as 'The X
can wait'), a level said of another task or with more words after it is no level of the moved
one, and an add keeps such a level as its own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore

# FIXED_TODAY is Monday 23 November 2026
TUESDAY = "2026-11-24"
THURSDAY = "2026-11-26"
FRIDAY = "2026-11-27"
MONDAY = "2026-11-30"

SEEDS = "Write thesis chapter 3|Rotate the car tyres|Call the landlord"


def _fields(store: TaskStore) -> dict[str, tuple[str, str]]:
    return {
        t["title"]: (t.get("due_date") or "", t.get("priority") or "") for t in store.tasks.values()
    }


def _seeded(store: TaskStore) -> None:
    # every task starts high, so a level said low shows
    for title in SEEDS.split("|"):
        store.create(title, priority="high")


async def _play(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> dict[str, tuple[str, str]]:
    _seeded(store)
    session = session_for(store)
    await session.say(message)
    return _fields(store)


@pytest.mark.parametrize(
    ("message", "title", "due", "level"),
    [
        (
            "the thesis chapter can wait till thursday and its not that urgent",
            "Write thesis chapter 3",
            THURSDAY,
            "low",
        ),
        (
            "thesis chapter can wait until tmrw lol and it's not urgent",
            "Write thesis chapter 3",
            TUESDAY,
            "low",
        ),
        ("the tyres can wait till monday, not urgent", "Rotate the car tyres", MONDAY, "low"),
        (
            "push the tyre rotation to friday, it's low priority",
            "Rotate the car tyres",
            FRIDAY,
            "low",
        ),
        (
            "move the landlord call to friday and it's not that important tbh",
            "Call the landlord",
            FRIDAY,
            "low",
        ),
        (
            "the landlord call can wait till monday but its medium priority",
            "Call the landlord",
            MONDAY,
            "medium",
        ),
    ],
)
async def test_a_level_said_after_a_task_put_off_is_its_level(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    title: str,
    due: str,
    level: str,
) -> None:
    fields = await _play(store, session_for, message)
    want = {t: ("", "high") for t in SEEDS.split("|")}
    want[title] = (due, level)
    assert fields == want


@pytest.mark.parametrize(
    "message",
    [
        # a thing put off that is no task: nothing changed, nothing added
        "the dissertation can wait till thursday and its not that urgent",
        "the dissertation can wait till thursday",
        "the gutters can wait till monday, not urgent",
        # a level said of another thing, or with more after it, is no level of the moved task
        "the tyres can wait till monday but the dentist is not urgent",
        "move the tyre rotation to friday, it's important the mechanic sees it",
        # a question, and a level said with no move before it
        "can the thesis chapter wait till thursday? is that urgent?",
        "the tyres can wait till monday and it's not that urgent to call the landlord",
    ],
)
async def test_near_misses_change_nothing_else(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    fields = await _play(store, session_for, message)
    for title in SEEDS.split("|"):
        assert fields[title][1] == "high", (title, fields)
    assert len(fields) == 3


async def test_an_add_keeps_the_level_as_its_own(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    fields = await _play(store, session_for, "add book the tyre rotation and its not urgent")
    assert fields["Book the tyre rotation"] == ("", "low")
    assert all(fields[t] == ("", "high") for t in SEEDS.split("|"))
