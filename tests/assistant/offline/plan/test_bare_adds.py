"""The plan stage, a message that only names a thing or a deed: an errand ("kids dentist
appt"), a need ("need stamps") or a deed naming no task ("drop off the parcel") is added; a
bare word that may be anything, a thing already on the list, a question, an answer to the last
reply's question, or a list command naming no task ("cancel the meeting") adds nothing."""

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


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("drop off the parcel at the post office", "Drop off the parcel at the post office"),
        ("check in for the flight", "Check in for the flight"),
        ("clear out the garage", "Clear out the garage"),
        ("sort out the loft", "Sort out the loft"),
    ],
)
async def test_a_deed_that_names_no_task_is_a_task_to_add(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    store.create("Walk the dog")
    await session_for(store).say(said)
    assert store.titles() == ["Walk the dog", title]


@pytest.mark.parametrize(
    ("seed", "said", "done"),
    [
        ("Netflix subscription", "cancel netflix", None),
        ("Finish the report", "finish the report", True),
        # named by its own title with a list verb: asked about, never added twice
        ("Clear out the garage", "clear out the garage", False),
    ],
)
async def test_a_deed_naming_a_task_still_acts_on_it(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seed: str,
    said: str,
    done: bool | None,
) -> None:
    store.create(seed)
    await session_for(store).say(said)
    if done is None:
        assert store.titles() == []
    else:
        assert [t["completed"] for t in store.tasks.values()] == [done]


@pytest.mark.parametrize(
    "said",
    [
        "delete netflix",
        "remove the old couch",
        "finish it",
        "cancel the meeting with the accountant",
        "close the kubernetes task",
        "clear out the garage task",
    ],
)
async def test_a_list_command_that_names_no_task_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    store.create("Walk the dog")
    await session_for(store).say(said)
    assert store.titles() == ["Walk the dog"]
