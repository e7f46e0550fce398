"""The plan stage, a change told as what someone else did, then a request or a pointer: a task
named, then someone's move in a learner's present ("the meeting with the accountant, she move it
for tomorrow at 10 am, can you change it please"); after an add with a time, the hour taken back
and the one someone said ("no wait not 5, her sir just messaged its 6 today"). Never harm: a
story with no new date or hour, or two tasks that could be the one named, changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, new_tasks, play

SEEDS = "Dentist appointment|Piano lesson|Call with Priya|Buy milk"


@pytest.mark.parametrize(
    ("said", "moved", "due"),
    [
        ("the dentist appointment, he change it to friday, can you update it",
         "Dentist appointment", "2026-11-27"),
        ("my piano lesson, they move it for thursday at 4pm, pls change it", "Piano lesson",
         "2026-11-26T16:00:00+00:00"),
        ("the call with Priya, she push it to tomorrow", "Call with Priya", "2026-11-24"),
        ("the dentist appointment, she moved it to monday", "Dentist appointment", "2026-11-30"),
    ],
)  # fmt: skip
async def test_someones_move_of_a_named_task_dates_it(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, moved: str, due: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], {moved: "@" + due})


@pytest.mark.parametrize(
    ("messages", "added"),
    [
        (["add collect Amir from cricket today at 4pm", "oh not 4, the coach texted me, its 5 now"],
         "Collect Amir from cricket@2026-11-23T17:00:00+00:00"),
        (["add call the plumber tomorrow at 9am", "no not 9, he rang and said its 10"],
         "Call the plumber@2026-11-24T10:00:00+00:00"),
    ],
)  # fmt: skip
async def test_what_someone_said_after_an_add_dates_it(
    store: TaskStore, session_for: Callable[..., ChatSession], messages: list[str], added: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, messages)
    assert state == sorted([*SEEDS.split("|"), added])


@pytest.mark.parametrize(
    "messages",
    [
        ["the dentist appointment got moved lol"],
        ["she moved house to leeds"],
        ["the piano lesson, she move it lol"],
        ["add collect Amir from cricket today at 4pm", "the coach just texted me lol"],
        ["add print the slides", "the essay is due friday"],
    ],
)
async def test_a_story_with_no_new_date_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], messages: list[str]
) -> None:
    state, _ = await play(store, session_for, SEEDS, messages)
    assert new_tasks(state, SEEDS) in (
        [],
        ["Collect Amir from cricket@2026-11-23T16:00:00+00:00"],
        ["Print the slides"],
    )
    assert all(s in state for s in SEEDS.split("|"))


async def test_two_tasks_either_the_one_named_ask(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seeds = "Meeting with accountant|Meeting with landlord"
    said = "the meeting, she move it for tomorrow at 10 am, can you change it please"
    await assert_changes(store, session_for, seeds, [said])
