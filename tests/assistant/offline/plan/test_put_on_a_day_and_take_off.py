"""The plan stage, a bare thing put on a day that no title starts with ("can u put dentist for
jack on monday": a new task due monday), with a task taken off after "and" ("... and take off
the swimming lessons, terms over": deleted). Never harm: a put that names a task on the list
("put gym on friday", "put swimming on friday") moves it, "put the dentist on monday" with no
such task adds nothing, and "put it on monday" asks which."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import seed, state

JACK = "Book swimming lessons for Jack|Buy Jack a new lunchbox|Pay daycare invoice|Gym session"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "can u put dentist for jack on monday and take off the swimming lessons, terms over",
            "Buy Jack a new lunchbox|Dentist for jack@2026-11-30|Gym session|Pay daycare invoice",
        ),
        (
            "put dentist for jack on monday",
            "Book swimming lessons for Jack|Buy Jack a new lunchbox|Dentist for jack@2026-11-30"
            "|Gym session|Pay daycare invoice",
        ),
        (
            "add buy milk and take off the lunchbox one",
            "Book swimming lessons for Jack|Buy milk|Gym session|Pay daycare invoice",
        ),
        (
            "put gym on friday",
            "Book swimming lessons for Jack|Buy Jack a new lunchbox|Gym session@2026-11-27"
            "|Pay daycare invoice",
        ),
        (
            "put swimming on friday",
            "Book swimming lessons for Jack@2026-11-27|Buy Jack a new lunchbox|Gym session"
            "|Pay daycare invoice",
        ),
        ("put the dentist on monday", JACK),
        ("put it on monday", JACK),
    ],
)
async def test_a_bare_thing_put_on_a_day(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, expected: str
) -> None:
    seed(store, JACK)
    await session_for(store).say(message)
    assert state(store) == sorted(expected.split("|"))
