"""The plan stage, a delete said with the reason first: "nah not doing the fun run anymore, my
knee's stuffed. take it off" deletes 'Sign up for 5k fun run' (the "nah" kept "not doing X
anymore" from being read, and "my knee's stuffed" was read as a deed, 'stuffed knee', that the
"it" of "take it off" then meant). A hurt body part ("knee's stuffed", "ankle is sprained") is
news, never a task done; "nah" before the user's own words is no part of them. Never harm: a
question changes nothing, "take it off" with nothing named or two tasks named asks, and "the
turkey is stuffed" is still a deed, never news."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Sign up for 5k fun run|Ring Dad|Book the hen party venue"


@pytest.mark.parametrize(
    "said",
    [
        "nah not doing the fun run anymore, my knee's stuffed. take it off",
        "nah, not doing the fun run anymore. knee is stuffed. delete it",
        "skipping the fun run, knee's stuffed. delete it",
        "im not doing the fun run anymore. my ankle is sprained. get rid of it",
        "nah not bothering with the fun run anymore, back's cooked, bin it",
        "nah im not doing the fun run any more, hamstring's pulled. remove it pls",
        "not gonna do the fun run anymore, my calf is wrecked. take it off",
        "nah not doin the fun run anymore, my knee's stuffed. take it off the list",
    ],
)
async def test_the_thing_named_is_deleted(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], {"Sign up for 5k fun run": "deleted"})


async def test_the_one_task_named_by_a_thing_is_deleted(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seeds = "Book the hen party venue|Ring Dad"
    said = "take the hen party thing off there"
    await assert_changes(store, session_for, seeds, [said], {"Book the hen party venue": "deleted"})


@pytest.mark.parametrize(
    ("seeds", "said"),
    [
        (SEEDS, "not doing the fun run anymore?"),
        (SEEDS, "nah not doing the fun run anymore?"),
        (SEEDS, "my knee's stuffed. take it off"),
        (SEEDS, "my knee's stuffed"),
        (SEEDS, "nah, the fun run is fine"),
        (SEEDS, "nah i'm still doing the fun run"),
        (SEEDS, "not doing the fun run or the hen party anymore, knee's stuffed. take it off"),
        ("Book the hen party venue|Hen party gifts", "take the hen party thing off there"),
    ],
)
async def test_never_harm(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, said: str
) -> None:
    await assert_changes(store, session_for, seeds, [said])


async def test_a_stuffed_turkey_is_still_done(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seeds = "Stuff the turkey|Ring Dad"
    await assert_changes(
        store, session_for, seeds, ["the turkey is stuffed"], {"Stuff the turkey": "done"}
    )
