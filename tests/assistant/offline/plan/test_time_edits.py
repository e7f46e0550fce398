"""The plan stage, a new time for a task, keeping its day: "set the time for the standup
tomorrow to 9:30am please", "change the time to 4pm", "actually make it 4, school finishes
late today" (a reason after the time, whose "today" is no date of the task), "change the
start time of the standup to 10". Never harm: with no task talked about, a bare time changes
nothing, and a time for a task not on the list changes no other task."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

STANDUP = "Team standup call@2026-11-24|Buy pandesal"


@pytest.mark.parametrize(
    ("said", "when"),
    [
        ("set the time for the standup tomorrow to 9:30am please", "09:30"),
        ("set the time for the standup to 9:30am", "09:30"),
        ("change the time of the standup to 10am", "10:00"),
        ("change the start time of the standup to 10am", "10:00"),
        ("can you set the time on the standup call to 8:45am", "08:45"),
    ],
)
async def test_the_time_of_a_task_named(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, when: str
) -> None:
    await assert_changes(
        store, session_for, STANDUP, [said], {"Team standup call": f"@2026-11-24T{when}:00+00:00"}
    )


@pytest.mark.parametrize(
    "said",
    [
        "actually make it 4, school finishes late today",
        "make it 4pm",
        "change the time to 4pm",
        "actually make it 4pm - school finishes late",
        "change it to 4, they finish late today",
    ],
)
async def test_the_time_of_the_task_just_added(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    state, _ = await play(
        store, session_for, "Buy pandesal", ["add pick up the kids today at 3pm", said]
    )
    assert state == ["Buy pandesal", "Pick up the kids@2026-11-23T16:00:00+00:00"]


@pytest.mark.parametrize("said", ["change the time to 4pm", "make it 4, school finishes late"])
async def test_with_no_task_talked_about_nothing_changes(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, STANDUP, [said])


async def test_the_time_of_a_task_not_on_the_list_changes_no_other(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, STANDUP, ["set the time for the dentist to 9:30am"])
    assert "Team standup call@2026-11-24" in state and "Buy pandesal" in state
