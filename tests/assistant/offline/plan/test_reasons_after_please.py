"""The plan stage, a reason after "please" with no comma ("get rid of 66 pls dont need it
anymore"): the "please" ends the request, so the task is the one named before it (it had added
a task 'Get rid of 66'); a request said after "please" is still read."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Study for driving test|Return Amazon parcel|Buy phone case"


@pytest.mark.parametrize(
    ("message", "changes"),
    [
        ("get rid of 2 pls dont need it anymore", {"Return Amazon parcel": "deleted"}),
        ("get rid of task 2 pls dont need it anymore", {"Return Amazon parcel": "deleted"}),
        ("delete #2 please no longer needed", {"Return Amazon parcel": "deleted"}),
        ("bin the phone case one pls i already got one", {"Buy phone case": "deleted"}),
        ("scrap the amazon one pls i already returned it", {"Return Amazon parcel": "deleted"}),
        ("ditch 3 please we sorted it", {"Buy phone case": "deleted"}),
    ],
)
async def test_the_task_before_please_is_changed(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], changes)


async def test_nothing_is_added_from_a_delete_with_a_reason(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(store, session_for, SEEDS, ["get rid of 9 pls dont need it anymore"])
