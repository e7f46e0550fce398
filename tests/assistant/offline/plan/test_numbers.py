"""The plan stage, a bare number: "4412 resolved" is task 4412 when there is one, else the one
task whose title carries the number; a number in two titles, or in none, changes nothing."""

from __future__ import annotations

from collections.abc import Callable

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
