"""The plan stage, a due date taken off a task with chatter after it, "I'll" typed without the
apostrophe ("take the date off the car insurance one, ill sort it whenever", "..., ill deal
with it later"): the chatter is a remark, the task named loses its date. Never harm: "ill" that
means sick ("visit ill gran", "the kids are ill") stays a word of a title or a remark, and a
question or a refusal changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Renew car insurance@2026-12-04|Hoover the stairs@2026-11-25"


@pytest.mark.parametrize(
    "said",
    [
        "take the date off the car insurance one, ill sort it whenever",
        "take the date off the insurance one, ill deal with it later",
        "no due date for the car insurance pls, ill do it when i can",
        "car insurance doesnt need a date anymore, ill get to it eventually",
        "the car insurance one, remove the date, ill sort it",
        "remove the due date from the insurance task, no rush",
    ],
)
async def test_the_date_goes_and_the_chatter_is_a_remark(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], {"Renew car insurance": "nodue"})


@pytest.mark.parametrize(
    "said",
    [
        "when is the car insurance due? ill sort it whenever",
        "dont take the date off the car insurance one, ill need it",
        "ill sort the car insurance whenever",
        "im ill, cant hoover the stairs today",
    ],
)
async def test_a_question_a_refusal_or_a_plan_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("add visit ill gran", "Visit ill gran"),
        ("add buy medicine, the kids are ill", "Buy medicine"),
    ],
)
async def test_ill_meaning_sick_stays(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert title in state
