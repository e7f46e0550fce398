"""The plan stage, details said with an add: notes in a sentence of their own right after it
('new task: book the campervan. notes: "4 berth, 12 nights"'), a description said as an order
("and in the description write: X", "for the notes put: X") and a tag said before it ("put tag
personal and in the description write: X"): one task, with that description and tag, never a
second task of the notes. Never harm: a second add after a full stop is still added, a singular
"note:" still names a title, and a question about a description changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore

SEEDS = ("Walk the dog",)


def _added(store: TaskStore) -> list[tuple[str, str | None, list[str]]]:
    return [
        (t["title"], t["description"], list(t["tags"] or []))
        for t in store.tasks.values()
        if t["title"] not in SEEDS
    ]


@pytest.mark.parametrize(
    ("said", "title", "description", "tags"),
    [
        ('new task: book the campervan for the trip. notes: "4 berth, pickup Christchurch, '
         '12 nights"', "Book the campervan for the trip", "4 berth, pickup Christchurch, 12 nights",
         []),
        ("add service the boiler. details: the engineer needs the side gate open",
         "Service the boiler", "the engineer needs the side gate open", []),
        ("create new task renew licence, put tag admin and in the description write: bring "
         "proof of address", "Renew licence", "bring proof of address", ["admin"]),
        ("add fix the gate, for the notes put: code 1234", "Fix the gate", "code 1234", []),
        ("please add order the cake and in the notes write: chocolate, no nuts",
         "Order the cake", "chocolate, no nuts", []),
        ("add pay the plumber, tag house, description: invoice 42", "Pay the plumber",
         "invoice 42", ["house"]),
    ],
)  # fmt: skip
async def test_details_said_with_an_add_describe_it(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    description: str,
    tags: list[str],
) -> None:
    for seed in SEEDS:
        store.create(seed)
    await session_for(store).say(said)
    assert _added(store) == [(title, description, tags)]


async def test_a_second_add_after_a_full_stop_is_still_added(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    for seed in SEEDS:
        store.create(seed)
    await session_for(store).say("add buy milk. add call the bank")
    assert [t for t, _, _ in _added(store)] == ["Buy milk", "Call the bank"]


async def test_a_question_about_a_description_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Renew passport")
    await session_for(store).say("what does the description of the passport task say")
    assert [(t["title"], t["description"]) for t in store.tasks.values()] == [
        ("Renew passport", None)
    ]


async def test_a_description_said_in_a_sentence_of_its_own_still_describes_the_add(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await session_for(store).say(
        "could you add a task called 'Plan the street party'? For the description, please put: "
        "book the hall, order food. Thanks so much."
    )
    assert [(t["title"], t["description"]) for t in store.tasks.values()] == [
        ("Plan the street party", "book the hall, order food")
    ]
