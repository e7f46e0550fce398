"""The plan stage, a task named only by the kind of thing it is: words shared with a title only
as a word many tasks have ("service", "bill", "appointment", "insurance") beside a word of the
person's that no task has ("the boiler service reminder" with 'Book car service', "the phone
bill" with 'Pay electricity bill') name another thing: the reply says so or asks, naming the
near task, and nothing changes.

Never harm: the task named by its own words ("the car service one", "the boiler's done" for
'Book boiler service', "tick off the insurance"), typos of them ("delte the car servce"), a
kind word alone ("delete the service") and a word for nothing ("reminder", "task", "thing",
"one") beside the task's words still pick the task."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Book car service|Pay council tax|Renew home insurance"
BILLS = "Pay electricity bill|Book dentist appointment|Send visa application|Water the plants"


@pytest.mark.parametrize(
    ("seeds", "message"),
    [
        (SEEDS, "can you delete the boiler service reminder, the engineer came yesterday"),
        (SEEDS, "delete the boiler service"),
        (SEEDS, "remove the bike service task pls"),
        (SEEDS, "boiler service is done, tick it off"),
        (SEEDS, "tick off the pet insurance thing"),
        (SEEDS, "scrap the travel insurance one"),
        (SEEDS, "the dog tax is paid"),
        (BILLS, "delete the phone bill"),
        (BILLS, "paid the water bill, cross it off"),
        (BILLS, "the optician appointment is done"),
        (BILLS, "get rid of the passport application"),
        (BILLS, "mark the gym payment reminder done"),
    ],
)
async def test_a_kind_with_another_name_changes_nothing(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    message: str,
) -> None:
    reply = await assert_changes(store, session_for, seeds, [message])
    assert "deleted" not in reply.lower() and "as done" not in reply.lower()


async def test_the_reply_names_the_near_task(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    reply = await assert_changes(store, session_for, SEEDS, ["delete the boiler service"])
    assert "Book car service" in reply


@pytest.mark.parametrize(
    ("seeds", "message", "changes"),
    [
        (SEEDS, "delete the car service one", {"Book car service": "deleted"}),
        (SEEDS, "delte the car servce", {"Book car service": "deleted"}),
        (SEEDS, "delete the service reminder", {"Book car service": "deleted"}),
        (SEEDS, "tick off the insurance", {"Renew home insurance": "done"}),
        (SEEDS, "home insurance is sorted", {"Renew home insurance": "done"}),
        (SEEDS, "council tax paid, tick that thing off", {"Pay council tax": "done"}),
        (
            "Book boiler service|Pay council tax",
            "the boiler's done",
            {"Book boiler service": "done"},
        ),
        (BILLS, "paid the electric bill", {"Pay electricity bill": "done"}),
        (BILLS, "delete the dentist one", {"Book dentist appointment": "deleted"}),
        (BILLS, "visa application sent", {"Send visa application": "done"}),
        (BILLS, "remove the bill task", {"Pay electricity bill": "deleted"}),
    ],
)
async def test_the_task_named_by_its_own_words_is_picked(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    message: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, seeds, [message], changes)
