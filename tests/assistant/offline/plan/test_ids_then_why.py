"""The plan stage, a task named by its number, then why: "Please remove task number 2, no need
for it anymore, thank you" deletes task 2 (it had looked for a task 'number 2, no need for
it'); "delete 2, not needed now", "delete task 2, was cancelled", "delete #2, added it by
mistake". Never harm: a number that counts things ("delete 2 apples") is no id when a task
says it, and a reason alone changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Book Sahel chalet|Buy fanous for the kids|Pay Ahmed for the microbus"


@pytest.mark.parametrize(
    ("said", "changes"),
    [
        ("Please remove task number 2, no need for it anymore, thank you",
         {"Buy fanous for the kids": "deleted"}),
        ("delete 2, not needed now", {"Buy fanous for the kids": "deleted"}),
        ("delete task 2, was cancelled", {"Buy fanous for the kids": "deleted"}),
        ("remove #3, added it by mistake", {"Pay Ahmed for the microbus": "deleted"}),
        ("tick off task number 1, sorted it yesterday", {"Book Sahel chalet": "done"}),
        ("remove item 3, it's no longer needed", {"Pay Ahmed for the microbus": "deleted"}),
    ],
)  # fmt: skip
async def test_the_number_names_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, changes: dict[str, str]
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], changes)


@pytest.mark.parametrize(
    "said", ["no need for it anymore", "task number 2 was cancelled?", "is 2 still needed?"]
)
async def test_never_harm(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])
