"""The plan stage, a group named by an occasion: "delete everything to do with the cottage trip"
is every cottage task ('Book the cottage for August' is for the trip without saying "trip"). A
group of several words had become the tasks carrying all of them (right for "the wedding
committee things"), which left one task of three and deleted it without asking for approval.

Never harm: a group of words that are not an occasion still needs all of them ('Buy gift for
Njeri's wedding' is no wedding committee task)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

COTTAGE = (
    "Book the cottage for August|Buy bug spray for the cottage|"
    "Pick up groceries for the cottage trip|Call Grandma"
)
GOA = "Book Goa hotel|Buy sunscreen for Goa trip|Goa trip rent scooter|Submit timesheet"
GONE = "deleted"


@pytest.mark.parametrize(
    ("seeds", "message", "changes"),
    [
        (
            COTTAGE,
            "ugh honestly just delete everything to do with the cottage trip",
            {t: GONE for t in COTTAGE.split("|")[:3]},
        ),
        (
            COTTAGE,
            "delete all the cottage trip stuff",
            {t: GONE for t in COTTAGE.split("|")[:3]},
        ),
        (
            COTTAGE,
            "mark all the cottage trip things done",
            {t: "done" for t in COTTAGE.split("|")[:3]},
        ),
        (
            GOA,
            "delete all the tasks for the Goa trip, trip is cancelled",
            {t: GONE for t in GOA.split("|")[:3]},
        ),
        (GOA, "delete all the Goa trip stuff", {t: GONE for t in GOA.split("|")[:3]}),
        (GOA, "scrap all the Goa trip tasks", {t: GONE for t in GOA.split("|")[:3]}),
    ],
)
async def test_a_group_named_by_an_occasion_is_every_task_for_it(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    message: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, seeds, [message], changes)


WEDDING = (
    "Wedding committee collect pledges|Wedding committee book tent|Pay Zuku internet|"
    "Buy gift for Njeri's wedding"
)


@pytest.mark.parametrize(
    ("message", "changes"),
    [
        (
            "All the wedding committee things are done now, mark them",
            {"Wedding committee collect pledges": "done", "Wedding committee book tent": "done"},
        ),
        (
            "delete all the wedding committee stuff",
            {"Wedding committee collect pledges": GONE, "Wedding committee book tent": GONE},
        ),
        ("delete all the hockey trip stuff", {}),
        ("should i delete all the wedding committee stuff?", {}),
    ],
)
async def test_a_group_of_other_words_still_needs_them_all(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, changes: dict[str, str]
) -> None:
    await assert_changes(store, session_for, WEDDING, [message], changes)
