"""The plan stage, copies: "I added X twice, delete one of them", "remove the duplicate": the
newest copy of the one open title listed more than once goes; a title listed once, or more
than one title listed twice, is a question."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore


@pytest.mark.parametrize(
    "said",
    [
        "oops i added the parking permit thing twice, delete one of them",
        "there are two parking permit tasks, remove the duplicate",
        "delete the duplicate parking permit",
        "get rid of the extra one, i put pick up parking permit in twice",
        "remove one of the two parking permit tasks",
    ],
)
async def test_one_copy_of_a_task_listed_twice_is_deleted_the_newest(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    store.create("Pick up parking permit")
    store.create("Swap scrubs")
    store.create("pick up parking permit")
    await session_for(store).say(said)
    assert store.titles() == ["Pick up parking permit", "Swap scrubs"]


async def test_the_duplicate_among_two_listed_twice_is_the_one_named(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    for title in ("Pay rent", "Pay rent", "Buy eggs", "Buy eggs"):
        store.create(title)
    await session_for(store).say("i put pay rent in twice, remove one of them")
    assert store.titles() == ["Pay rent", "Buy eggs", "Buy eggs"]


@pytest.mark.parametrize("said", ["remove the duplicate", "delete one of them"])
async def test_a_copy_not_named_among_several_or_none_is_a_question(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    for title in ("Call mom", "Buy eggs", "Call mom", "Buy eggs"):
        store.create(title)
    result = await session_for(store).say(said)
    assert store.titles() == ["Call mom", "Buy eggs", "Call mom", "Buy eggs"]
    assert "?" in result.reply


async def test_with_no_title_listed_twice_one_of_them_deletes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Call mom")
    store.create("Buy eggs")
    result = await session_for(store).say("delete one of them")
    assert store.titles() == ["Call mom", "Buy eggs"]
    assert "Which task" in result.reply


async def test_a_title_that_says_copy_is_found_by_its_words(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Make copy of lease")
    store.create("Buy eggs")
    await session_for(store).say("delete the copy of lease task")
    assert store.titles() == ["Buy eggs"]
