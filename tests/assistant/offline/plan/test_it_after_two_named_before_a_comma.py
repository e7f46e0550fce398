"""The plan stage: "it" after a clause that names two tasks side by side, cut off by a comma
or "so" rather than a full stop ("the hen party is the same night as the fun run, delete it"),
is open: the model asks, naming both, and changes nothing. "them" / "both of them" there means
the two, and "bump X up" raises X ("the photographer and the deposit are both urgent, bump both
of them up" sets both to high; "bump both of them up" was not read at all).

Never harm: a clause naming one task still gives "it" its task ("the hen party got cancelled,
delete it"); "bump X up to friday" moves X, it sets no priority.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Hen party|Fun run|Buy milk"


@pytest.mark.parametrize(
    "said",
    [
        "the hen party is the same night as the fun run, delete it",
        "the hen party clashes with the fun run, so bin it",
        "the fun run and the hen party are on the same day, cancel it",
        "hen party's the same night as the fun run so ditch it",
        "the hen party is on the same night as the fun run - remove it pls",
        "the fun run is the same day as the hen party, can you take it off",
        "turns out the fun run is the same day as the hen party, so delete it",
        "the fun run falls on the same weekend as the hen party, get rid of it",
        "the hen party overlaps with the fun run, mark it done",
    ],
)
async def test_it_after_two_named_asks_naming_both(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    reply = await assert_changes(store, session_for, SEEDS, [said])
    assert "Hen party" in reply and "Fun run" in reply, reply


@pytest.mark.parametrize(
    ("said", "changes"),
    [
        ("the hen party got cancelled, delete it", {"Hen party": "deleted"}),
        ("the fun run is on the same day as my birthday, delete it", {"Fun run": "deleted"}),
        ("the fun run is off now, so bin it", {"Fun run": "deleted"}),
        ("the hen party and the fun run are both off, delete both of them",
         {"Hen party": "deleted", "Fun run": "deleted"}),
        ("we did the fun run yesterday, tick it off", {"Fun run": "done"}),
    ],
)  # fmt: skip
async def test_one_named_or_both_still_acts(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, changes: dict[str, str]
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], changes)


PHOTO = "Call the photographer|Pay the deposit|Buy milk@2026-11-27"


def _levels(store: TaskStore) -> dict[str, str | None]:
    return {t["title"]: t.get("priority") for t in store.tasks.values()}


@pytest.mark.parametrize(
    ("said", "raised"),
    [
        ("the photographer and the deposit are both urgent, bump both of them up",
         ["Call the photographer", "Pay the deposit"]),
        ("photographer and deposit both urgent now, bump them up",
         ["Call the photographer", "Pay the deposit"]),
        ("bump the photographer up", ["Call the photographer"]),
        ("can you bump the deposit up a notch", ["Pay the deposit"]),
        ("bump the milk one up and delete nothing else", ["Buy milk"]),
    ],
)  # fmt: skip
async def test_bump_up_raises(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, raised: list[str]
) -> None:
    await play(store, session_for, PHOTO, [said])
    assert sorted(t for t, p in _levels(store).items() if p == "high") == sorted(raised)


async def test_bump_up_to_a_day_moves(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, PHOTO, ["bump the photographer up to friday"])
    assert "Call the photographer@2026-11-27" in state
    assert all(p != "high" for p in _levels(store).values())
