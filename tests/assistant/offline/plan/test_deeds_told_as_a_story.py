"""The plan stage, a deed told as a story in several clauses: "Took the car in to Canadian Tire
this morning and got the winter tires put on so that's one thing done lol" completes 'Swap to snow
tires' (it gave three "couldn't find" replies). "winter tires/tyres" are "snow tires" (said before
the thing only, so a 'Winter coat' keeps its winter; "tyre" is "tire"); "got/had X put on, fitted,
changed over, swapped on" is the deed of X, the story before it ("took the car in to ...",
"drove to the garage and ...") a sentence of its own; a story clause that names no task, beside
another deed of the message that ticked one off, is no failed request; "so that's one thing done"
is a remark. Never harm: a deed not done, a question, a story with no deed and a need said change
nothing; a story clause said alone is still reported as not found."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Swap to snow tires|Pay the council tax|Return the drill to Dave|Buy milk|Buy a winter coat"


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("Took the car in to Canadian Tire this morning and got the winter tires put on so "
         "that's one thing done lol", "Swap to snow tires"),
        ("drove out to the garage after work and had the winter tyres fitted, one less thing",
         "Swap to snow tires"),
        ("took the car to kal tire and got the snow tires swapped on finally",
         "Swap to snow tires"),
        ("had the winter tyres put on yesterday", "Swap to snow tires"),
        ("took the jeep in this morning and got the tyres changed over lol", "Swap to snow tires"),
        ("Dropped the car at Mr Lube and got the winter tires put on so that's one thing done",
         "Swap to snow tires"),
        ("went to the post office on my lunch and paid the council tax while i was there",
         "Pay the council tax"),
        ("stopped at the shop and picked up milk and then went to the gym", "Buy milk"),
    ],
)  # fmt: skip
async def test_the_deed_of_the_story_is_done(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, meant: str
) -> None:
    reply = await assert_changes(store, session_for, SEEDS, [said], {meant: "done"})
    assert "couldn't find" not in reply, reply


@pytest.mark.parametrize(
    "said",
    [
        "took the car in but they didn't have time to put the winter tires on",
        "drove to canadian tire but the winter tires weren't in yet ugh",
        "got the winter tires put on?",
        "did i get the winter tires put on",
        "took the car in to Canadian Tire this morning",
        "went to the bank and called the plumber",
        "bought snow boots",
        "my dad took the car in and got the winter tires put on",
    ],
)
async def test_never_harm(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])


async def test_a_story_clause_said_alone_is_still_not_found(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    reply = await assert_changes(
        store, session_for, SEEDS, ["took the car in to Canadian Tire this morning"]
    )
    assert "couldn't find" in reply, reply
