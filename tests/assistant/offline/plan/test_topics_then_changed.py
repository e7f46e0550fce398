"""The plan stage, a thing named first with news of it, then "remove it" or "tick it" ("maid
salary I will pay next month only so remove it"): "it" is the task the thing names, and the news
is no task to add (it had added 'Maid salary I will pay only' and deleted that). Never harm: an
add asked plainly, then "delete it", is still that add undone; a thing that names no task
changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Get gas cylinder refilled|Pay maid salary|Buy Diwali diyas"


@pytest.mark.parametrize(
    ("message", "changes"),
    [
        ("maid salary I will pay next month only so remove it", {"Pay maid salary": "deleted"}),
        ("maid salary we'll sort out in january so delete it", {"Pay maid salary": "deleted"}),
        ("gas cylinder came today so tick it", {"Get gas cylinder refilled": "done"}),
        (
            "gas cylinder got refilled this morning, mark it done",
            {"Get gas cylinder refilled": "done"},
        ),
    ],
)
async def test_a_thing_with_news_then_it_names_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, changes: dict[str, str]
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], changes)


async def test_an_add_asked_plainly_then_deleted_is_undone(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(store, session_for, SEEDS, ["add buy milk tomorrow, and delete it"])


async def test_a_thing_naming_no_task_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store, session_for, SEEDS, ["car insurance I will pay next month so remove it"]
    )
