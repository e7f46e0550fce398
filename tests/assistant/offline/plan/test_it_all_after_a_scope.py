"""The plan stage, "it all" after a scope said as news ("all my work stuff is done for the week,
mark it all off"): "it all" is the tasks of that scope (a tag or a topic), never the whole
list (it had ticked off a family task too). With no scope said before, "it all" is the list."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

TAGGED = (
    ("Send invoice to the Hendersons", "work"),
    ("Order tile samples", "work"),
    ("Take Bella to soccer", "family"),
)


async def _say_tagged(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> dict[str, bool]:
    for title, tag in TAGGED:
        store.create(title, tags=[tag])
    await session_for(store).say(message)
    return {t["title"]: bool(t["completed"]) for t in store.tasks.values()}


@pytest.mark.parametrize(
    "message",
    [
        "all my work stuff is done for the week 🙌 mark it all off",
        "the work tasks are all finished, tick it all off",
        "the work stuff is all done, mark it all as done",
        "all my work stuff is done for the week, mark them all off",
    ],
)
async def test_it_all_after_a_tag_said_done_is_that_tag(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    assert await _say_tagged(store, session_for, message) == {
        "Send invoice to the Hendersons": True,
        "Order tile samples": True,
        "Take Bella to soccer": False,
    }


async def test_a_delete_of_it_all_after_a_tag_said_done_keeps_the_rest(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state = await _say_tagged(store, session_for, "all my work stuff is done, delete it all")
    assert state == {"Take Bella to soccer": False}


async def test_it_all_after_a_topic_said_done_is_that_topic(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        "Weed the garden|Water the garden plants|Call mum",
        ["all the garden stuff is sorted, tick it all off"],
        {"Weed the garden": "done", "Water the garden plants": "done"},
    )


@pytest.mark.parametrize(
    "message",
    [
        "i did everything today, mark it all off",
        "mark it all as done",
        "i did literally everything on here today!! mark it all done 🎉🎉",
        "everything's done for tonight, tick it all off",
    ],
)
async def test_it_all_with_no_scope_said_is_the_whole_list(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    assert set((await _say_tagged(store, session_for, message)).values()) == {True}
