"""The plan stage, a message that only names a thing: an errand ("kids dentist appt") or a
need ("need stamps") is added; a bare word that may be anything, a thing already on the list,
a question, or an answer to the last reply's question adds nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("kids dentist appt", "Kids dentist appt"),
        ("car service", "Car service"),
        ("gas bill", "Gas bill"),
        ("need stamps", "Get stamps"),
        ("gotta get new wiper blades", "Get new wiper blades"),
        ("physio for my knee", "Physio for my knee"),
    ],
)
async def test_an_errand_or_a_need_said_alone_is_added(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    store.create("Walk the dog")
    await session_for(store).say(said)
    assert store.titles() == ["Walk the dog", title]


@pytest.mark.parametrize(
    "said",
    [
        "stamps",
        "legend",
        "movie night",
        "dentist?",
        "asdf jkl",
        "bad bot",
        "crazy busy day",
        "no worries",
        "the dentist was fine",
        "dentist cancelled",
    ],
)
async def test_a_bare_word_a_question_or_news_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    store.create("Walk the dog")
    await session_for(store).say(said)
    assert store.titles() == ["Walk the dog"]


async def test_an_errand_already_on_the_list_is_not_added_again(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Book dentist appointment")
    await session_for(store).say("dentist")
    assert store.titles() == ["Book dentist appointment"]


async def test_an_errand_said_after_a_question_is_not_added(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Pay the gas bill")
    store.create("Pay the water bill")
    session = session_for(store)
    first = await session.say("mark the bill done")
    assert "?" in first.reply
    await session.say("gas bill")
    assert store.titles() == ["Pay the gas bill", "Pay the water bill"]
