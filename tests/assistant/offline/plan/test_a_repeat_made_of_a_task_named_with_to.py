"""The plan stage, a task whose name holds a "to" made a thing that repeats: "make the email to
the accountant a monthly one so it keeps coming back" makes 'Email the accountant' repeat every
month. It had been read as a rename at the "to", renaming the task 'The accountant a monthly
one' (a harm found by the tickgate helper's grid).

Never harm: a rename with a "to" still renames, a repeat said of "it" still sets the repeat, and
a task that is not there changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play, repeats

SEEDS = "Email the accountant|Call mum|Drive kids to school"


@pytest.mark.parametrize(
    ("message", "task", "every"),
    [
        (
            "make the email to the accountant a monthly one so it keeps coming back",
            "Email the accountant",
            "every month",
        ),
        ("make the email to the accountant a monthly thing", "Email the accountant", "every month"),
        ("make the call to mum a weekly thing", "Call mum", "every week"),
        ("change the call to mum to a weekly one", "Call mum", "every week"),
        ("turn the call to mum into a daily reminder pls", "Call mum", "every day"),
        (
            "set the email to the accountant as a monthly task",
            "Email the accountant",
            "every month",
        ),
        ("make the drive to school a daily thing", "Drive kids to school", "every day"),
        ("make the call to mum a weekly one, she gets lonely", "Call mum", "every week"),
    ],
)
async def test_a_task_named_with_to_made_a_repeat_repeats_and_keeps_its_name(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    task: str,
    every: str,
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert sorted(t.partition("@")[0] for t in state) == sorted(SEEDS.split("|"))
    assert repeats(store)[task].lower().startswith(every)


@pytest.mark.parametrize(
    ("message", "titles"),
    [
        (
            "rename call mum to call mum back",
            ["Call mum back", "Drive kids to school", "Email the accountant"],
        ),
        (
            "change 'Call mum' to 'Call mum and dad'",
            ["Call mum and dad", "Drive kids to school", "Email the accountant"],
        ),
        ("make the email to the lawyer a monthly one", sorted(SEEDS.split("|"))),
        ("should i make the call to mum a weekly thing?", sorted(SEEDS.split("|"))),
        ("make the gym a weekly thing", sorted(SEEDS.split("|"))),
    ],
)
async def test_renames_and_repeats_of_no_task_stay_as_they_were(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, titles: list[str]
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert sorted(t.partition("@")[0] for t in state) == titles
    if titles == sorted(SEEDS.split("|")):
        assert repeats(store) == {}
