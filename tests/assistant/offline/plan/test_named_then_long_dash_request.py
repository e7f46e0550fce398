"""The plan stage, a task named, then a long dash, then the request ("The task with calling the
doctor — can you change it to 'call Dr. Becker about blood results'?"): the dash joins as a comma
does, so the name is the target (nothing had been understood)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

SEEDS = "Go to the gym|Dentist appointment|Buy milk"


@pytest.mark.parametrize(
    ("said", "after"),
    [
        (
            "the dentist one — can you rename it to 'dentist with Dr. Osei'?",
            ["Buy milk", "Dentist with Dr. Osei", "Go to the gym"],
        ),
        ("dentist appointment — please delete it", ["Buy milk", "Go to the gym"]),
        (
            "the milk task – could you mark it done",
            ["Buy milk:done", "Dentist appointment", "Go to the gym"],
        ),
        (
            "the gym one — can u change it to 'go to the gym with Tomasz'",
            ["Buy milk", "Dentist appointment", "Go to the gym with Tomasz"],
        ),
    ],
)
async def test_the_name_before_the_dash_is_the_target(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, after: list[str]
) -> None:
    assert (await play(store, session_for, SEEDS, [said]))[0] == after


@pytest.mark.parametrize(
    "said",
    [
        "milk — can you believe the price",
        "the gym — would you believe it's shut again",
        "dentist — i hate going",
    ],
)
async def test_near_misses_change_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    assert (await play(store, session_for, SEEDS, [said]))[0] == sorted(SEEDS.split("|"))
