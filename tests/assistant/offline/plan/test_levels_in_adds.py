"""The plan stage, a level said inside an add: a degree word with urgency ("super urgent",
"really urgent", "v urgent", "its so urgent") sets high priority and is never part of the
title, also when a date or a "pls add it as high prio" comes after it ("fix the gutter its
really urgent by thursday", "book the mechanic, v urgent pls add it as high prio"). Never
harm: "urgent" inside a name stays ("Read the urgent memo"), "not urgent" is low, a level said
twice that disagrees keeps the first, and no other task is touched."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore, read_due

SEEDS = ("Walk the dog", "Pay the gas bill")


def _added(store: TaskStore) -> list[tuple[str, str | None, str | None]]:
    return [
        (t["title"], t["due_date"], t["priority"])
        for t in store.tasks.values()
        if t["title"] not in SEEDS
    ]


def _untouched(store: TaskStore) -> bool:
    kept = [t for t in store.tasks.values() if t["title"] in SEEDS]
    return len(kept) == len(SEEDS) and not any(
        t["completed"] or t["due_date"] or t["priority"] for t in kept
    )


@pytest.mark.parametrize(
    ("said", "title", "due", "level"),
    [
        ("add fix the gutter its really urgent by thursday", "Fix the gutter", "thursday", "high"),
        ("pls add book the mechanic it's super urgent due saturday", "Book the mechanic",
         "saturday", "high"),
        ("gotta post the parcel by wednesday, v urgent pls add it as high prio",
         "Post the parcel", "wednesday", "high"),
        ("need to sign the lease by friday, really urgent please put it as high priority",
         "Sign the lease", "friday", "high"),
        ("add order the cake its SO urgent due tmrw", "Order the cake", "tomorrow", "high"),
        ("return the library books super urgent tomorrow", "Return the library books",
         "tomorrow", "high"),
    ],
)  # fmt: skip
async def test_a_level_inside_an_add_is_the_level_not_the_title(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    due: str,
    level: str,
) -> None:
    for seed in SEEDS:
        store.create(seed)
    await session_for(store).say(said)
    assert _added(store) == [(title, read_due(due), level)]
    assert _untouched(store)


@pytest.mark.parametrize(
    ("said", "title", "due", "level"),
    [
        # a word of the name, not a level of the task
        ("add read the urgent memo tomorrow", "Read the urgent memo", "tomorrow", None),
        ("add call the urgent care clinic friday", "Call the urgent care clinic", "friday", None),
        # not urgent is low, wherever the date is
        ("add tidy the shed, not urgent, due friday", "Tidy the shed", "friday", "low"),
        ("add sort the photos not really urgent by sunday", "Sort the photos", "sunday", "low"),
        # a level said twice that disagrees keeps the first, and the words leave the title
        ("add email the landlord, low priority pls its urgent", "Email the landlord", None,
         "low"),
        # a quoted title is taken as typed
        ("add 'chase the urgent invoices' tomorrow", "Chase the urgent invoices", "tomorrow",
         None),
        # one word before the level: too little title to cut
        ("add urgent tomorrow", "Urgent", "tomorrow", None),
    ],
)  # fmt: skip
async def test_never_harm_a_level_word_that_is_no_level_of_the_add(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    due: str | None,
    level: str | None,
) -> None:
    for seed in SEEDS:
        store.create(seed)
    await session_for(store).say(said)
    assert _added(store) == [(title, read_due(due) if due else None, level)]
    assert _untouched(store)


@pytest.mark.parametrize(
    "said",
    [
        "the gas bill is so urgent it's due tomorrow?",
        "is anything really urgent due tomorrow?",
        "what's super urgent this week",
    ],
)
async def test_never_harm_a_question_of_urgency_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    for seed in SEEDS:
        store.create(seed)
    await session_for(store).say(said)
    assert _added(store) == []
    assert _untouched(store)
