"""The plan stage, a correction that says a whole new action with its own verb ("add buy cooking
gas" -> "no wait, make it refill the gas cylinder"): the new action is the whole title
('Refill the gas cylinder'); before, the old verb was kept in front of it ('Buy refill the gas
cylinder'). A verb of a new deed said alone ("change it to cancel" after 'Book the dentist')
takes the old verb's place ('Cancel the dentist'), never 'Book cancel'. Never harm: a thing
said without a verb still keeps the verb ("make it oat milk" -> 'Buy oat milk'), a name said
before "the" is no verb, priority and day corrections keep their meanings, and the correction
right after an add never renames an older task. A "make it" said before the new words and the
old ("make it call the plumber, not electrician") is the correction's own, no part of the title."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import new_tasks, play

SEEDS = "Water the ferns|Call the landlord"


@pytest.mark.parametrize(
    ("added", "said", "title"),
    [
        ("add buy cooking gas", "no wait, make it refill the gas cylinder",
         "Refill the gas cylinder"),
        ("add buy printer ink", "actually make that refill the printer cartridge",
         "Refill the printer cartridge"),
        ("add pick up the twins from nursery", "sorry, change it to drop off the twins",
         "Drop off the twins"),
        ("add book a table at Dishoom", "no wait make it cancel the reservation",
         "Cancel the reservation"),
        ("add get train tickets to york", "hmm make it top up my oyster card",
         "Top up my oyster card"),
        ("add order pizza for movie night", "wait, make it defrost the lasagne",
         "Defrost the lasagne"),
        ("add buy new sandpaper", "no actually make it sand the deck", "Sand the deck"),
        ("add book the dentist", "change it to cancel", "Cancel the dentist"),
        ("add call the vet about Rex", "no make it reschedule", "Reschedule the vet about Rex"),
        ("add buy a new kettle", "oops make it descale the kettle", "Descale the kettle"),
        # "make it X, not Y": the "make it" is the correction's own words (it was 'Call make it
        # call the plumber', 'Buy make it 3 kg rice')
        ("add call the electrician for the geyser",
         "sorry, make it call the plumber, not electrician", "Call the plumber"),
        ("add buy 2 kg rice", "no wait, make it 3 kg, not 2", "Buy 3 kg rice"),
        ("add buy train tickets", "make that bus tickets, not train", "Buy bus tickets"),
        ("add email the landlord", "oops make it text the landlord, not email",
         "Text the landlord"),
    ],
)  # fmt: skip
async def test_a_new_deed_is_the_whole_title(
    store: TaskStore, session_for: Callable[..., ChatSession], added: str, said: str, title: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [added, said])
    assert [t for t in state if not t.startswith(("Water the ferns", "Call the landlord"))] == [
        title
    ], state


@pytest.mark.parametrize(
    ("added", "said", "title"),
    [
        # a thing, no verb: the add's verb stays
        ("add buy milk", "make it oat milk", "Buy oat milk"),
        ("add buy milk", "make it a dozen eggs", "Buy a dozen eggs"),
        ("add buy glue sticks", "make it clear glue", "Buy clear glue sticks"),
        # a field, never a title
        ("add pay the water bill", "make it high priority", "Pay the water bill"),
        ("add pay the water bill", "make it urgent", "Pay the water bill"),
        # the same verb said again: the value is the whole title, as before
        ("add call mom", "no wait make it call dad", "Call dad"),
    ],
)  # fmt: skip
async def test_never_harm(
    store: TaskStore, session_for: Callable[..., ChatSession], added: str, said: str, title: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [added, said])
    assert "Water the ferns" in state and "Call the landlord" in state, state
    assert [t for t in state if t not in ("Water the ferns", "Call the landlord")] == [title]


async def test_a_day_said_is_a_day(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(
        store, session_for, SEEDS, ["add call Dana about the lease", "make it friday"]
    )
    assert state == sorted([*SEEDS.split("|"), "Call Dana about the lease@2026-11-27"])


async def test_a_name_before_the_is_no_verb(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["add call Dana", "make it Sarah the plumber"])
    new = new_tasks(state, SEEDS)
    assert len(new) == 1 and new[0].startswith("Call "), state
