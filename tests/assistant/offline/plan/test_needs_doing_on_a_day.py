"""The plan stage, when a task is to be done, said of it ("oh and the petrol one needs doing
tomorrow", "the ironing has to be done by friday", "petrol needs to be done tomorrow", "the
wiper fluid thing needs sorting by monday"): a date edit of that task, never a task added
'The petrol one needs doing'. Never harm: words that name no task stay an add as before, and
a thing said not to need doing till a day changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Get petrol|Get wiper fluid|Do the ironing"


async def test_after_adds_the_one_named_is_dated(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(
        store,
        session_for,
        "Do the ironing",
        ["add get petrol", "and wiper fluid", "oh and the petrol one needs doing tomorrow"],
    )
    assert state == ["Do the ironing", "Get petrol@2026-11-24", "Get wiper fluid"]


@pytest.mark.parametrize(
    ("said", "title", "day"),
    [
        ("the petrol one needs doing tomorrow", "Get petrol", "2026-11-24"),
        ("the ironing has to be done by friday", "Do the ironing", "2026-11-27"),
        ("petrol needs to be done tomorrow", "Get petrol", "2026-11-24"),
        ("the wiper fluid thing needs sorting by monday", "Get wiper fluid", "2026-11-30"),
        ("the ironing must get done on friday", "Do the ironing", "2026-11-27"),
        ("the petrol one has to happen by wednesday", "Get petrol", "2026-11-25"),
    ],
)
async def test_the_task_named_is_dated(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str, day: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], {title: "@" + day})


@pytest.mark.parametrize(
    "said",
    [
        "the petrol one doesnt need doing till friday",
        "the kids need to be done by 3",
        "the petrol should be done by friday",  # "should": how it ought to be, asked of no task
    ],
)
async def test_no_date_said_for_a_task_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert all(t in state for t in ["Get petrol", "Get wiper fluid", "Do the ironing"])


async def test_words_that_name_no_task_are_an_add(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["the bins need doing tonight"])
    assert len(state) == 4
