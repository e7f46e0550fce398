"""The plan stage, an add corrected in the same message with an apology run into the "no wait"
("add buy a birthday card for Jess — no wait sorry, for Jess's mum", "add book a table at
Nandos, no wait my bad, at Wagamama", "..., sorry no wait, wednesday"): one task with the new
words in place of the old (it had added 'Buy a birthday card for Jess — no wait sorry, for
Jess's mum'). Never harm: a whole add taken back with an apology ("add buy milk, no wait sorry,
don't") adds nothing, and "sorry" in a title stays."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

SEEDS = "Walk the dog|Pay the gas bill"


@pytest.mark.parametrize(
    ("said", "added"),
    [
        ("add buy flowers for Sam — no wait sorry, for Sam's dad, it's his 70th on sunday",
         "Buy flowers for Sam's dad"),
        ("add book a table at Nandos, no wait my bad, at Wagamama", "Book a table at Wagamama"),
        ("add call the plumber on thursday, sorry no wait, wednesday",
         "Call the plumber@2026-11-25"),
        ("add send the card to Jess, wait no sorry, to Jess's mum", "Send the card to Jess's mum"),
        ("remind me to email Priya, no wait oops, email Priyanka", "Email Priyanka"),
    ],
)  # fmt: skip
async def test_the_corrected_words_are_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, added: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert state == sorted([*SEEDS.split("|"), added])


async def test_an_add_taken_back_with_an_apology_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["add buy milk, no wait sorry, don't"])
    assert state == sorted(SEEDS.split("|"))


async def test_sorry_in_a_title_stays(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["add write a sorry card for Jo"])
    assert state == sorted([*SEEDS.split("|"), "Write a sorry card for Jo"])
