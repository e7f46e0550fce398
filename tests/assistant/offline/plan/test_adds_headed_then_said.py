"""The plan stage, an add asked as a heading, then the task said in a sentence of its own ("Can
you please add a task. I must get the winter tyres changed at the garage, latest until 15.
December.", "new reminder pls! renew the car tax by friday"): the sentence after the heading is
the task, and a day written the German way ("15. December", "24. Dec.") with "latest until" or
"at the latest on" before it is its due date. Never harm: a heading followed by a question, a
hold-on or thanks adds nothing and still asks what the task should say."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Buy Adventskranz candles|Return library books:done"


@pytest.mark.parametrize(
    ("message", "added"),
    [
        (
            "Can you please add a task. I must get the winter tyres changed at the garage, latest "
            "until 15. December.",
            ["Get the winter tyres changed at the garage@2026-12-15"],
        ),
        ("add pay rent, latest by 3. January", ["Pay rent@2027-01-03"]),
        ("add a reminder. call the vet tomorrow", ["Call the vet@2026-11-24"]),
        ("new reminder pls! renew the car tax by friday", ["Renew the car tax@2026-11-27"]),
        (
            "please create a new task. Pick up the dry cleaning on saturday",
            ["Pick up the dry cleaning@2026-11-28"],
        ),
        (
            "add a task. Buy flowers for Oma, at the latest on 24. Dec.",
            ["Buy flowers for Oma@2026-12-24"],
        ),
        ("add a task. I need to call the bank", ["Call the bank"]),
    ],
)
async def test_the_sentence_after_the_heading_is_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: list[str]
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == sorted([*SEEDS.split("|"), *added])


@pytest.mark.parametrize(
    "message",
    [
        "add a task. what's due today?",
        "add a task. thanks",
        "add a task. hold on",
        "add a task. I'll tell you what later",
        "add a new item. wait, never mind",
    ],
)
async def test_a_heading_then_no_task_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message])
