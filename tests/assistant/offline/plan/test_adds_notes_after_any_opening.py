"""The plan stage, notes said in a sentence of their own right after an add opened in any of
the usual ways ("new one: plan Jess's hen do. notes: book cottage, sort cocktail class", "one
more - fix the gate. description: code 1234", "can you add X pls. notes: a, b", "i need to X.
details: Y"): one task whose description is the notes, never a task per note (a list in the
notes had added each item). Never harm: a second add after a full stop is still added, a lone
"notes: a, b" adds nothing, and "note: buy milk" still adds its title."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore

SEED = "Walk the dog"


def _added(store: TaskStore) -> list[tuple[str, str | None]]:
    return [(t["title"], t["description"]) for t in store.tasks.values() if t["title"] != SEED]


@pytest.mark.parametrize(
    ("said", "title", "description"),
    [
        ("new one: plan the street party. notes: book the hall, order food, hire chairs",
         "Plan the street party", "book the hall, order food, hire chairs"),
        ("one more: fix the gate. description: code 1234", "Fix the gate", "code 1234"),
        ("another one - pay the builder. notes: invoice 77, cash only", "Pay the builder",
         "invoice 77, cash only"),
        ("can you add plan the hen do pls. notes: book cottage, sort cocktail class",
         "Plan the hen do", "book cottage, sort cocktail class"),
        ("i need to book the venue. notes: cheap, near town", "Book the venue",
         "cheap, near town"),
        ("new task - book the vet. details: bring the vaccination card", "Book the vet",
         "bring the vaccination card"),
    ],
)  # fmt: skip
async def test_notes_after_an_add_describe_it(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    description: str,
) -> None:
    store.create(SEED)
    await session_for(store).say(said)
    assert _added(store) == [(title, description)]


async def test_a_second_add_after_a_full_stop_is_still_added(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create(SEED)
    await session_for(store).say("new one: buy milk. add call the bank")
    assert [t for t, _ in _added(store)] == ["Buy milk", "Call the bank"]


async def test_lone_notes_add_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create(SEED)
    await session_for(store).say("notes: book cottage, sort cocktail class")
    assert _added(store) == []


async def test_a_note_label_still_names_a_title(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create(SEED)
    await session_for(store).say("note: buy milk")
    assert _added(store) == [("Buy milk", None)]
