"""The plan stage, a completion told inside a story: a day's remark, then "but i (did) manage
to <deed>" and a sigh after it ("so at least there's that"); when it got done said first ("after
3 hrs in the queue at the post office my passport renewal is sorted"). Never harm: a deed
forgotten or not managed, a question, a plan for after a deed and a thing that is no task change
nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SCHOOL = (
    "Get glue sticks for Ava's art project|Sign the swimming permission slip|Book a car service"
)
ERRANDS = "Renew my passport|Pay the nursery fees|Get the boiler serviced"


@pytest.mark.parametrize(
    ("seeds", "message", "meant"),
    [
        (
            SCHOOL,
            "what a week. the school run was chaos and the shop was packed but i DID manage to "
            "grab the glue sticks for avas project so at least theres that",
            "Get glue sticks for Ava's art project",
        ),
        (
            SCHOOL,
            "work was mental but i managed to sign the swimming slip",
            "Sign the swimming permission slip",
        ),
        (
            SCHOOL,
            "long day, but i did manage to book the car service, at least that's sorted",
            "Book a car service",
        ),
        (
            ERRANDS,
            "omg after 2 hours in the queue at the post office my passport renewal is sorted",
            "Renew my passport",
        ),
        (ERRANDS, "after all that faff the nursery fees are paid", "Pay the nursery fees"),
        (
            ERRANDS,
            "after three callouts from the plumber the boiler service is done",
            "Get the boiler serviced",
        ),
    ],
)
async def test_a_deed_in_a_story_completes_its_task(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    message: str,
    meant: str,
) -> None:
    await assert_changes(store, session_for, seeds, [message], {meant: "done"})


@pytest.mark.parametrize(
    ("seeds", "message"),
    [
        (SCHOOL, "i forgot to grab the glue sticks"),
        (SCHOOL, "the shop was packed but i didnt manage to grab the glue sticks"),
        (SCHOOL, "did i manage to sign the swimming slip?"),
        (SCHOOL, "traffic was awful but i managed to grab a coffee so at least theres that"),
        (ERRANDS, "after the passport renewal is done i'll pay the fees"),
    ],
)
async def test_near_misses_change_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, message: str
) -> None:
    await assert_changes(store, session_for, seeds, [message])
