"""The plan stage, bulk scopes: a scope by tag or shared word with chatter around it, the
completed tasks by a deed clause ("the stuff I already did"), "everything to do with it"
after the topic was said; counts and lists by a tag; what was done this week. A scope whose
words name nothing changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore


def titles(store: TaskStore, done: bool | None = None) -> list[str]:
    return [
        t["title"] for t in store.tasks.values() if done is None or bool(t["completed"]) == done
    ]


def seed(store: TaskStore) -> None:
    store.create("Revise for the chem exam", tags=["school"])
    store.create("Hand in history essay", tags=["school"])
    store.create("Take the bins out", tags=["chores"])
    store.create("Hoover the stairs", tags=["chores"])
    store.create("Book a haircut")


@pytest.mark.parametrize(
    "message",
    [
        "exams are finished!! tick off all the school stuff",
        "mark every school task as done pls",
        "all my school things are done, mark them off",
        "can u mark all the school ones complete",
        "term's over lol complete everything tagged school",
    ],
)
async def test_a_tag_names_a_bulk_completion(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    seed(store)
    await session_for(store).say(message)
    assert titles(store, done=True) == ["Revise for the chem exam", "Hand in history essay"]


@pytest.mark.parametrize(
    "message",
    [
        "get rid of all my chores tasks, the cleaner does them now",
        "delete every chores item we hired a cleaner",
        "bin all the chores stuff",
        "wipe all my chores jobs the cleaner started today",  # batch 28's wording, other tasks
    ],
)
async def test_a_bulk_delete_by_tag_leaves_a_reason_out(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    seed(store)
    await session_for(store).say(message)
    assert titles(store) == ["Revise for the chem exam", "Hand in history essay", "Book a haircut"]


@pytest.mark.parametrize(
    "message",
    [
        "remove all my shift tasks, the restaurant shut down",
        "delete everything to do with my shifts",
        "scrap all the shift stuff i quit lol",
    ],
)
async def test_a_word_shared_by_titles_names_a_bulk_delete(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    for title in ("Saturday opening shift", "Swap Tuesday shift with Ana", "Pay phone bill"):
        store.create(title)
    await session_for(store).say(message)
    assert titles(store) == ["Pay phone bill"]


@pytest.mark.parametrize(
    "message",
    [
        "clear out the stuff i already did",
        "delete all the ones I've finished, it's cluttered",
        "get rid of everything we've ticked off",
        "remove all the tasks that I completed",
        "clean out everything ive knocked out this week",
    ],
)
async def test_a_deed_clause_makes_the_completed_tasks_the_scope(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    seed(store)
    for task in list(store.tasks.values())[:2]:
        task["completed"] = True
    await session_for(store).say(message)
    assert titles(store) == ["Take the bins out", "Hoover the stairs", "Book a haircut"]


async def test_everything_to_do_with_it_is_the_topic_said_before(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    for title in ("Order the wedding cake", "Send wedding invites", "Renew passport"):
        store.create(title)
    await session_for(store).say(
        "the wedding got called off, so sad. please remove everything related to it"
    )
    assert titles(store) == ["Renew passport"]


async def test_everything_to_do_with_it_with_no_topic_asks(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seed(store)
    turn = await session_for(store).say("delete everything to do with it")
    assert len(store.tasks) == 5
    assert "?" in turn.reply


async def test_a_scope_naming_nothing_deletes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seed(store)
    await session_for(store).say("delete all my dentist stuff")
    assert len(store.tasks) == 5


@pytest.mark.parametrize(
    "message",
    [
        "how many school things r left",
        "how many school tasks have i got left?",
        "number of school things still to do",
    ],
)
async def test_a_count_by_tag_counts_those_tasks(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    seed(store)
    turn = await session_for(store).say(message)
    assert "2" in turn.reply and "5" not in turn.reply


@pytest.mark.parametrize(
    "message",
    [
        "what did i get done this week?",
        "lemme see what i've knocked out today",
        "show me what I've dealt with this week",
        "what have we taken care of so far today",
    ],
)
async def test_what_was_done_lists_the_completed_tasks(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    seed(store)
    store.tasks[3]["completed"] = True
    turn = await session_for(store).say(message)
    assert "Take the bins out" in turn.reply and "Book a haircut" not in turn.reply
