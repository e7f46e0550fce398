"""The plan stage, a task taken off "as done" ("renewed my BLS cert today, can take that one off
as done"): ticked off, never deleted (it had deleted it); "take X off the list" alone still
deletes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Pick up scrubs from the laundry|Renew BLS certification|Swap Saturday shift with Keisha"
BLS = "Renew BLS certification"


@pytest.mark.parametrize(
    ("messages", "change"),
    [
        (["renewed my BLS cert on my break today, can take that one off as done"], "done"),
        (["take the BLS one off as done"], "done"),
        (["pls take the bls one off the list as completed"], "done"),
        (["what's on my list", "take the second one off as finished"], "done"),
        (["take the BLS one off the list"], "deleted"),
    ],
)
async def test_off_as_done_ticks_it(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    messages: list[str],
    change: str,
) -> None:
    await assert_changes(store, session_for, SEEDS, messages, {BLS: change})


async def test_it_off_as_done_with_nothing_named_asks(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(store, session_for, SEEDS, ["u can take it off as done"])
