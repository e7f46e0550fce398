"""The plan stage, a task renamed to words with a number inside them: "actually change the
sunscreen one to spf 50 sunscreen" renames 'Buy sunscreen' to 'Buy spf 50 sunscreen' (it had
read "sunscreen one to spf" as the task and renamed it 'Buy 50 sunscreen', an amount). A new
amount said straight after "to" is still an amount ("change the milk to 2 litres"), and a task
named that matches nothing changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

SEEDS = "Book campsite at Jervis Bay|Buy sunscreen|Buy hats for the kids"


@pytest.mark.parametrize(
    ("message", "renamed"),
    [
        ("actually change the sunscreen one to spf 50 sunscreen", "Buy spf 50 sunscreen"),
        ("change the sunscreen one to factor 30 sunscreen", "Buy factor 30 sunscreen"),
        ("change the sunscreen task to sunscreen spf 50", "Buy sunscreen spf 50"),
        ("update the sunscreen one to spf 30 sunscreen please", "Buy spf 30 sunscreen"),
    ],
)
async def test_the_task_is_renamed(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, renamed: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == sorted([renamed, "Book campsite at Jervis Bay", "Buy hats for the kids"])


async def test_an_amount_after_to_is_still_an_amount(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(
        store, session_for, "Buy 1 litre of milk", ["change the milk to 2 litres"]
    )
    assert state == ["Buy 2 litres of milk"]


async def test_a_task_that_is_not_there_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["change the tent one to spf 50 tent"])
    assert state == sorted(SEEDS.split("|"))


async def test_a_new_number_of_what_the_task_names_is_still_an_amount(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(
        store,
        session_for,
        "Pick up load 4471 in Amarillo|Call wife",
        ["change the Amarillo pickup to load forty four seventy three they switched it on me"],
    )
    assert state == ["Call wife", "Pick up load 4473 in Amarillo"]
