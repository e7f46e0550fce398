"""The plan stage, a thing handed over by the one a task gets it from or gives it to: "kofi
gave back the drill" had ticked 'Borrow drill from Kofi' and 'Return Kofi's drill' (the
giver read as a word of the thing). Kofi giving the drill back is his deed, the other way from
the user's borrowing or returning it: asked, never ticked.

Never harm: the user's own giving back ("gave kofi his drill back"), getting the thing from
them ("got the drill from kofi", "picked up the drill from kofi") still tick."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play


@pytest.mark.parametrize(
    ("task", "message"),
    [
        ("Borrow drill from Kofi", "kofi gave back the drill"),
        ("Borrow drill from Kofi", "Kofi gave the drill back to me"),
        ("Borrow drill from Kofi", "kofi returned the drill"),
        ("Borrow drill from Kofi", "kofi handed the drill back"),
        ("Borrow drill from Kofi", "kofi gave the drill back yesterday"),
        ("Return Kofi's drill", "kofi gave back the drill"),
        ("Return Kofi's drill", "Kofi returned the drill"),
        ("Return Kofi's drill", "kofi handed back the drill"),
        ("Borrow the ladder from Sam", "sam gave the ladder back"),
        ("Return the projector to Priya", "priya returned the projector"),
    ],
)
async def test_the_other_one_giving_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], task: str, message: str
) -> None:
    state, _ = await play(store, session_for, f"{task}|Buy milk", [message])
    assert state == sorted([task, "Buy milk"])


@pytest.mark.parametrize(
    ("seeds", "message", "changes"),
    [
        (
            "Return Kofi's drill|Buy milk",
            "gave kofi his drill back",
            {"Return Kofi's drill": "done"},
        ),
        ("Return Kofi's drill|Buy milk", "returned kofi's drill", {"Return Kofi's drill": "done"}),
        (
            "Borrow drill from Kofi|Buy milk",
            "got the drill from kofi",
            {"Borrow drill from Kofi": "done"},
        ),
        (
            "Borrow drill from Kofi|Buy milk",
            "borrowed kofi's drill",
            {"Borrow drill from Kofi": "done"},
        ),
        (
            "Return the projector to Priya|Buy milk",
            "gave priya the projector back",
            {"Return the projector to Priya": "done"},
        ),
        (
            "Borrow drill from Kofi|Buy milk",
            "picked up the drill from kofi",
            {"Borrow drill from Kofi": "done"},
        ),
        (
            "Return the projector to Priya|Buy milk",
            "returned the projector to priya",
            {"Return the projector to Priya": "done"},
        ),
    ],
)
async def test_the_users_own_deed_still_acts(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    message: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, seeds, [message], changes)


async def test_giving_it_back_to_the_lender_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    # the user giving the drill back is no borrowing (asked, as before)
    state, _ = await play(
        store, session_for, "Borrow drill from Kofi", ["gave the drill back to kofi"]
    )
    assert state == ["Borrow drill from Kofi"]
