"""The plan stage, adds, listings and changes of many said the ways people say them: "me list"
for "my list" ("chuck X on me list mate"); a remark that the thing is missing from the list
("X is due tmrw and its not on here, add it"), which is no part of its title. Never harm: a
question whether it is on the list adds nothing, and "me" as whom a thing is for stays."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore, read_due


def _added(store: TaskStore) -> list[tuple[str, str | None, str | None]]:
    return [
        (t["title"], t["due_date"], t["priority"])
        for t in store.tasks.values()
        if t["title"] != "Walk the dog"
    ]


@pytest.mark.parametrize(
    ("said", "title", "priority"),
    [
        ("chuck grab more wood screws from bunnings on me list mate",
         "Grab more wood screws from bunnings", None),
        ("stick ring the plumber on me list", "Ring the plumber", None),
        ("put 'renew the rego' on me to do list, it's urgent", "Renew the rego", "high"),
        ("can you whack pick up the kids' bikes onto me list", "Pick up the kids' bikes", None),
        ("bung 'quote for the Smiths fence' in me list mate, make it high priority they're keen",
         "Quote for the Smiths fence", "high"),
        ("add sort the shed out to me list", "Sort the shed out", None),
    ],
)  # fmt: skip
async def test_me_list_is_my_list(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    priority: str | None,
) -> None:
    store.create("Walk the dog")
    await session_for(store).say(said)
    assert _added(store) == [(title, None, priority)]


@pytest.mark.parametrize(
    ("said", "title", "due"),
    [
        ("chem lab writeup is due tmrw and its not on here 😭 add it pls",
         "Chem lab writeup", "tomorrow"),
        ("my maths assignment is due wednesday and it's not even on here lol, add it",
         "My maths assignment", "wednesday"),
        ("history essay due thursday and it isnt on my list yet, put it on there",
         "History essay", "thursday"),
        ("the gas bill is due monday but that's not on the list, add it",
         "The gas bill", "monday"),
        ("the council rates are due friday, its missing from the list, pop it on there",
         "The council rates", "friday"),
    ],
)  # fmt: skip
async def test_missing_from_the_list_is_no_part_of_the_title(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str, due: str
) -> None:
    store.create("Walk the dog")
    await session_for(store).say(said)
    assert _added(store) == [(title, read_due(due), None)]


@pytest.mark.parametrize(
    "said",
    [
        "the gym one isn't on here, is it?",
        "give me list of what's due",
    ],
)
async def test_a_question_about_the_list_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    store.create("Walk the dog")
    await session_for(store).say(said)
    assert _added(store) == []
