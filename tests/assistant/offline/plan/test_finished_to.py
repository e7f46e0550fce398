"""The plan stage, a learner's "finished" said with "to" before the deed ("we finish to prune
the avocado trees", "I finished to pay the rent"): the task is done, and with a second deed and
"mark both" both are. Never harm: a deed still to finish ("we will finish to prune ...", "i want
to finish to ...") completes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Prune the avocado trees|Fix the irrigation pump|Pay rent"


@pytest.mark.parametrize(
    ("said", "changes"),
    [
        ("we finish to prune the avocado trees", {"Prune the avocado trees": "done"}),
        ("I finished to pay the rent", {"Pay rent": "done"}),
        (
            "We finish to prune the avocado trees, and the pump also is fixed now. Mark both "
            "please",
            {"Prune the avocado trees": "done", "Fix the irrigation pump": "done"},
        ),
    ],
)
async def test_finished_to_a_deed_completes_its_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, changes: dict[str, str]
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], changes)


async def test_a_deed_still_to_finish_completes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store, session_for, SEEDS, ["we will finish to prune the avocado trees tomorrow"]
    )
