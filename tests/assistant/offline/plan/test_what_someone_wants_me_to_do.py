"""The plan stage, what someone wants me to do, with a request to note it, is the task: "Just
from the chama meeting, treasurer wants me to print our contribution records. Put that on my
list please" adds 'Print our contribution records' (it had added 'Just from the chama
meeting'). Never harm: the same words with no request to note them add nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Pay school fees"


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("my boss asked me to send the slides by friday, add it", "Send the slides"),
        ("coach told me to bring the cones on saturday, stick it on my list", "Bring the cones"),
        ("mum would like me to call grandpa tonight, can you add that?", "Call grandpa"),
        ("After the PTA meeting: the principal wants me to email the parents. Put that on my list",
         "Email the parents"),
        ("the landlord needs me to send a copy of my ID. pop it on the list pls",
         "Send a copy of my ID"),
    ],
)  # fmt: skip
async def test_what_they_want_is_added(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    added = [t for t in store.tasks.values() if t["title"] != SEEDS]
    assert len(added) == 1 and added[0]["title"] == title, state


@pytest.mark.parametrize(
    "said",
    [
        "she wants me to stop worrying so much lol",
        "my boss wants me to add the figures to the report",
        "my sister wants me to put her on the guest list",
        "he told me to relax",
    ],
)
async def test_never_harm(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])
