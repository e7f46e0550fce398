"""The plan stage, a deed said with when, then a note of forgetting to tick it off ("paid the
water bill yesterday, forgot to mark it", "texted shauna back last night forgot to check it
off", "..., never marked it off"): the deed is the news, so its task is ticked off (the note had
read as the deed not done); "forgot to tick off the water bill" asks for the tick. Never harm: a
deed itself forgotten or missed ("forgot to pay the water bill yesterday") ticks off and adds
nothing, nor does a question or a deed denied beside the note."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Pick up dry cleaning|Pay water bill|Text Shauna back"


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("paid the water bill yesterday, forgot to mark it", "Pay water bill"),
        ("picked up the dry cleaning on saturday, forgot to tick it off", "Pick up dry cleaning"),
        ("texted shauna back last night forgot to check it off", "Text Shauna back"),
        ("i paid the water bill this morning but forgot to mark it done", "Pay water bill"),
        ("paid the water bill yesterday, never marked it off", "Pay water bill"),
        ("got the dry cleaning yesterday forgot to cross it off lol", "Pick up dry cleaning"),
        ("Paid the water bill on the 20th - forgot to mark it as done oops", "Pay water bill"),
        ("forgot to tick off the water bill", "Pay water bill"),
        ("forgot to mark the water bill as done, paid it yesterday", "Pay water bill"),
    ],
)
async def test_a_deed_then_a_tick_forgotten_completes_it(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], {title: "done"})


@pytest.mark.parametrize(
    "said",
    [
        "forgot to pay the water bill yesterday",
        "forgot to text shauna back today ugh",
        "forgot the dry cleaning yesterday",
        "missed the dry cleaning pickup yesterday",
        "didn't pay the water bill yesterday, forgot to mark it",
        "did i pay the water bill yesterday? forgot to check",
        "i forgot if i paid the water bill",
    ],
)
async def test_a_deed_forgotten_or_asked_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])
