"""The plan stage, a deed told as news with where it went, for whom or for when after it ("the
tax return is now submitted to the Finanzamt", "dentist appts are booked for the kids, both on
the 19th"): the thing and its participle name the task, the tail names no part of it. A day
ahead after anything but a booking is a plan ("the car is taken to the garage tomorrow"), and only
a day after a booking is news of when; "by" someone is left out, a
habit is no deed ("the bins are collected on thursdays"): neither ticks anything."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

PAPERS = "File the insurance claim|Send the visa forms to the embassy|Water the ferns"
BOOKINGS = "Book the hall for Dad's party|Reserve a table at Nando's|Walk the dog"
JOBS = "Take the car to the garage|Repair the gate|Collect the bins"


@pytest.mark.parametrize(
    ("seeds", "message", "meant"),
    [
        (PAPERS, "the insurance claim is filed with the insurer now", "File the insurance claim"),
        (
            PAPERS,
            "visa forms have been sent to the embassy, finally",
            "Send the visa forms to the embassy",
        ),
        (PAPERS, "The claim was finally filed with Aviva.", "File the insurance claim"),
        (
            BOOKINGS,
            "the hall is booked for dad's party, on the 12th",
            "Book the hall for Dad's party",
        ),
        (BOOKINGS, "table's reserved for 4 people, on the 9th", "Reserve a table at Nando's"),
    ],
)
async def test_a_deed_with_where_or_for_whom_completes_its_task(
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
        # a plan for a day ahead, a habit, not done, a question, something else
        (JOBS, "the car is taken to the garage tomorrow"),
        (JOBS, "the bins are collected on thursdays"),
        (JOBS, "the gate is repaired by the council"),
        # only a day after a booking is news of when (kept as test_deeds_told_then_ticked has it)
        (BOOKINGS, "the hall has been booked for next friday"),
        (PAPERS, "the visa forms will be sent to the embassy tomorrow"),
        (PAPERS, "the visa forms haven't been sent to the embassy yet"),
        (BOOKINGS, "is the hall booked for dad's party?"),
        (PAPERS, "the embassy was closed"),
    ],
)
async def test_near_misses_change_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, message: str
) -> None:
    await assert_changes(store, session_for, seeds, [message])
