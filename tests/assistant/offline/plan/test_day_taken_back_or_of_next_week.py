"""The plan stage, a day moved to and taken back in the same sentence with "actually", and a day
of next week said day first: "push the plumber to saturday, actually sunday is better" ends on
Sunday (it set Saturday: only "no wait" / "i mean" took a day back within a sentence), and
"move the plumber to thursday next week" is the Thursday of next week (it set next Monday: the
day was dropped, "next week" read alone). Never harm: "actually" before anything but a day
takes nothing back, a question moves nothing, and no other task moves."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Call the plumber@2026-11-25|Book the vet|Buy milk"


@pytest.mark.parametrize(
    ("said", "title", "due"),
    [
        ("push the plumber to saturday, actually sunday is better",
         "Call the plumber", "2026-11-29"),
        ("push the plumber to saturday, actually sunday", "Call the plumber", "2026-11-29"),
        ("move the plumber to friday, actually sun works better for him",
         "Call the plumber", "2026-11-29"),
        ("move plumber to sat, actually, monday would be better", "Call the plumber",
         "2026-11-30"),
        ("put the vet booking on thursday, actually friday is best", "Book the vet",
         "2026-11-27"),
        ("move the plumber to thursday next week", "Call the plumber", "2026-12-03"),
        ("move the plumber to thurs next wk", "Call the plumber", "2026-12-03"),
        ("push plumber to friday of next week pls", "Call the plumber", "2026-12-04"),
        ("can you put the vet one on tuesday next week", "Book the vet", "2026-12-01"),
        ("reschedule the plumber for wed next week please", "Call the plumber", "2026-12-02"),
    ],
)  # fmt: skip
async def test_the_day_meant_is_set(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str, due: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], {title: "@" + due})


async def test_an_add_on_a_day_of_next_week(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["add dentist on tuesday next week"])
    assert state == sorted([*SEEDS.split("|"), "Dentist@2026-12-01"])


@pytest.mark.parametrize(
    "said",
    [
        "is the plumber on thursday next week?",
        "push the plumber to saturday, actually that's fine",
        "mark the milk done, actually the bread too",
        "what's on thursday next week?",
        "push the plumber to saturday, actually no",
    ],
)
async def test_never_harm(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    changes = {"Call the plumber": "@2026-11-28"} if "that's fine" in said else {}
    await assert_changes(store, session_for, SEEDS, [said], changes)
