"""The plan stage, a task named, then its status said done ("GST return I filed yesterday
itself, please update the status as completed", "the dry cleaning, mark status done", "update
the status of the gst one to done", "set the gst return's status to done"): a task's status is
the task, so it is ticked off (it had looked for a task called 'status'); a return or form
"filed" or "lodged" is submitted ('Submit GST return'). Never harm: "mark the status done" with
no task named asks which, a title with the word status keeps it, a question of a status and a
thing filed that is no task change nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Submit GST return@2026-11-28|Pick up dry cleaning|Check visa status|Pay council rates"


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("filed the gst return this morning, update the status as done pls", "Submit GST return"),
        ("the dry cleaning, mark status done", "Pick up dry cleaning"),
        ("update the status of the gst one to done", "Submit GST return"),
        ("set the gst return's status to completed", "Submit GST return"),
        ("picked up the dry cleaning, change the status to complete", "Pick up dry cleaning"),
        ("lodged the GST return yesterday", "Submit GST return"),
        ("mark check visa status done", "Check visa status"),
        ("council rates paid, kindly update its status to done", "Pay council rates"),
    ],
)
async def test_a_task_named_then_its_status_said_done_completes_it(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], {title: "done"})


async def test_the_status_with_no_task_named_asks(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    reply = await assert_changes(store, session_for, SEEDS, ["mark the status done"])
    assert "which task" in reply.lower()


@pytest.mark.parametrize(
    "said",
    [
        "what's the status of the gst return?",
        "i filed the receipts in the cabinet",
        "filed a complaint with the council",
    ],
)
async def test_a_question_or_a_thing_filed_of_no_task_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])
