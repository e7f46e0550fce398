"""The plan stage, a task of buying named by its shopping: "the X shopping" or "the shopping for
X" in a delete or a completion names the task 'Buy ... X' / 'Get ... for X' (shopping is
buying), only when one task fits; two that fit are asked about, and "the shopping" alone, or a
thing no task buys, changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

PARTY = "Buy balloons for the birthday|Call the caterer|Book the hall"
TWO = "Buy cake for the birthday|Buy balloons for the birthday|Call the caterer"


@pytest.mark.parametrize(
    ("message", "changes"),
    [
        (
            "cancel the balloon shopping, we're doing a quiet one now",
            {"Buy balloons for the birthday": "deleted"},
        ),
        ("scrap the shopping for the balloons", {"Buy balloons for the birthday": "deleted"}),
        ("mark the balloons shopping done", {"Buy balloons for the birthday": "done"}),
    ],
)
async def test_a_things_shopping_names_the_task_buying_it(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, PARTY, [message], changes)


@pytest.mark.parametrize(
    ("seeds", "message"),
    [
        (TWO, "forget the birthday shopping"),
        (PARTY, "forget the shopping"),
        (PARTY, "cancel the weekly shopping"),
        (PARTY, "drop the caterer shopping"),
        (PARTY, "cancel the shoe shopping"),
        (PARTY, "add the balloon shopping"),
    ],
)
async def test_shopping_that_fits_no_one_task_changes_no_task(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, message: str
) -> None:
    state_before = sorted(seeds.split("|"))
    state, _ = await play(store, session_for, seeds, [message])
    assert [s for s in state if s in state_before] == state_before
