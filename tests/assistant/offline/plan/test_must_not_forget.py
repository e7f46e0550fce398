"""The plan stage, a note to self with its subject left out: "must not forget to X",
"mustn't forget to X", "shouldn't forget to X", "can't forget to X" (and "should remember to
X") add X; "this time" or "for once" at the end says when it is done right at last, no word of
the title, and a remark after a comma ("last month i was late") is no part of it. Never harm:
"this time" after a preposition stays ("for this time next year"), a wish to remember news
("can't remember if i paid the gas") adds nothing, and no other task is touched."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore, read_due

SEEDS = ("Walk the dog", "Pay the gas bill")


def _added(store: TaskStore) -> list[tuple[str, str | None]]:
    return [(t["title"], t["due_date"]) for t in store.tasks.values() if t["title"] not in SEEDS]


def _untouched(store: TaskStore) -> bool:
    kept = [t for t in store.tasks.values() if t["title"] in SEEDS]
    return len(kept) == len(SEEDS) and not any(t["completed"] or t["due_date"] for t in kept)


@pytest.mark.parametrize(
    ("said", "title", "due"),
    [
        ("mustn't forget to book the ferry this time", "Book the ferry", None),
        ("must not forget to renew the parking permit this time, last year i got a fine",
         "Renew the parking permit", None),
        ("shouldn't forget to call grandpa on sunday this time round", "Call grandpa", "sunday"),
        ("can't forget to pay Kamau's rent for once", "Pay Kamau's rent", None),
        ("should remember to water the tomatoes", "Water the tomatoes", None),
        ("must not forget to bring the permission slip friday", "Bring the permission slip",
         "friday"),
    ],
)  # fmt: skip
async def test_a_note_to_self_without_its_subject_adds_the_deed(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    due: str | None,
) -> None:
    for seed in SEEDS:
        store.create(seed)
    await session_for(store).say(said)
    assert _added(store) == [(title, read_due(due) if due else None)]
    assert _untouched(store)


@pytest.mark.parametrize(
    ("said", "added"),
    [
        # a when after a preposition is the title's own
        ("add book the cabin for this time next year", [("Book the cabin for this time",
                                                          read_due("next year"))]),
        ("add ask about this time", [("Ask about this time", None)]),
        # a title of one word keeps "this time"
        ("remember to vote this time", [("Vote this time", None)]),
        # remembering news is no task
        ("can't remember if i paid the gas bill", []),
        ("i can't remember if i booked the dentist", []),
        ("must not forget?", []),
    ],
)  # fmt: skip
async def test_never_harm_this_time_and_remember_that_are_no_note(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    added: list[tuple[str, str | None]],
) -> None:
    for seed in SEEDS:
        store.create(seed)
    await session_for(store).say(said)
    assert _added(store) == added
    assert _untouched(store)
