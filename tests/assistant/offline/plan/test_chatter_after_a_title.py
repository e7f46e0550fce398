"""The plan stage, chatter said after a title in an add: a remark on the thing's state ("its
expired already", "it's well overdue") or on how urgent it is ("this is urgent af", "asap its
expired already"), often with an emoji and a level after it ("... 😬 high priority"): the title
ends before the remark, and the urgency is the level. Never harm: a title whose own words say
'its' ("fix its handle", "check whether its expired") keeps them, and no other task is
touched."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore

SEEDS = ("Walk the dog", "Pay the gas bill")


def _added(store: TaskStore) -> list[tuple[str, str | None]]:
    return [(t["title"], t["priority"]) for t in store.tasks.values() if t["title"] not in SEEDS]


def _untouched(store: TaskStore) -> bool:
    kept = [t for t in store.tasks.values() if t["title"] in SEEDS]
    return len(kept) == len(SEEDS) and not any(
        t["completed"] or t["due_date"] or t["priority"] for t in kept
    )


@pytest.mark.parametrize(
    ("said", "title", "level"),
    [
        ("add replace the smoke alarm battery its expired, high priority",
         "Replace the smoke alarm battery", "high"),
        ("need to renew my rego this is urgent af 😩", "Renew my rego", "high"),
        ("add pay the water bill asap its overdue already", "Pay the water bill", "high"),
        ("add get the car serviced it's well overdue lol", "Get the car serviced", None),
        ("pls add book the dentist its urgent af", "Book the dentist", "high"),
        ("add renew my library card its expired 🙃", "Renew my library card", None),
        ("i gotta call the insurance people this is super urgent fr, high priority pls",
         "Call the insurance people", "high"),
        ("add top up my oyster card it's expired already 😬 high priority",
         "Top up my oyster card", "high"),
    ],
)  # fmt: skip
async def test_chatter_after_a_title_is_no_part_of_it(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    level: str | None,
) -> None:
    for seed in SEEDS:
        store.create(seed)
    await session_for(store).say(said)
    assert _added(store) == [(title, level)]
    assert _untouched(store)


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("add fix its handle", "Fix its handle"),
        ("add check whether its expired", "Check whether its expired"),
        ("add find out if it's expired", "Find out if it's expired"),
    ],
)
async def test_a_title_that_says_its_keeps_its_words(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    for seed in SEEDS:
        store.create(seed)
    await session_for(store).say(said)
    assert _added(store) == [(title, None)]
    assert _untouched(store)
