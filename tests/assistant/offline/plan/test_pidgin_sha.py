"""The plan stage, Nigerian "sha" (anyway, at least) after what is said: "I have submitted the
NYSC clearance form today sha, you can mark it" ticks 'Submit NYSC clearance form' (it had
asked whether 'submitted NYSC clearance form sha' meant it); "add buy fuel for the gen sha"
adds 'Buy fuel for the gen'. Never harm: a name "Sha" after "call", "text", "with", "to" is
kept, and a deed of another task ticks nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Submit NYSC clearance form|Buy fuel for gen|Call Tunde about aso ebi"


@pytest.mark.parametrize(
    "said",
    [
        "I have submitted the NYSC clearance form today sha, you can mark it",
        "submitted the nysc clearance form sha. mark it done",
        "the NYSC clearance form don submit sha, tick am",
    ],
)
async def test_a_deed_said_with_sha_ticks_it(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], {"Submit NYSC clearance form": "done"})


@pytest.mark.parametrize(
    ("said", "added"),
    [
        ("add buy fuel for the gen sha", "Buy fuel for the gen"),
        ("abeg add pay nepa bill sha", "Pay nepa bill"),
        ("add call sha", "Call sha"),
        ("add lunch with sha", "Lunch with sha"),
    ],
)
async def test_sha_leaves_a_title_but_a_name(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, added: str
) -> None:
    state, _ = await play(store, session_for, "Buy bread", [said])
    assert state == sorted(["Buy bread", added])


async def test_a_deed_of_something_else_ticks_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(store, session_for, SEEDS, ["I have submitted my CV today sha"])
