"""The plan stage, a task named first, then why, then a change of "it": "the last one, i ended up
paying a bloke to do it so just delete it" after a listing deletes the last task shown (it had
looked for a task 'ended up paying a bloke to do it'); "the hedge one, my brother did it for me so
tick it off" completes the hedge task. Never harm: a question, a change not asked, a named word
that fits two tasks, or a reason that tells of no "it" changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Trim the hedge|Paint the shed|Book the chimney sweep"
TWO_SHEDS = "Trim the hedge|Paint the shed|Clear out the shed"


@pytest.mark.parametrize(
    ("said", "changes"),
    [
        (
            "the last one, my uncle knows a sweep who did it for free so just delete it",
            {"Book the chimney sweep": "deleted"},
        ),
        ("the second one, we got a painter in to do it so bin it", {"Paint the shed": "deleted"}),
        ("the hedge one, my brother did it for me so tick it off", {"Trim the hedge": "done"}),
        ("the first one, the neighbours sorted it. mark it done pls", {"Trim the hedge": "done"}),
        (
            "that shed one, ended up paying someone to do it, remove it",
            {"Paint the shed": "deleted"},
        ),
    ],
)
async def test_named_then_why_then_it_changes_the_named_task(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, SEEDS, ["show me my list", said], changes)


@pytest.mark.parametrize(
    ("seeds", "said"),
    [
        (SEEDS, "the last one, did i already do it?"),
        (SEEDS, "the last one, my uncle might do it for free"),
        (SEEDS, "the last one, the sweep said he'd do it next month"),
        (TWO_SHEDS, "the shed one, my dad did it so delete it"),
        (SEEDS, "the last one was a nightmare, i finally did it so delete it"),
    ],
)
async def test_near_misses_change_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, said: str
) -> None:
    await assert_changes(store, session_for, seeds, ["show me my list", said])
