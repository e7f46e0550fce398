"""The plan stage, a group said with a plural head and an exception: "delete the wedding
committee things except the tent one" deletes every wedding committee task but the tent one. The
exception had been read as the one task to delete (the group needed "all" for its exception to be
read), so the only task the user meant to keep was the one deleted: a harm.

Never harm: a group naming no task, an exception naming none, a question and a negation change
nothing; a group's words are all needed ('Buy gift for Njeri's wedding' is no committee task)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

WEDDING = (
    "Wedding committee collect pledges|Wedding committee book tent|Pay Zuku internet|"
    "Wedding committee confirm MC|Buy gift for Njeri's wedding"
)
PLEDGES, TENT, MC = (
    "Wedding committee collect pledges",
    "Wedding committee book tent",
    "Wedding committee confirm MC",
)
CAMP = "School camp form|School camp gear list|School camp deposit|Pay school donation"


@pytest.mark.parametrize(
    ("seeds", "message", "changes"),
    [
        (
            WEDDING,
            "delete the wedding committee things except the tent one",
            {PLEDGES: "deleted", MC: "deleted"},
        ),
        (
            WEDDING,
            "delete the wedding committee tasks but not the tent one",
            {PLEDGES: "deleted", MC: "deleted"},
        ),
        (
            WEDDING,
            "remove the wedding committee ones except for the pledges one",
            {TENT: "deleted", MC: "deleted"},
        ),
        (
            WEDDING,
            "get rid of the wedding committee stuff, but keep the tent one",
            {PLEDGES: "deleted", MC: "deleted"},
        ),
        (
            WEDDING,
            "tick off the wedding committee stuff apart from the MC one",
            {PLEDGES: "done", TENT: "done"},
        ),
        (
            WEDDING,
            "the wedding committee things except the tent one are done",
            {PLEDGES: "done", MC: "done"},
        ),
        (
            CAMP,
            "scrap the school camp ones except the deposit",
            {"School camp form": "deleted", "School camp gear list": "deleted"},
        ),
        (
            CAMP,
            "delete the school camp tasks other than the gear list",
            {"School camp form": "deleted", "School camp deposit": "deleted"},
        ),
    ],
)
async def test_a_group_with_an_exception_spares_the_exception(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    message: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, seeds, [message], changes)


@pytest.mark.parametrize(
    "message",
    [
        "delete the hockey things except the tent one",
        "delete the wedding committee things except the hockey one",
        "should i delete the wedding committee things except the tent one?",
        "don't delete the wedding committee things except the tent one",
        "did i finish the wedding committee stuff apart from the tent?",
    ],
)
async def test_a_group_or_exception_naming_nothing_or_not_asked_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, WEDDING, [message])
