"""The plan stage, an add with what follows if it is not done ("remind me to return my bio
textbook to the library tmrw or mrs patel is gonna kill me", "call mum or she'll kill me"): no
part of the title; a choice inside a question ("ask tom if he or she will come") and a plain
"or" ("decide on tea or coffee") stay."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore


@pytest.mark.parametrize(
    ("message", "title"),
    [
        (
            "ugh remind me to return my bio textbook to the library tmrw"
            " or mrs patel is gonna kill me",
            "Return my bio textbook to the library",
        ),
        ("add call mum tonight or she'll kill me", "Call mum"),
        ("add feed the cat or she will starve lol", "Feed the cat"),
        ("add call the bank or else they will charge me again", "Call the bank"),
        (
            "add renew the parking permit or the council is going to fine me",
            "Renew the parking permit",
        ),
        ("add ask tom if he or she will come", "Ask tom if he or she will come"),
        ("add decide on tea or coffee", "Decide on tea or coffee"),
    ],
)
async def test_the_title_is_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, title: str
) -> None:
    await session_for(store).say(message)
    [task] = store.tasks.values()
    assert task["title"] == title
