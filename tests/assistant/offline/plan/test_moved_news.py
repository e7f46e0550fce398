"""The plan stage, a new time told as news of a task, named by its words or its initials ("the
PTM tomorrow has been shifted to 4pm, kindly update it" for 'Parent-teacher meeting at
school'): that task moves, and no task is added. Never harm: news of a task not on the list adds
nothing and moves nothing, and initials that fit no title alone name nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Parent-teacher meeting at school@2026-11-24T12:00:00+00:00|Pay URA tax"
MOVED = {"Parent-teacher meeting at school": "@2026-11-24T16:00:00+00:00"}


@pytest.mark.parametrize(
    "said",
    [
        "the PTM tomorrow has been shifted to 4pm, kindly update it",
        "PTM moved to 4pm tomorrow, update it",
        "the PTM has been pushed to 4pm",
        "the parent teacher meeting has been moved to 4pm, update it",
    ],
)
async def test_the_task_moves_and_nothing_is_added(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], MOVED)


@pytest.mark.parametrize(
    "said",
    [
        "the dentist has been shifted to 4pm, update it",
        "the PTA has been shifted to 4pm, update it",
    ],
)
async def test_news_of_no_task_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])


async def test_initials_of_two_titles_name_neither(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seeds = "Parent-teacher meeting@2026-11-24T12:00:00+00:00|Post tax money@2026-11-25"
    await assert_changes(store, session_for, seeds, ["the PTM has been shifted to 4pm, update it"])
