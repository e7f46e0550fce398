"""The plan stage, an add with what someone (anyone, named by a plain noun) will do if it is
not done ("I need to submit my expense report by friday 5pm or finance will literally kill me",
"add pay the invoice or accounts will go mad", "remind me to renew the lease or the landlord's
gonna freak"): the threat is no part of the title (it had added 'Submit my expense report or
finance will literally kill me'). Never harm: a plain "or" of a choice ("pick pizza or pasta
will do"), and a threat asked about ("ask if finance will kill the project") stay."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("ok so I need to file my travel claim by friday 5pm or finance will literally kill me",
         "File my travel claim"),
        ("add pay the invoice or accounts will go mad", "Pay the invoice"),
        ("remind me to renew the lease or the landlord's gonna freak", "Renew the lease"),
        ("add send the slides to HR by monday or my manager is going to be furious",
         "Send the slides to HR"),
        ("add book the vet or grandma will never forgive me", "Book the vet"),
    ],
)  # fmt: skip
async def test_the_threat_leaves_the_title(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, title: str
) -> None:
    await session_for(store).say(message)
    [task] = store.tasks.values()
    assert task["title"] == title


@pytest.mark.parametrize(
    "message",
    [
        "add pick pizza or pasta will do",
        "add ask if finance will kill the project",
        "add decide between the red or the blue one",
    ],
)
async def test_a_choice_or_a_question_stays(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await session_for(store).say(message)
    [task] = store.tasks.values()
    assert task["title"] == message.removeprefix("add ").capitalize()
