"""The plan stage, an add of "that" after a story: a deed not done yet ("ugh mum just reminded
me i still havent handed in the permission slip for the zoo trip lol can u add that", "i
haven't paid the gas bill yet. add it") is the deed to do ('Hand in the permission slip for the
zoo trip', 'Pay the gas bill'); news, then what the user now needs to do ("the dentist's office
just called, they had to cancel so I need to reschedule my teeth cleaning. can you put that on
my list") is that need ('Reschedule my teeth cleaning'), never the news. Never harm: the deed
not done said alone adds nothing, and a remark of someone between the thing and the add
("every sunday i must call my gran. she gets upset if i forget. add it") still names no
task."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Finish English essay|Charge laptop|Pay the council tax:done"


@pytest.mark.parametrize(
    ("message", "added"),
    [
        (
            "ugh mum just reminded me i still havent handed in the permission slip for the zoo "
            "trip lol can u add that",
            ["Hand in the permission slip for the zoo trip"],
        ),
        ("i haven't paid the gas bill yet. add it", ["Pay the gas bill"]),
        ("i still didnt book the MOT, put it on my list", ["Book the MOT"]),
        ("add i still haven't replied to Sarah's email", ["Reply to Sarah's email"]),
        (
            "we havent sorted the car insurance yet, can you add that for friday",
            ["Sort the car insurance@2026-11-27"],
        ),
        ("i never got round to fixing the fence, add that", ["Fix the fence"]),
        ("i still haven't updated my CV, add it", ["Update my CV"]),
    ],
)
async def test_a_deed_not_done_is_the_deed_to_do(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: list[str]
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == sorted([*SEEDS.split("|"), *added])


@pytest.mark.parametrize(
    ("message", "added"),
    [
        (
            "ugh the dentist's office just called, they had to cancel so I need to reschedule my "
            "teeth cleaning. can you put that on my list so I don't forget",
            ["Reschedule my teeth cleaning"],
        ),
        (
            "the garage rang, they can't fit me in so i have to rebook the service. add that pls",
            ["Rebook the service"],
        ),
        (
            "so annoying, the vet cancelled so now I have to rebook Max's jab, put that down for "
            "me",
            ["Rebook Max's jab"],
        ),
        (
            "the car failed its MOT so I need to book a retest, add it for friday",
            ["Book a retest@2026-11-27"],
        ),
        (
            "the school emailed. I need to sign the trip form. can you add that",
            ["Sign the trip form"],
        ),
        (
            "every sunday i must call my gran. she gets upset if i forget. add it",
            ["Call my gran@2026-11-23"],
        ),
    ],
)
async def test_the_need_after_the_news_is_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: list[str]
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == sorted([*SEEDS.split("|"), *added])


@pytest.mark.parametrize(
    "message",
    [
        "i still havent handed in the permission slip",
        "i haven't finished the english essay yet",
        "they had to cancel so I need to reschedule",
    ],
)
async def test_a_deed_not_done_said_alone_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message])
