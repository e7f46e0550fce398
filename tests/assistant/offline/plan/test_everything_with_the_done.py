"""The plan stage, the whole list asked for with the finished ones too ("show me everything
incl the stuff i already did pls", "list it all plus what i've finished", Roman Urdu "meri
saari list dikhao, jo ho gaye woh bhi", "sab dikhao, done wale bhi"): every task is listed,
the done ones with them (it had searched for 'the stuff i already did', or fallen back). Never
harm: a listing changes nothing, and the done ones alone or what is left are still asked as
such."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Pay Meralco bill:done|Buy rice:done|Enroll Migo in swimming"


@pytest.mark.parametrize(
    "said",
    [
        "show me everything incl the stuff i already did pls",
        "list it all plus what i've finished",
        "show all my tasks even what i did already",
        "can you show everything including the things we already did",
        "meri saari list dikhao, jo ho gaye woh bhi",
        "sab dikhao, done wale bhi",
        "mere tasks batao jo mukammal hain woh bhi",
    ],
)
async def test_everything_with_the_done_lists_all(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    reply = await assert_changes(store, session_for, SEEDS, [said])
    assert "3 tasks" in reply
    assert "Buy rice" in reply and "Enroll Migo in swimming" in reply


async def test_the_done_ones_alone_are_the_done_ones(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    reply = await assert_changes(store, session_for, SEEDS, ["done wale tasks dikhao"])
    assert "Enroll Migo" not in reply


async def test_what_is_left_is_what_is_left(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    reply = await assert_changes(
        store, session_for, SEEDS, ["meri list dikhao, kya kya reh gaya hai?"]
    )
    assert "Buy rice" not in reply
