"""The plan stage, nothing dropped after a correction or a second target: "push the plumber to
saturday. no wait sunday is better, and mark the milk done" moves the plumber to sunday AND
ticks the milk (the request after "sunday is better" was eaten as the reason the new day suits);
"mark council tax and the yoga one done" with no yoga task asks (it ticked council tax and said
nothing of the yoga one). Never harm: a part that names no task stops the change and is said,
a request the user only plans ("i'll mark the milk done later") changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

PLUMBER = "Call the plumber@2026-11-27|Buy milk"
BILLS = "Council tax|Gym membership|Buy milk"


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("push the plumber to saturday. no wait sunday is better, and mark the milk done",
         "2026-11-29"),
        ("push the plumber to saturday. actually sunday is better, and mark the milk done",
         "2026-11-29"),
        ("move the plumber to friday, no wait saturday works better, and tick off the milk",
         "2026-11-28"),
        ("push the plumber to saturday... wait no sunday is better, then mark milk as done",
         "2026-11-29"),
        ("push the plumber to saturday, no wait sunday is better because we are away saturday, "
         "and mark the milk done", "2026-11-29"),
        ("push the plumbr to saturday. no wait sunday is better, and the milk is done",
         "2026-11-29"),
        ("move the plumber to thursday no wait friday would be better and mark the milk done",
         "2026-11-27"),
    ],
)  # fmt: skip
async def test_the_request_after_the_day_corrected_is_kept(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, day: str
) -> None:
    await assert_changes(
        store, session_for, PLUMBER, [said], {"Call the plumber": f"@{day}", "Buy milk": "done"}
    )


@pytest.mark.parametrize(
    "said",
    [
        "mark council tax and the gym one done",
        "tick off the gym one and council tax",
        "council tax and the gym thing are both done",
        "mark counsil tax and the gym one as done",
        "done with council tax and the gym membership",
    ],
)
async def test_both_targets_are_completed(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(
        store, session_for, BILLS, [said], {"Council tax": "done", "Gym membership": "done"}
    )


@pytest.mark.parametrize(
    ("said", "unclear"),
    [
        ("mark council tax and the yoga one done", "the yoga one"),
        ("mark council tax and the other one done", "the other one"),
        ("tick off council tax and my dentist thing", "my dentist thing"),
        ("mark the milk and the piano one as done", "the piano one"),
    ],
)
async def test_a_second_target_naming_nothing_is_said(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, unclear: str
) -> None:
    reply = await assert_changes(store, session_for, BILLS, [said])
    assert unclear in reply


@pytest.mark.parametrize(
    "said",
    [
        "push the plumber to saturday. no wait sunday is better, and i'll mark the milk done later",
        "move the plumber to friday, no wait saturday is better because friday we have prayer",
    ],
)
async def test_near_misses_leave_the_milk(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    state, _ = await play(store, session_for, PLUMBER, [said])
    assert "Buy milk" in state, state


async def test_the_gym_said_as_next_week_is_not_ticked(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(
        store, session_for, BILLS, ["mark council tax done and the gym one is next week"]
    )
    assert "Gym membership" in state, state
