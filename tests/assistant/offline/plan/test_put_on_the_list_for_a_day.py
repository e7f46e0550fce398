"""The plan stage, a thing "put" on the list for a day with no word between ("please put
dentist appointment thursday at 4pm", "put dentist appt tmrw 10am"): the task so named gets the
date, and with none so named the thing is added with it, without the "put".

Never harm: it had ticked a task so named off, reading "put" as a deed said by when it was done.
A thing put somewhere ("put the bins out this morning", "put the washing away at 4pm") is still
a deed, and a thing put in something ("put gas in the car friday") keeps its "put"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play


@pytest.mark.parametrize(
    ("message", "due"),
    [
        ("please put dentist appointment thursday at 4pm", "2026-11-26T16:00:00+00:00"),
        ("put dentist appointment tmrw 10am", "2026-11-24T10:00:00+00:00"),
        ("pls put the dentist appointment friday", "2026-11-27"),
    ],
)
async def test_a_thing_put_for_a_day_names_the_task_it_dates(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, due: str
) -> None:
    await assert_changes(
        store,
        session_for,
        "Dentist appointment|Buy tortillas",
        [message],
        {"Dentist appointment": f"@{due}"},
    )


@pytest.mark.parametrize(
    ("message", "task"),
    [
        (
            "I finished the english homework, and please put dentist appointment thursday at 4pm",
            "Dentist appointment@2026-11-26T16:00:00+00:00",
        ),
        ("put parents evening wednesday 6pm", "Parents evening@2026-11-25T18:00:00+00:00"),
        ("put gas in the car friday", "Put gas in the car@2026-11-27"),
    ],
)
async def test_a_thing_put_for_a_day_that_names_no_task_is_added(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, task: str
) -> None:
    state, _ = await play(store, session_for, "English homework|Buy tortillas", [message])
    assert task in state
    assert "Buy tortillas" in state


@pytest.mark.parametrize("message", ["put the bins out this morning", "put the bins out earlier"])
async def test_a_thing_put_somewhere_is_still_a_deed(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(
        store,
        session_for,
        "Put the bins out|Dentist appointment",
        [message],
        {"Put the bins out": "done"},
    )
