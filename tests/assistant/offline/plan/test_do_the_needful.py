"""The plan stage, Indian English "do the needful" (do what is needed): "I have done the needful
for the passport verification, please close it" completes 'Passport police verification';
"add one task, I have to do the needful for Aadhaar address updation this week only" adds
'Update Aadhaar address' due by the end of this week ("X updation" is "update X"; "this week
only" stresses when, never part of the title). Before, the done report asked whether "needful
for the passport verification" meant the task, and the add kept 'Do the needful for Aadhaar
address update this week only'. Never harm: a promise to do it, a question, or "do the
needful" that names nothing changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, expected, play

SEEDS = "Passport police verification|Gas connection transfer|Electricity bill name change"


@pytest.mark.parametrize(
    ("said", "done"),
    [
        (
            "I have done the needful for the passport verification, please close it",
            "Passport police verification",
        ),
        ("done the needful for passport verification, pls close", "Passport police verification"),
        (
            "Sir I did the needful regarding the electricity bill name change",
            "Electricity bill name change",
        ),
        (
            "I have completed the needful for the gas connection transfer, kindly mark it done",
            "Gas connection transfer",
        ),
    ],
)
async def test_the_needful_done_completes_the_task_it_names(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, done: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], {done: "done"})


@pytest.mark.parametrize(
    ("said", "added"),
    [
        (
            "Kindly add one task, I have to do the needful for Aadhaar address updation this "
            "week only",
            "Update Aadhaar address@2026-11-27",
        ),
        (
            "kindly add task - have to do the needful for voter ID address updation this week only",
            "Update voter ID address@2026-11-27",
        ),
        (
            "add one task: I need to do the needful for mobile number updation in bank",
            "Update mobile number in bank",
        ),
        (
            "remind me to do the needful for LIC nominee updation by friday",
            "Update LIC nominee@2026-11-27",
        ),
        (
            "Please add: must do the needful for PAN Aadhaar linking this week only",
            "PAN Aadhaar linking@2026-11-27",
        ),
        ("add i have to do the needful for the car insurance renewal", "Car insurance renewal"),
        ("add need to pay the school fees this week only", "Pay the school fees@2026-11-27"),
    ],
)
async def test_the_needful_to_do_is_added_as_what_it_names(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, added: str
) -> None:
    state, _ = await play(store, session_for, "Seed", [said])
    assert state == expected(f"Seed|{added}", {})


@pytest.mark.parametrize(
    "said",
    [
        "I will do the needful for the passport verification tomorrow",
        "have you done the needful for the passport verification?",
        "please do the needful",
        "kindly do the needful regarding the gas connection transfer",
        "the needful for passport verification is pending",
        "what is due this week only?",
    ],
)
async def test_the_needful_not_done_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])
