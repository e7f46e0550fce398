"""The plan stage, a deed told beside what is still to come or why ("finished reading ch 4
tonight, chapter 5 tomorrow hopefully", "take off the email to siobhan pls, we sorted it on the
phone"): only the deed said done is ticked, and a deed of "it" said as why a task goes ticks no
other task. Before, the first ticked 'Read chapter 5' too and the second 'Call Siobhan' ("on the
phone"): both harms of batch 229 (the session of 2026-12-04 19:56 UTC)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Read chapter 4|Read chapter 5|Email Siobhan re hen do|Call Siobhan|Pay rent"


@pytest.mark.parametrize(
    ("message", "changes"),
    [
        (
            "finished reading ch 4 tonight, chapter 5 tomorrow hopefully",
            {"Read chapter 4": "done"},
        ),
        ("read chapter 4 last night, chapter 5 later", {"Read chapter 4": "done"}),
        ("done chapter 4, chapter 5 on sunday", {"Read chapter 4": "done"}),
        # both said done
        (
            "finished chapter 4 and chapter 5",
            {"Read chapter 4": "done", "Read chapter 5": "done"},
        ),
        (
            "take off the email to siobhan pls, we sorted it on the phone",
            {"Email Siobhan re hen do": "deleted"},
        ),
        ("delete the email to siobhan, we sorted it", {"Email Siobhan re hen do": "deleted"}),
        ("we sorted it on the phone", {}),
    ],
)
async def test_only_the_deed_said_done_is_ticked(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], changes)
