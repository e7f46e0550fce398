"""The plan stage, a time written with a dot, UK/AU style, and "put in X" said for "add X":
"can u put in dentist for Mia 3.45 fri pls" adds 'Dentist for Mia' due friday 15:45 (a bare
3.45 next to a day word, or after a word for an appointment, is a time, read as "at 3" is: 1
to 6 in the afternoon). Before, the title kept 'Put in dentist for Mia 3.45' and no time; and
"put in X at 4pm tomorrow" with X on the list ticked X off as a deed. Never harm: a price or a
quantity ("buy 2.5 kg rice", "pay 3.50 for parking", "pay the vet 5.50") is never a time, and
"put in" said of a form handed in keeps its verb."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import expected, play


@pytest.mark.parametrize(
    ("said", "added"),
    [
        ("can u put in dentist for Mia 3.45 fri pls", "Dentist for Mia@2026-11-27T15:45:00+00:00"),
        ("put in haircut 4.30 tomorrow", "Haircut@2026-11-24T16:30:00+00:00"),
        ("add physio 10.30 thursday", "Physio@2026-11-26T10:30:00+00:00"),
        ("vet for Biscuit 9.15 on monday", "Vet for Biscuit@2026-11-30T09:15:00+00:00"),
        ("swimming for Leo 4.15 wed", "Swimming for Leo@2026-11-25T16:15:00+00:00"),
        ("could you put in footy training 5.30 tues", "Footy training@2026-11-24T17:30:00+00:00"),
        ("add haircut 2.15 sat", "Haircut@2026-11-28T14:15:00+00:00"),
        ("add meeting with Raj 2.30", "Meet with Raj@2026-11-23T14:30:00+00:00"),
        ("pls put in optician for Nan 11.45 friday", "Optician for Nan@2026-11-27T11:45:00+00:00"),
    ],
)
async def test_a_dot_time_is_the_time_of_the_add(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, added: str
) -> None:
    state, _ = await play(store, session_for, "Seed", [said])
    assert state == expected(f"Seed|{added}", {})


@pytest.mark.parametrize(
    ("said", "added"),
    [
        ("buy 2.5 kg rice tomorrow", "Buy 2.5 kg rice@2026-11-24"),
        ("pay 3.50 for parking friday", "Pay 3.50 for parking@2026-11-27"),
        ("pay the vet 5.50 tomorrow", "Pay the vet 5.50@2026-11-24"),
        ("transfer £4.50 to Sam friday", "Transfer £4.50 to Sam@2026-11-27"),
        ("put in the leave form friday", "Put in the leave form@2026-11-27"),
    ],
)
async def test_a_price_or_a_quantity_is_never_a_time(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, added: str
) -> None:
    state, _ = await play(store, session_for, "Seed", [said])
    assert state == expected(f"Seed|{added}", {})


@pytest.mark.parametrize(
    "said",
    [
        "put in dentist for Mia at 3:45 fri",
        "put in dentist for Mia 4pm tomorrow",
        "is the dentist for Mia 3.45 fri?",
        "what's on fri at 3.45?",
    ],
)
async def test_put_in_never_ticks_off_the_task_it_names(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    state, _ = await play(store, session_for, "Dentist for Mia|Gym", [said])
    assert "Dentist for Mia:done" not in state and "Gym" in state
