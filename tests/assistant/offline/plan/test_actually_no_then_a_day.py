"""The plan stage, "move the vet to thursday at 10am, actually no, saturday": "actually no",
"nah actually", "no actually" then a day corrects the day said in the same message (it looked
for a task 'saturday'). The choice: a correction of only the day keeps the time said in that
message, as ", no wait, saturday" already did.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

VET = "Take Maple to the vet|Buy Maple's kibble"


@pytest.mark.parametrize(
    ("message", "due"),
    [
        ("move the vet to thursday at 10am, actually no, saturday", "2026-11-28T10:00:00+00:00"),
        ("move the vet to thursday at 10am, actually no saturday", "2026-11-28T10:00:00+00:00"),
        ("put the vet on wednesday at 3pm, actually nah, friday", "2026-11-27T15:00:00+00:00"),
        ("move the vet appt to thursday, nah actually saturday", "2026-11-28"),
        ("push the vet to friday, no actually, monday", "2026-11-30"),
        ("move the vet to thursday at 10am, actually nope, saturday", "2026-11-28T10:00:00+00:00"),
        ("set the vet for tuesday - actually no, wednesday", "2026-11-25"),
        ("move the vet to thursday at 10am, no wait, saturday", "2026-11-28T10:00:00+00:00"),
    ],
)
async def test_actually_no_then_a_day_corrects_the_day(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, due: str
) -> None:
    state, _ = await play(store, session_for, VET, [message])
    assert state == sorted([f"Take Maple to the vet@{due}", "Buy Maple's kibble"])


@pytest.mark.parametrize(
    "message",
    [
        # taken back whole: nothing moved
        "move the vet to thursday, actually no, leave it",
        "move the vet to thursday at 10am, actually no, don't",
        "move the vet to thursday, actually no",
    ],
)
async def test_actually_no_without_a_day_moves_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, VET, [message])
