"""The plan stage, a new title asked about with a "?": "the vet appointment is for max not
bella?" had renamed the task at once. A statement of what a title is, asked, is a question:
it asks first and renames nothing until a yes.

Never harm: the same said as a statement still renames, and so does a request that ends
with a "?" ("can you change ...?", "rename X to Y?")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

SEEDS = "Take the vet appointment for bella|Dentist for leo|Pick up the cake for nana"


@pytest.mark.parametrize(
    "message",
    [
        "the vet appointment is for max not bella?",
        "the vet appointment is for max, not bella?",
        "wait the vet appointment is for max not bella??",
        "the vet appointment should be for max not bella?",
        "the dentist one is for mia not leo?",
        "the dentist appointment was meant to be for mia, not leo?",
        "the cake is for grandpa not nana?",
        "the dentist one should say dentist for mia?",
        "the vet one should be called vet for max?",
    ],
)
async def test_a_new_title_asked_renames_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == sorted(SEEDS.split("|"))


async def test_a_yes_then_renames(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(
        store, session_for, SEEDS, ["the vet appointment is for max not bella?", "yes"]
    )
    assert "Take the vet appointment for max" in state


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("the vet appointment is for max not bella", "Take the vet appointment for max"),
        ("the dentist one is for mia not leo", "Dentist for mia"),
        (
            "can you change the vet appointment to max not bella?",
            "Take the vet appointment for max",
        ),
        ("rename the dentist one to dentist for mia?", "Dentist for mia"),
        ("the cake is for grandpa not nana", "Pick up the cake for grandpa"),
    ],
)
async def test_told_or_asked_for_it_still_renames(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, title: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert title in state
