"""The plan stage, a level set off in the middle of an add, then why: "add call the landlord
about the leak, very urgent, water everywhere" had added 'Call the landlord about the leak,
urgent, water everywhere' with no priority. The level is the task's priority and why it is so
is no part of the title: 'Call the landlord about the leak', high.

Never harm: more of the title after the level joins it ("..., urgent, about the trip"), a date
after it is its date, and a level that is a word of the title ("the urgent leak") stays."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

SEEDS = "Call mom"


async def _added(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> list[tuple[str, str | None, str | None]]:
    await play(store, session_for, SEEDS, [message])
    return [
        (t["title"], t["priority"], t["due_date"])
        for t in store.tasks.values()
        if t["title"] != "Call mom"
    ]


@pytest.mark.parametrize(
    ("message", "title"),
    [
        (
            "add call the landlord about the leak, very urgent, water everywhere",
            "Call the landlord about the leak",
        ),
        (
            "add call the landlord about the leak, very urgent - water everywhere",
            "Call the landlord about the leak",
        ),
        ("add fix the boiler, urgent because no hot water", "Fix the boiler"),
        ("add fix the boiler - urgent - no hot water", "Fix the boiler"),
        ("add call the landlord, urgent, no heating", "Call the landlord"),
        ("add fix the tap, asap, water everywhere", "Fix the tap"),
        ("add book the mechanic, urgent, brakes are squeaking", "Book the mechanic"),
        (
            "add ring the council - very urgent - bins not collected for 3 weeks",
            "Ring the council",
        ),
        ("add sort the roof, critical, rain coming in", "Sort the roof"),
        ("add fix the tap, high priority, water everywhere", "Fix the tap"),
        ("add pay the fine, super urgent, or else they double it", "Pay the fine"),
    ],
)
async def test_the_level_is_its_priority_and_why_no_title(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, title: str
) -> None:
    assert await _added(store, session_for, message) == [(title, "high", None)]


@pytest.mark.parametrize(
    ("message", "added"),
    [
        (
            "add email the school, urgent, about the trip",
            ("Email the school about the trip", "high", None),
        ),
        ("add call the bank, urgent, tomorrow at 9", ("Call the bank", "high", "2026-11-24")),
        ("add buy milk, urgent, for tomorrow", ("Buy milk", "high", "2026-11-24")),
        (
            "add call the landlord about the urgent leak",
            ("Call the landlord about the urgent leak", None, None),
        ),
        (
            "add call the landlord about the leak, urgent",
            ("Call the landlord about the leak", "high", None),
        ),
        ("add fix the tap, not urgent, whenever", ("Fix the tap", "low", None)),
    ],
)
async def test_more_of_the_title_or_a_date_stays(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    added: tuple[str, str | None, str | None],
) -> None:
    got = await _added(store, session_for, message)
    assert [(t, p, d[:10] if d else None) for t, p, d in got] == [added]
