"""The plan stage, two things said done by what they are, then by name ("finished both calls,
the landlord and mama", "paid both bills - gas and water", "made the two calls (bank and
mama)") or by a count of two alone ("did the two calls"): each thing named is done (it had
asked which one, reading 'calls, the landlord and mama' as one task). Never harm: "the two
calls" with three calls on the list asks, a question completes nothing, and a name of no task
completes only the ones it names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Call the landlord|Call Mama|Buy airtime|Pay gas bill|Pay water bill|Email the school"
CALLS = {"Call the landlord": "done", "Call Mama": "done"}
BILLS = {"Pay gas bill": "done", "Pay water bill": "done"}


@pytest.mark.parametrize(
    ("said", "changes"),
    [
        ("made both calls, the landlord and mama. tick em", CALLS),
        ("did both calls: landlord & mama", CALLS),
        ("made the two calls (landlord and mama)", CALLS),
        ("did the two calls, tick them", CALLS),
        ("paid both bills, gas and water", BILLS),
        ("sorted the two bills - gas and water ✅", BILLS),
        ("finally paid the 2 bills", BILLS),
    ],
)
async def test_two_things_said_done_by_name_or_count_are_both_done(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, changes: dict[str, str]
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], changes)


async def test_the_two_calls_with_three_on_the_list_asks(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    reply = await assert_changes(
        store, session_for, SEEDS + "|Call the bank", ["did the two calls, tick them"]
    )
    assert "which" in reply.lower()


@pytest.mark.parametrize(
    "said", ["did i do the two calls?", "have i paid both bills, gas and water?"]
)
async def test_a_question_completes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])


async def test_a_name_of_no_task_completes_only_those_named(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        SEEDS,
        ["finished both calls, the landlord and the plumber"],
        {"Call the landlord": "done"},
    )
