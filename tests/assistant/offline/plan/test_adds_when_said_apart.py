"""The plan stage, an add with when it is said as a clause of its own after it ("pls add pay
meralco bill, due is on dec 15", "add my hair appointment at Sharon's for next Tuesday please, its
at 2 o'clock", "add the bins, its tuesday"): the date or time is the new task's, and no word of
that clause is left in the title. Never harm: a reason or a number said after the add ("it's 5
days late", "mine is busted", "its 20 quid") dates nothing, and no other task is touched."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import new_tasks, play

SEEDS = "Walk the dog|Pay the gas bill"


@pytest.mark.parametrize(
    ("said", "added"),
    [
        ("hiya can u add renew the car tax, due is on dec 15. ta", "Renew the car tax@2026-12-15"),
        (
            "could you add the school photos order for friday please, its at 9am. thank you",
            "The school photos order@2026-11-27T09:00:00+00:00",
        ),
        (
            "add the physio appointment on Crane St, it's next tuesday at 3pm",
            "The physio appointment on Crane St@2026-12-01T15:00:00+00:00",
        ),
        (
            "add pick up Leo from judo tmrw, its at 6pm",
            "Pick up Leo from judo@2026-11-24T18:00:00+00:00",
        ),
        (
            "add return the library books, the deadline is friday",
            "Return the library books@2026-11-27",
        ),
        ("pls add pay the water bill, its due on the 15th", "Pay the water bill@2026-12-15"),
    ],
)
async def test_when_said_apart_is_the_new_tasks(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, added: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert state == sorted([*SEEDS.split("|"), added])


@pytest.mark.parametrize(
    ("said", "added"),
    [
        ("add call the garage, it's 5 days late", "Call the garage"),
        ("add buy a new kettle, mine is busted", "Buy a new kettle"),
        ("add pay the window cleaner, its 20 quid", "Pay the window cleaner"),
        ("add book the vet, its friday she's free i think", "Book the vet"),
    ],
)
async def test_a_remark_after_an_add_dates_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, added: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert new_tasks(state, SEEDS) == [added]
