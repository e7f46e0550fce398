"""The plan stage, a change said after a story: "ugh the landlord called again, bump it up to
high" changes the task the story names (or the one just talked about); the news of a call is
never the task done, and a story that names no task asks which one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, Say, TaskStore

FRIDAY = "2026-11-27"  # FIXED_TODAY is Monday 23 November 2026
TOMORROW = "2026-11-24"


def seed(store: TaskStore) -> None:
    for title in ("Call the landlord about the leak", "Take the car to the mechanic", "Buy milk"):
        store.create(title)


@pytest.fixture
def say(store: TaskStore, session_for: Callable[..., ChatSession]) -> Say:
    """A chat over the tasks ``seed`` adds: its ``say``."""
    seed(store)
    return session_for(store).say


def _changed(store: TaskStore) -> dict[str, tuple[bool, object, object]]:
    """Each task with what a change may have touched: done, priority, due date."""
    return {
        t["title"]: (t["completed"], t["priority"], t["due_date"])
        for t in store.tasks.values()
        if t["completed"] or t["priority"] or t["due_date"]
    }


@pytest.mark.parametrize(
    ("message", "title", "change"),
    [
        ("ugh the landlord called again, bump it up to high", "landlord", (False, "high", None)),
        ("my landlord texted me again, bump it up to high", "landlord", (False, "high", None)),
        ("the landlord rang again, make it high priority", "landlord", (False, "high", None)),
        (
            "omg the landlord is on my case again, move it to friday",
            "landlord",
            (False, None, FRIDAY),
        ),
        (
            "the car is making noises again, move the mechanic one to tomorrow",
            "mechanic",
            (False, None, TOMORROW),
        ),
        (
            "ugh the car is making weird noises again, push it to friday",
            "mechanic",
            (False, None, FRIDAY),
        ),
        (
            "the car broke down again so bump the mechanic up to high",
            "mechanic",
            (False, "high", None),
        ),
    ],
)
async def test_a_change_after_a_story_applies_to_the_task_the_story_names(
    store: TaskStore, say: Say, message: str, title: str, change: tuple[bool, object, object]
) -> None:
    await say(message)
    changed = _changed(store)
    assert list(changed.values()) == [change]
    assert title in next(iter(changed)).lower()


async def test_a_change_after_a_story_naming_no_task_is_the_one_just_added(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seed(store)
    session = session_for(store)
    await session.say("add fix the roof")
    await session.say("ugh the rain is coming in again, bump it up to high")
    assert _changed(store) == {"Fix the roof": (False, "high", None)}


@pytest.mark.parametrize(
    "message",
    [
        "ugh what a day, bump it up to high",
        "the plumber called again, bump it up to high",
        "the landlord and the mechanic both called, bump it up to high",
        "my sister called again, move it to friday",
    ],
)
async def test_a_change_after_a_story_naming_no_one_task_asks(
    say: Say, store: TaskStore, message: str
) -> None:
    turn = await say(message)
    assert _changed(store) == {}
    assert "?" in turn.reply


async def test_news_of_a_call_alone_is_never_the_call_done(say: Say, store: TaskStore) -> None:
    await say("the landlord called again")
    assert _changed(store) == {}


@pytest.mark.parametrize(
    ("message", "title", "due"),
    [
        (
            "Good morning. The mechanic has moved my booking. Could you please change it to "
            "Friday at 2.30 in the afternoon. Thank you",
            "mechanic",
            f"{FRIDAY}T14:30:00+00:00",
        ),
        (
            "my landlord has rescheduled. change it to tomorrow at quarter to five",
            "landlord",
            f"{TOMORROW}T16:45:00+00:00",
        ),
        (
            "The car has been acting up again. Please push it to friday at half past two.",
            "mechanic",
            f"{FRIDAY}T14:30:00+00:00",
        ),
        (
            "the landlord texted, he cant make it. move it to friday 9.15 in the morning pls",
            "landlord",
            f"{FRIDAY}T09:15:00+00:00",
        ),
    ],
)
async def test_a_time_said_as_people_say_it_after_a_story_moves_the_task_it_names(
    store: TaskStore, say: Say, message: str, title: str, due: str
) -> None:
    """ "2.30 in the afternoon", "half past two", "quarter to five": the shared date parser
    reads them (it once read none, and nothing changed)."""
    await say(message)
    changed = _changed(store)
    assert list(changed.values()) == [(False, None, due)]
    assert title in next(iter(changed)).lower()


async def test_a_time_after_a_story_naming_no_task_asks(say: Say, store: TaskStore) -> None:
    turn = await say(
        "The dentist has moved my appointment. Could you change it to Thursday at 2.30 please"
    )
    assert _changed(store) == {}
    assert "?" in turn.reply
