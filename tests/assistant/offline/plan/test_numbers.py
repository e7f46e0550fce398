"""The plan stage, a bare number: "4412 resolved" is task 4412 when there is one, else the one
task whose title carries the number; a number in two titles, or in none, changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore


async def test_a_number_in_one_title_names_that_task(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Chase invoice 88231 with Fenwick")
    store.create("Chase invoice 88240 with Lowe")
    await session_for(store).say("88231 resolved")
    assert [t["completed"] for t in store.tasks.values()] == [True, False]


async def test_a_number_that_is_a_task_id_is_that_task(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    for n in range(1, 106):
        store.create(f"Task number {n + 1000}")
    await session_for(store).say("delete 105")
    assert 105 not in store.tasks and len(store.tasks) == 104


async def test_a_number_in_two_titles_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Quote job 7731 kitchen")
    store.create("Invoice job 7731 kitchen")
    await session_for(store).say("7731 resolved")
    assert not any(t["completed"] for t in store.tasks.values())


async def test_a_number_with_a_deed_names_the_task_carrying_it_not_one_just_added(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Submit form 1120 for Okoro")
    store.create("Order toner")
    await session_for(store).say("1120 submitted; add: email Okoro a copy of 1120")
    assert [(t["title"], t["completed"]) for t in store.tasks.values()] == [
        ("Submit form 1120 for Okoro", True),
        ("Order toner", False),
        ("Email Okoro a copy of 1120", False),
    ]


async def test_a_number_read_out_in_pairs_names_the_task_carrying_it(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Collect parcel 5062 from the depot")
    store.create("Collect parcel 5071 from the depot")
    await session_for(store).say("got parcel fifty sixty two this morning, tick it off")
    assert [t["completed"] for t in store.tasks.values()] == [True, False]


async def test_a_number_read_out_corrects_the_number_in_a_title(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Chase invoice 2215 with Fenwick")
    await session_for(store).say("change the Fenwick invoice to invoice twenty two sixteen")
    assert store.tasks[1]["title"] == "Chase invoice 2216 with Fenwick"


async def test_a_number_read_out_that_no_title_carries_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Collect parcel 5062 from the depot")
    await session_for(store).say("parcel fifty seventy one is done")
    assert not store.tasks[1]["completed"]


async def _after_a_listing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> ChatSession:
    session = session_for(store)
    await session.say("show my tasks")
    return session


@pytest.mark.parametrize("said", ["done 2", "2 done", "x 2", "tick off 2", "delete 2"])
async def test_a_place_in_the_list_shown_that_is_no_task_id_is_asked_about(
    said: str, store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    """todochat's lists show ids ('Call insurance' (#91)), so "done 2" names task #2; under
    a list of #90 to #92 with no task #2, the user may mean the 2nd line: it asks, naming it,
    and changes nothing (batch 43 completed nothing and answered "Task 2 not found")."""
    store.next_id = 90
    for title in ("Buy bread", "Call insurance", "Pick up photos"):
        store.create(title)
    session = await _after_a_listing(store, session_for)
    turn = await session.say(said)
    assert "There's no task #2" in turn.reply and "'Call insurance' (#91)" in turn.reply
    assert not [c for c in turn.tool_calls if c[0] != "list_tasks"]
    assert len(store.tasks) == 3 and not any(t["completed"] for t in store.tasks.values())


async def test_yes_to_the_place_acts_on_it(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.next_id = 90
    for title in ("Buy bread", "Call insurance", "Pick up photos"):
        store.create(title)
    session = await _after_a_listing(store, session_for)
    await session.say("done 2")
    await session.say("yes")
    assert [t["completed"] for t in store.tasks.values()] == [False, True, False]


async def test_an_id_not_shown_and_a_place_shown_asks_which(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    """Task #2 exists but the pending list shown did not have it: #2 or the 2nd line."""
    store.create("Old thing")
    store.create("Pay rent")["completed"] = True
    for title in ("Buy bread", "Call insurance"):
        store.create(title)
    session = session_for(store)
    await session.say("what's pending")
    turn = await session.say("done 2")
    assert "'Pay rent' (#2)" in turn.reply and "'Buy bread' (#3)" in turn.reply
    assert [t["completed"] for t in store.tasks.values()] == [False, True, False, False]


@pytest.mark.parametrize("said", ["done 2", "x 2", "done 91"])
async def test_an_id_in_the_list_shown_is_that_task(
    said: str, store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    """Near misses: the ids shown are ids ("done 2" under #1 to #3; "done 91" under #90 to #92)."""
    if said == "done 91":
        store.next_id = 90
    for title in ("Buy bread", "Call insurance", "Pick up photos"):
        store.create(title)
    session = await _after_a_listing(store, session_for)
    await session.say(said)
    assert [t["completed"] for t in store.tasks.values()] == [False, True, False]


async def test_a_number_with_no_list_shown_is_the_id(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    """No list shown: "done 2" is task #2 as before, never a place."""
    store.next_id = 90
    for title in ("Buy bread", "Call insurance", "Pick up photos"):
        store.create(title)
    turn = await session_for(store).say("done 2")
    assert "not found" in turn.reply.lower()
    assert not any(t["completed"] for t in store.tasks.values())
