"""The plan stage, a deadline said as a remark after an add whose title has a number in it
("kindly add one task - submit Form 16 to HR, last date is friday", "add renew the 2 parking
permits, deadline is thursday"): the task is due that day and the remark leaves the title (a
number of the title had stopped the reading, adding 'Submit Form 16 to HR, last date is').
Never harm: an add with a time of its own keeps it ("add call the bank at 3pm, deadline is
friday"), and a deadline said of a listed task with no add adds nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import new_tasks, play

SEEDS = "Book cab for airport|Call CA about ITR"


@pytest.mark.parametrize(
    ("said", "added"),
    [
        ("hi, kindly add one task - submit form 12 to accounts, last date is friday. thanks",
         "Submit form 12 to accounts@2026-11-27"),
        ("add renew the 2 parking permits, deadline is thursday",
         "Renew the 2 parking permits@2026-11-26"),
        ("put pay invoice 4471, due date is the 12th", "Pay invoice 4471@2026-12-12"),
        ("add return 3 library books, last date is monday", "Return 3 library books@2026-11-30"),
        ("add fill in form 16, the date is 5th", "Fill in form 16@2026-12-05"),
    ],
)  # fmt: skip
async def test_the_deadline_dates_the_add(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, added: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert state == sorted([*SEEDS.split("|"), added])


async def test_a_time_of_its_own_is_kept(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    said = "add call the bank at 3pm, deadline is friday"
    state, _ = await play(store, session_for, SEEDS, [said])
    added = new_tasks(state, SEEDS)
    assert len(added) == 1 and added[0].startswith("Call the bank@2026-11-23T15:00")


async def test_a_deadline_of_a_listed_task_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await play(store, session_for, SEEDS, ["the deadline for the cab is friday"])
    assert len(store.tasks) == 2
