"""The plan stage, a note for a task said after a colon, its parts joined by commas, one of
which opens with a verb: "can u add a note on the bach one: Raglan, sleeps 8, bring linen" sets
the whole "Raglan, sleeps 8, bring linen" as the description (it had set "Raglan, sleeps 8" and
added a task 'Bring linen'). Without a note's colon a comma before a command still parts two
requests ("the bach one, make it high priority"), and "then" after the note still starts one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore

SEEDS = ("Book the bach for Easter", "Dentist appointment")


def _seed(store: TaskStore) -> None:
    for title in SEEDS:
        store.create(title)


@pytest.mark.parametrize(
    ("message", "title", "note"),
    [
        (
            "can u add a note on the bach one: Raglan, sleeps 8, bring linen",
            "Book the bach for Easter",
            "Raglan, sleeps 8, bring linen",
        ),
        (
            "add a note to the dentist task: parking round the back, bring the card",
            "Dentist appointment",
            "parking round the back, bring the card",
        ),
        (
            "could you put a note on the bach one: key under the mat, clear the gutters",
            "Book the bach for Easter",
            "key under the mat, clear the gutters",
        ),
        (
            "for the bach one add note: sleeps 8, bring linen",
            "Book the bach for Easter",
            "sleeps 8, bring linen",
        ),
        (
            "add a note on the dentist one: ask about the crown, give them the new address",
            "Dentist appointment",
            "ask about the crown, give them the new address",
        ),
    ],
)
async def test_the_whole_note_is_set(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    title: str,
    note: str,
) -> None:
    _seed(store)
    await session_for(store).say(message)
    assert sorted(store.titles()) == sorted(SEEDS)
    task = next(t for t in store.tasks.values() if t["title"] == title)
    assert task["description"] == note


async def test_a_comma_before_a_command_without_a_note_still_parts(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    _seed(store)
    await session_for(store).say("the bach one, make it high priority")
    task = next(t for t in store.tasks.values() if t["title"] == SEEDS[0])
    assert task["priority"] == "high"
    assert not task["description"]


async def test_then_after_the_note_starts_another_request(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    _seed(store)
    await session_for(store).say(
        "add a note on the bach one: Raglan, sleeps 8, then mark the dentist done"
    )
    tasks = {t["title"]: t for t in store.tasks.values()}
    assert tasks[SEEDS[0]]["description"] == "Raglan, sleeps 8"
    assert tasks[SEEDS[1]]["completed"]
