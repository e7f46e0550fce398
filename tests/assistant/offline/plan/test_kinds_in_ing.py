"""The plan stage, a word in -ing that names the kind of a thing ("cooking oil", "baking soda",
"running shoes", "a sleeping bag"): no verb, so an add keeps it ('Cooking oil', or 'Buy cooking
oil' beside shopping), never 'Cook oil'. Never harm: an -ing word before what it is done to
("booking aquarium tickets", "cooking dinner for mum", "cleaning the windows") still starts the
title with its verb."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import expected, play

SEEDS = "Walk the dog"


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("add baking soda", "Baking soda"),
        ("add running shoes", "Running shoes"),
        ("add washing powder", "Washing powder"),
        ("put sleeping bag on the list", "Sleeping bag"),
        ("add buy cooking oil", "Buy cooking oil"),
        ("add parking permit", "Parking permit"),
        ("add booking aquarium tickets", "Book aquarium tickets"),
        ("add cooking dinner for mum", "Cook dinner for mum"),
        ("add cleaning the windows", "Clean the windows"),
    ],
)
async def test_an_ing_word_of_a_kind_is_no_verb(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert state == expected(SEEDS + "|" + title, {})


async def test_also_add_after_a_shopping_add_keeps_the_kind(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["add buy atta 10kg", "also add cooking oil"])
    assert "Cook oil" not in state
    assert state in (
        expected(SEEDS + "|Buy atta 10kg|Buy cooking oil", {}),
        expected(SEEDS + "|Buy atta 10kg|Cooking oil", {}),
    )
