"""The plan stage, a thing got, then where ("grabbed the snags at woolies", "picked up the snags
from coles this arvo", "got milk at the servo"): the shop says where, never which task, so the
task to get that thing ('Buy snags for the barbie') is done (its words had been looked for with
'woolies' and nothing was found), and an add beside it is still made. Never harm: a thing of no
task got at a shop, a question and a plan change nothing; a title that names the place is
matched with it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, expected, play

SEEDS = "Pick up Mia from netball|Buy snags for the barbie|Buy milk|Pay the water bill"


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("grabbed the snags at woolies", "Buy snags for the barbie"),
        ("picked up the snags from coles this arvo ✅", "Buy snags for the barbie"),
        ("got the snags at aldi, tick it", "Buy snags for the barbie"),
        ("grabbed milk at the servo on the way home", "Buy milk"),
        ("paid the water bill at the post office", "Pay the water bill"),
    ],
)
async def test_a_thing_got_at_a_shop_completes_the_task_to_get_it(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], {title: "done"})


async def test_an_add_beside_the_deed_is_still_made(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(
        store,
        session_for,
        SEEDS,
        ["got the snags at woolies ✅ also add grab charcoal from bunnings cheers"],
    )
    assert state == expected(
        SEEDS + "|Grab charcoal from bunnings", {"Buy snags for the barbie": "done"}
    )


@pytest.mark.parametrize(
    "said",
    [
        "grabbed a coffee at the servo",
        "grabbed the snags at woolies?",
        "did i get the snags at coles?",
    ],
)
async def test_a_thing_of_no_task_or_a_question_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])


async def test_a_title_that_names_the_place_is_matched_with_it(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        "Get bread from the servo|Get bread from the bakery",
        ["grabbed the bread from the bakery"],
        {"Get bread from the bakery": "done"},
    )
