"""The plan stage, chat words stretched by a hurried typist holding the last letter ("sooo",
"okk", "pleasee", "thankss"): read as the word ("so", "ok", "please"), so "X sooo
scrap Y" and "okk the second one is done" act as they do typed plain. Never harm: only those
chat words are shortened ("too" is no "to", "add" no "ad", "off" no "of"), and a title's own
stretched word ("Sooo good bakery") is no chat word."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, played_new

SEEDS = "Hotel booking|Abstract for the conference|Cello teacher|Buy milk"


@pytest.mark.parametrize(
    ("messages", "changes"),
    [
        (["lyon show got cancelled sooo ditch the hotel booking"], {"Hotel booking": "deleted"}),
        (
            ["my daughter quit, sooo could you pleasee remove the cello teacher task?"],
            {"Cello teacher": "deleted"},
        ),
        (["okk the milk is done"], {"Buy milk": "done"}),
        (["pleasee mark the abstract as done thankss"], {"Abstract for the conference": "done"}),
        (["show my tasks", "okk the second one is done"], {"Abstract for the conference": "done"}),
        (["what's on my list", "okkk delete the last one"], {"Buy milk": "deleted"}),
        (["hii pleasee delete the hotel booking"], {"Hotel booking": "deleted"}),
        (["okk sooo the milk is bought"], {"Buy milk": "done"}),
        (
            ["electrician came sooo you can close the cello teacher one"],
            {"Cello teacher": "done"},
        ),
        (
            ["the conference got pulled sooo drop the abstract"],
            {"Abstract for the conference": "deleted"},
        ),
        (["sooo i finally bought the milk"], {"Buy milk": "done"}),
    ],
)
async def test_a_stretched_chat_word_reads_as_the_word(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    messages: list[str],
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, SEEDS, messages, changes)


@pytest.mark.parametrize(
    ("message", "added"),
    [
        ("pleasee add buy eggs", ["Buy eggs"]),
        ("add book the dentist pleasee thankss sooo much", ["Book the dentist"]),
        ("add buy coffee beans", ["Buy coffee beans"]),
        ("add drop off the parcel", ["Drop off the parcel"]),
        ("add try the Sooo good bakery", ["Try the Sooo good bakery"]),
        ("add buy toffee", ["Buy toffee"]),
    ],
)
async def test_an_add_keeps_its_title(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: list[str]
) -> None:
    assert await played_new(store, session_for, SEEDS, [message]) == added


@pytest.mark.parametrize("message", ["sooo tired today", "okk", "nooo the milk isn't done"])
async def test_a_stretched_word_alone_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message])
