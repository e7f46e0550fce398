"""The plan stage, chatter around a request: a statement about something that is not on the
list ("the party is on sunday") asks for nothing and adds nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore


@pytest.mark.parametrize(
    "said",
    [
        "ugh forgot the flowers for mum 😩 the party is on sunday",
        "the recital was on friday, it went great",
        "honestly the exams are on monday and i'm not ready",
    ],
)
async def test_a_dated_statement_naming_no_task_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    store.create("Buy flowers for mum")
    await session_for(store).say(said)
    assert store.titles() == ["Buy flowers for mum"]
    assert all(not t.get("due_date") for t in store.tasks.values())


@pytest.mark.parametrize(
    ("asked", "answer", "title"),
    [
        ("can you add something for me", "renew my library card", "Renew my library card"),
        ("could u add smth", "a new phone charger bc mine broke", "A new phone charger"),
        (
            "add a task pls",
            "ring the garage about the clutch, ta",
            "Ring the garage about the clutch",
        ),
    ],
)
async def test_the_answer_to_what_the_task_should_say_is_its_title(
    store: TaskStore, session_for: Callable[..., ChatSession], asked: str, answer: str, title: str
) -> None:
    session = session_for(store)
    first = await session.say(asked)
    assert "What should the task say" in first.reply and not store.tasks
    await session.say(answer)
    assert store.titles() == [title]


async def test_a_command_after_the_question_is_read_as_a_command(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Buy milk")
    session = session_for(store)
    await session.say("can you add something")
    await session.say("actually delete buy milk")
    assert not store.tasks


@pytest.mark.parametrize(
    "said",
    [
        "ugh I keep forgetting to book the MOT, I'm useless",
        "honestly I still need to book the MOT lol",
        "I really have to book that MOT 🙈 the car is making noises",
    ],
)
async def test_a_wish_already_on_the_list_adds_no_second_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    store.create("Book MOT for the Corsa")
    store.create("Buy milk")
    await session_for(store).say(said)
    assert store.titles() == ["Book MOT for the Corsa", "Buy milk"]
