"""The plan stage, "no is the report done, not the slides?": a question of whether a task is
done changes nothing (it ticked a task it named 'no is the report').
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

WORK = "Finish the report|Make the slides|Email the client"


@pytest.mark.parametrize(
    "message",
    [
        "no is the report done, not the slides?",
        "no is the report done not the slides",
        "wait is the report done, or the slides?",
        "no, is the report finished not the slides?",
        "hang on is the report done?",
        "is the report done, not the slides",
        "no no is the slides one done?",
        "so the report is done, not the slides?",
    ],
)
async def test_a_question_of_done_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, WORK, [message])


async def test_a_tick_said_with_no_still_ticks(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        WORK,
        ["no, the report is done, tick it off"],
        {"Finish the report": "done"},
    )
