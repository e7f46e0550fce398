"""The plan stage, deeds asked to be recorded and plans told beside a request:
- "please mark that I have called the pharmacy about my refill", "note that we've watered the
  tomatoes": news of a deed, so that task is ticked (it had asked which task to complete);
  "mark that I need to call the pharmacy" is no deed and ticks nothing.
- "mark the CA one as done only, plumber I will call tomorrow": Indian English's "only" after
  "as done" stresses it, and a thing put before who will do it is a plan told, changing nothing
  (the whole message had not been understood); "add fix the fence, paint I will buy tomorrow"
  adds only the fence.
- "jst returnd the libary books can u tick tht off": "jst" and "tht" typed short."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = (
    "Call pharmacy about refill|Send documents to CA|"
    "Call plumber for kitchen sink|Water the tomatoes"
)


@pytest.mark.parametrize(
    ("message", "meant"),
    [
        (
            "Please mark that I have called the pharmacy about my refill. Thank you.",
            "Call pharmacy about refill",
        ),
        ("note that we've watered the tomatoes", "Water the tomatoes"),
        ("can you record that i already sent the documents to CA", "Send documents to CA"),
        (
            "Mark the task of sending documents to CA as done only, plumber I will call tomorrow",
            "Send documents to CA",
        ),
        ("tick the tomatoes one as done only", "Water the tomatoes"),
        ("done with the CA docs, the plumber we'll ring later", "Send documents to CA"),
    ],
)
async def test_the_deed_is_ticked_and_the_plan_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, meant: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], {meant: "done"})


async def test_a_need_marked_is_no_deed(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(store, session_for, SEEDS, ["mark that I need to call the pharmacy"])


async def test_a_plan_told_after_an_add_is_not_added(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await session_for(store).say("add fix the fence, paint I will buy tomorrow")
    assert store.titles()[-1] == "Fix the fence"
    assert len(store.tasks) == 1


async def test_words_typed_short_around_a_tick(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seeds = "Return library books|Renew library card|Buy printer ink"
    await assert_changes(
        store,
        session_for,
        seeds,
        ["jst returnd the libary books can u tick tht off"],
        {"Return library books": "done"},
    )
