"""The plan stage, a day's report of several deeds ("ok update bc today has been insane: lab
report finally turned in and i emailed kim about the extension. still need to print the study
guide tho"): each deed is done, a paper "turned in", "handed in" or "submitted" with no "is"
before it is done ('Finish chem lab report'), why the update comes ("update bc ...:") is no
task, and what is still to do stays open (it had looked for a task called 'because'). Never
harm: a paper to be turned in, one not turned in, a question and what is still to do change
nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = (
    "Finish chem lab report|Write history essay|Call the dentist|Do the dishes|"
    "Submit timesheet|Pay the phone bill|Book the vet"
)


@pytest.mark.parametrize(
    ("said", "done"),
    [
        (
            "crazy day lol: essay finally handed in and i called the dentist. still need to do "
            "the dishes tho",
            ["Write history essay", "Call the dentist"],
        ),
        (
            "quick update because work was chaos: timesheet submitted, and i paid the phone "
            "bill. still gotta book the vet ugh",
            ["Submit timesheet", "Pay the phone bill"],
        ),
        (
            "ok update bc uni is killing me: lab report finally turned in 🙏 and i called the "
            "dentist. still need to write the essay",
            ["Finish chem lab report", "Call the dentist"],
        ),
        ("lab report turned in!", ["Finish chem lab report"]),
        ("history essay officially submitted 🎉", ["Write history essay"]),
    ],
)
async def test_each_deed_of_a_days_report_is_done_and_the_rest_stays_open(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, done: list[str]
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], dict.fromkeys(done, "done"))


@pytest.mark.parametrize(
    "said",
    [
        "still need to do the dishes tho ugh",
        "the lab report gets turned in on friday",
        "lab report not turned in yet",
        "is the lab report turned in?",
        "update bc today has been insane: nothing done lol",
    ],
)
async def test_a_paper_still_to_hand_in_or_a_question_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])
