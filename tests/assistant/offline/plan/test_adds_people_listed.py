"""The plan stage, a list of people after a verb is one task: "add invite bob, don and sue" adds
'Invite bob, don and sue' (it had added 'Invite bob', 'Don' and 'Sue'). The verb is one done to
people (the ``people_verbs`` word list: invite, ring, email, text, pick up, ...), and every other
item is a name or two, the last one with what for or when after it. Never harm: a list of things
to buy stays one task per item, and a list of requests each with its verb stays a list."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_titles


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("add invite bob, don and sue", "Invite bob, don and sue"),
        ("add ring mum, dad and gran", "Ring mum, dad and gran"),
        ("add email Priya, Tom and Raj", "Email Priya, Tom and Raj"),
        ("add text kez, mo, and jules re bbq", "Text kez, mo, and jules re bbq"),
        ("add pick up tom, anna and zoe from school", "Pick up tom, anna and zoe from school"),
        ("add call the plumber, the electrician and the builder",
         "Call the plumber, the electrician and the builder"),
        ("add thank aunty jo, uncle ray and nan", "Thank aunty jo, uncle ray and nan"),
        ("pls add invite bob, don & sue", "Invite bob, don & sue"),
    ],
)  # fmt: skip
async def test_one_task_of_the_people(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    await assert_titles(store, session_for, ["Ring Dad"], [said], ["Ring Dad", title])


@pytest.mark.parametrize(
    ("said", "titles"),
    [
        ("add buy milk, eggs and bread", ["Buy milk", "Eggs", "Bread"]),
        ("add invite bob, buy cake and book hall", ["Invite bob", "Buy cake", "Book hall"]),
        ("add call mum, email dave and book flights", ["Call mum", "Email dave", "Book flights"]),
        ("add get milk, bread", ["Get milk, bread"]),
        ("add price tags, tape and scissors", ["Price tags", "Tape", "Scissors"]),
        ("add call mum, eggs, buy bread", ["Call mum", "Eggs", "Buy bread"]),
    ],
)
async def test_never_harm(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, titles: list[str]
) -> None:
    await assert_titles(store, session_for, ["Ring Dad"], [said], ["Ring Dad", *titles])
