"""The plan stage, a message after a greeting that names the listener or the hour ("hi
assistant, X", "hello sir, X", "good morning! X", "salam, X"): read as X alone, a follow-up
("good morning! and limes") still adding to what went before. Never harm: a greeting alone
does nothing, and a name that is no greeting's ("assistant manager") stays in a title."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play, played_new

SEEDS = "Party hats|Buy milk|Call the landlord|Pay Marcus back"


@pytest.mark.parametrize(
    ("message", "changes"),
    [
        ("hi assistant, nvm about the party hats", {"Party hats": "deleted"}),
        ("hello assistant, nvm about the party hats", {"Party hats": "deleted"}),
        ("hi todochat, lemme knock off the party hats", {"Party hats": "done"}),
        ("hi assistant, spoke to the landlord", {"Call the landlord": "done"}),
        ("hi assistant, marcus got paid back, check that off", {"Pay Marcus back": "done"}),
        ("hello sir, delete the milk", {"Buy milk": "deleted"}),
        ("salaam alaikum, the landlord is called", {"Call the landlord": "done"}),
        ("good morning! tick off buy milk", {"Buy milk": "done"}),
    ],
)
async def test_a_request_after_a_named_greeting_is_carried_out(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, changes: dict[str, str]
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], changes)


@pytest.mark.parametrize(
    ("message", "added"),
    [
        ("salam, addd clip highlights for yt", ["Clip highlights for yt"]),
        ("hi assistant, add buy tomatoes", ["Buy tomatoes"]),
        ("good afternoon madam, add pay the school fees", ["Pay the school fees"]),
        ("namaste, remind me to call the plumber", ["Call the plumber"]),
    ],
)
async def test_an_add_after_a_named_greeting_adds(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: list[str]
) -> None:
    assert await played_new(store, session_for, SEEDS, [message]) == added


@pytest.mark.parametrize(
    "greeting", ["hi assistant,", "hey assistant,", "good morning!", "salam,", "hello sir,"]
)
async def test_a_follow_up_after_a_greeting_adds_to_what_went_before(
    store: TaskStore, session_for: Callable[..., ChatSession], greeting: str
) -> None:
    added = await played_new(
        store, session_for, SEEDS, ["add buy tomatoes", f"{greeting} and onions"]
    )
    assert added == ["Buy onions", "Buy tomatoes"]


@pytest.mark.parametrize(
    "message", ["hi assistant, meri list dikhao", "hey assistant, what do i have"]
)
async def test_a_list_asked_after_a_named_greeting_is_shown(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    _, reply = await play(store, session_for, SEEDS, [message])
    assert "Party hats" in reply


@pytest.mark.parametrize(
    "message",
    [
        "hi assistant",
        "good morning!",
        "salam",
        "hello sir, how are you?",
        "hello assistant, how are you?",
    ],
)
async def test_a_greeting_alone_does_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message])


@pytest.mark.parametrize(
    ("message", "added"),
    [
        ("add email the assistant manager", ["Email the assistant manager"]),
        ("add good morning routine", ["Good morning routine"]),
        ("add hello fresh order", ["Hello fresh order"]),
    ],
)
async def test_a_greeting_word_inside_a_title_stays(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: list[str]
) -> None:
    assert await played_new(store, session_for, SEEDS, [message]) == added
