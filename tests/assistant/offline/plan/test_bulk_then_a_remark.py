"""The plan stage, a bulk or list request, then a remark after it on why ("pls clear all the
done ones, makalat na" (Tagalog: it's messy), "delete the finished ones ang gulo na ng list",
"clear the finished ones, its getting cluttered", "show me whats left, im so behind lol"): the
request is made whole (the remark had been read as words to search for). Never harm: a word of
mess inside a title stays, and what is listed or deleted is only what was asked for."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Pay Meralco bill:done|Buy rice:done|Enroll Migo in swimming"


@pytest.mark.parametrize(
    "said",
    [
        "pls clear all the done ones, makalat na",
        "delete the finished ones ang gulo na ng list",
        "clear the finished ones, its getting cluttered",
    ],
)
async def test_a_bulk_delete_then_a_remark_deletes_the_done(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(
        store, session_for, SEEDS, [said], {"Pay Meralco bill": "deleted", "Buy rice": "deleted"}
    )


async def test_a_listing_then_a_remark_lists_what_is_left(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    reply = await assert_changes(
        store, session_for, SEEDS, ["show me whats left, im so behind lol"]
    )
    assert "Enroll Migo in swimming" in reply and "Buy rice" not in reply


async def test_a_word_of_mess_in_a_title_stays(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["add clean the makalat room"])
    assert "Clean the makalat room" in state
