"""The plan stage, a need told in a story, then a request that points back at it with "it" or
no object ("omg i totally forgot i have to return my library book by friday, can u remind me or
ill get fined again", "mate need to get a quote done for the X job, chuck it on the list", "I
should call her every week atleast. pls add as weekly repeating task", "let me not forget to
send my contribution", "the garbage disposal is making that noise again. i need to call a
plumber about it, put it on there"): the task is the need's action, with the slots said anywhere
in the message; "it" or "her" in it is the thing or the one person of the family the story
named; the story and what befalls if it is not done are no title and no task. Never harm: a
deed recalled ("i forgot i already paid the rent"), a reminder asked with nothing told, and a
question about the news add nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

SEEDS = "Pay rent"


@pytest.mark.parametrize(
    ("message", "added"),
    [
        (
            "ugh i completely forgot i need to pay the water bill by monday, can you remind me or "
            "they'll cut us off",
            "Pay the water bill@2026-11-30",
        ),
        (
            "bro need to book a table for the anniversary dinner, chuck it on the list",
            "Book a table for the anniversary dinner",
        ),
        (
            "the kitchen tap is dripping again. husband says i need to ring a plumber about it, "
            "put it on the list",
            "Ring a plumber about the kitchen tap",
        ),
        (
            "the twins had a great recital. let me not forget to send the video to grandpa",
            "Send the video to grandpa",
        ),
        ("i need to rmber to renew my bus pass", "Renew my bus pass"),
        (
            "the young lad's bike chain snapped again 🙄 need to get it fixed, put it down for "
            "friday",
            "Get the bike chain fixed@2026-11-27",
        ),
    ],
)
async def test_a_need_told_then_pointed_at_is_added(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == sorted([SEEDS, added])


@pytest.mark.parametrize(
    ("message", "title", "repeat"),
    [
        (
            "my grandma lives on her own now, i should visit her every sunday. pls add as weekly "
            "task",
            "Visit grandma",
            "every Sunday",
        ),
        (
            "My nan is on her own since grandad passed, I should ring her every week atleast. "
            "pls add as weekly repeating task",
            "Ring nan",
            "every week",
        ),
    ],
)
async def test_a_habit_told_then_added_as_a_repeat(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    title: str,
    repeat: str,
) -> None:
    await play(store, session_for, SEEDS, [message])
    assert [t["title"] for t in store.tasks.values()] == [SEEDS, title]
    assert [t["repeat_text"] for t in store.tasks.values()][1] == repeat


async def test_the_level_said_after_it_is_the_needs(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    message = (
        "mate need to get the gutters quoted, chuck it on the list. high priority, they're keen"
    )
    await play(store, session_for, SEEDS, [message])
    assert [(t["title"], t["priority"]) for t in store.tasks.values()][1:] == [
        ("Get the gutters quoted", "high")
    ]


@pytest.mark.parametrize(
    "message",
    [
        "i forgot i already paid the rent",
        "remind me or i'll forget",
        "the car is making a noise again, is it the battery?",
        "my mum says hi lol",
    ],
)
async def test_nothing_needed_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == [SEEDS]
