"""The plan stage, an add said the Australian/British way, with a noun for the task and where
it goes before what it is ("mate chuck a reminder in for me to grab more 10mm screws from
bunnings tmrw", "bung a note in to buy dog food", "whack a reminder in for thursday to ring the
sparky"), and a thing named with "bin" or "trash" ("oh and bin bags while ur at it" after two
adds): the task is what follows "to", and "bin bags" is a thing to add, never a delete.
Never harm: "chuck the reminder to call mum", "bin the plumber one", "bin it" still delete."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Reminder to call mum|Ring the plumber|Pay council tax"


@pytest.mark.parametrize(
    ("message", "added"),
    [
        (
            "mate chuck a reminder in for me to grab more 10mm screws from bunnings tmrw",
            ["Grab more 10mm screws from bunnings@2026-11-24"],
        ),
        (
            "put a reminder in for me to grab more 10mm screws from bunnings tmrw",
            ["Grab more 10mm screws from bunnings@2026-11-24"],
        ),
        ("pop a reminder in to call the bank friday", ["Call the bank@2026-11-27"]),
        ("stick a reminder on for me to ring the vet", ["Ring the vet"]),
        ("chuck in a reminder to pay the rego", ["Pay the rego"]),
        ("whack a reminder in for thursday to ring the sparky", ["Ring the sparky@2026-11-26"]),
        ("make a note for friday to pay the nanny", ["Pay the nanny@2026-11-27"]),
        ("bung a note in to buy dog food", ["Buy dog food"]),
        ("put a reminder on my list to pay the rego", ["Pay the rego"]),
        (
            "throw a task in there to clean the gutters on saturday",
            ["Clean the gutters@2026-11-28"],
        ),
    ],
)
async def test_a_reminder_chucked_in_adds_what_it_is_for(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: list[str]
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == sorted([*SEEDS.split("|"), *added])


@pytest.mark.parametrize(
    ("last", "added"),
    [
        ("oh and bin bags while ur at it", "Bin bags"),
        ("and bin liners while you're at it", "Bin liners"),
        ("and trash bags", "Trash bags"),
    ],
)
async def test_bin_bags_after_adds_is_one_more_add(
    store: TaskStore, session_for: Callable[..., ChatSession], last: str, added: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["put milk on the list", "and eggs", last])
    assert state == sorted([*SEEDS.split("|"), "Milk", "Eggs", added])


@pytest.mark.parametrize(
    ("message", "deleted"),
    [
        ("chuck the reminder to call mum", "Reminder to call mum"),
        ("ditch the reminder to call mum", "Reminder to call mum"),
        ("bin the plumber one", "Ring the plumber"),
    ],
)
async def test_a_delete_with_the_same_verbs_still_deletes(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, deleted: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], {deleted: "deleted"})


@pytest.mark.parametrize("message", ["bin bags", "bin day is thursday"])
async def test_a_bin_thing_alone_deletes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, "Buy bin bags|Put the bins out", [message])
