"""The plan stage, after the list was shown, a task named by its place and then said done with
when ("the first one I finished just now", "the second one i did just now lol", "3rd one I
knocked out just now"): the place names the task, "just now" says when. It had fallen back:
"now" was taken off as chatter and the "just" left behind hid the deed ("the first one I finished"
and "the second one is done" worked). Never harm: a place said not done ("the first one I
haven't finished", "the first one i still need to do", "the second one I'll finish later"), a
question, an add named so, and a place with no list shown change nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Take Max to the groomer|Post Christmas cards|Get the car's WOF|Water the tomatoes|Pay rent"


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("the first one I finished just now", "Take Max to the groomer"),
        ("the second one i did just now lol", "Post Christmas cards"),
        ("the last one we sorted just now", "Pay rent"),
        ("3rd one I knocked out just now", "Get the car's WOF"),
        ("the fourth one I've done just now 🙌", "Water the tomatoes"),
        ("the first one, I finished it just now", "Take Max to the groomer"),
        ("the first one i just finished", "Take Max to the groomer"),
        ("the second one is done", "Post Christmas cards"),
        ("first one finished", "Take Max to the groomer"),
    ],
)
async def test_a_place_then_done_just_now_completes_that_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    await assert_changes(store, session_for, SEEDS, ["show my tasks", said], {title: "done"})


@pytest.mark.parametrize(
    "said",
    [
        "the first one I haven't finished",
        "the first one i still need to do",
        "the second one I'll finish later",
        "did I finish the first one just now?",
        "the first one I added just now",
    ],
)
async def test_a_place_not_done_or_asked_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, ["show my tasks", said])


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("groomer done just now", "Take Max to the groomer"),
        ("the cards got posted just now", "Post Christmas cards"),
    ],
)
async def test_just_now_after_a_thing_done_says_only_when(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], {title: "done"})


async def test_a_place_with_no_list_shown_asks_first(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    reply = await assert_changes(store, session_for, SEEDS, ["the first one I finished just now"])
    assert "?" in reply
