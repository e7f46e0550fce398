"""The plan stage, what a task's title should say, with the words it replaces ("the potluck
thing should say bring butter tarts, not just dessert" for 'Bring dessert to potluck'): "X
should say/read Y", "change X to say Y" rename X, and "not just Z" names the words replaced, so
the rest of the title stays ('Bring butter tarts to potluck'). Before, the words after the
comma were dropped and it asked which task to rename. Never harm: a title without the words
said is not changed (the reply asks how it should read), "X is Y, not just Z" (more, not
instead) changes nothing, and a title said whole without "not" renames to it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import new_tasks, play

SEEDS = "Bring dessert to potluck|Buy bread for the picnic|Email Tom about the quote"


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("the potluck thing should say bring butter tarts, not just dessert",
         "Bring butter tarts to potluck"),
        ("the potluck one should read bring lemon bars, not just dessert",
         "Bring lemon bars to potluck"),
        ("potluck one shud say bring butter tarts not just dessert",
         "Bring butter tarts to potluck"),
        ("the potluck thing should say butter tarts, not just dessert",
         "Bring butter tarts to potluck"),
        ("change the potluck one to say butter tarts instead of just dessert",
         "Bring butter tarts to potluck"),
        ("change the picnic task to say buy sourdough not just bread",
         "Buy sourdough for the picnic"),
        ("the picnic thing should say buy a sourdough loaf, not only bread",
         "Buy a sourdough loaf for the picnic"),
        ("the quote email should say email Tom and Jess about the quote",
         "Email Tom and Jess about the quote"),
        ("the potluck thing should say bring butter tarts, not just dessert pls",
         "Bring butter tarts to potluck"),
    ],
)  # fmt: skip
async def test_the_title_says_it_and_keeps_the_rest(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert new_tasks(state, SEEDS) == [title], state
    assert len(state) == 3


@pytest.mark.parametrize(
    "said",
    [
        # the words said are not in the title named
        "the picnic one should say buy wine, not just dessert",
        # more, not instead
        "the potluck is about community, not just dessert",
        "the potluck should be fun, not just dessert",
        "the potluck was great, not just the dessert",
        # no task named
        "it's a celebration, not just dessert",
    ],
)
async def test_never_harm(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert state == sorted(SEEDS.split("|"))


async def test_words_not_in_the_title_are_asked_about(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    _, reply = await play(
        store, session_for, SEEDS, ["the picnic one should say buy wine, not just dessert"]
    )
    assert "haven't changed anything" in reply


async def test_right_after_an_add_an_older_task_is_never_renamed(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(
        store,
        session_for,
        SEEDS,
        ["add buy napkins", "it should say bring butter tarts, not just dessert"],
    )
    assert state == sorted([*SEEDS.split("|"), "Buy napkins"])
