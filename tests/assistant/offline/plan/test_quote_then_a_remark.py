"""The plan stage, a quoted title then a remark with no pause ("pls delete 'buy costco hot dogs'
lmao my husband added that from my phone"): the quote names the task (it had asked whether
the whole sentence meant it)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Buy Costco hot dogs|Schedule dentist appointment|Return Amazon package"


@pytest.mark.parametrize(
    ("message", "meant", "change"),
    [
        (
            "pls delete 'buy costco hot dogs' lmao my husband added that",
            "Buy Costco hot dogs",
            "deleted",
        ),
        (
            "remove 'return amazon package' my bad it went back already",
            "Return Amazon package",
            "deleted",
        ),
        (
            "delete 'schedule dentist appointment' no need anymore",
            "Schedule dentist appointment",
            "deleted",
        ),
        ("tick 'return amazon package' haha finally", "Return Amazon package", "done"),
        ("delete 'buy costco hot dogs' our fridge is full", "Buy Costco hot dogs", "deleted"),
    ],
)
async def test_the_quote_names_the_task(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    meant: str,
    change: str,
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], {meant: change})


async def test_a_quote_matching_nothing_still_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(store, session_for, SEEDS, ["delete 'buy milk' lol my kid added it"])
