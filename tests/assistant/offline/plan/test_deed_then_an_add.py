"""The plan stage, a deed told and then an add in one message ("I called the electrician
already, and add buy LPG cylinder for tomorrow", "got the cards 👍 and add 'write the cards'
too"): the deed's task is ticked off AND the add is made (the user's "called" had read as a
title marker "called X", so the add was cut off and dropped; "got" the thing a task buys had
asked). Never harm: a request is never dropped silently, a task named "called X" keeps its
name, a card got from someone is asked about, and "get" in a delete is no buy."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Call electrician|Pay society maintenance|Buy Christmas cards"


@pytest.mark.parametrize(
    ("said", "done", "added"),
    [
        (
            "I called the electrician already, and add buy LPG cylinder for tomorrow",
            "Call electrician",
            "Buy LPG cylinder@2026-11-24",
        ),
        ("i called the electrician and add buy fuse wire", "Call electrician", "Buy fuse wire"),
        ("called the electrician, add buy bulbs tmrw", "Call electrician", "Buy bulbs@2026-11-24"),
        (
            "got the cards 👍 and add 'write the cards' too",
            "Buy Christmas cards",
            "Write the cards",
        ),
        (
            "paid the society maintenance, also add renew car insurance friday",
            "Pay society maintenance",
            "Renew car insurance@2026-11-27",
        ),
    ],
)
async def test_a_deed_then_an_add_does_both(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, done: str, added: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    want = [f"{t}:done" if t == done else t for t in SEEDS.split("|")]
    assert state == sorted([*want, added])


@pytest.mark.parametrize("said", ["got the cards", "grabbed the cards yesterday"])
async def test_the_thing_got_is_the_thing_bought(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], {"Buy Christmas cards": "done"})


async def test_a_task_called_something_keeps_its_name(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["add a task called call the plumber"])
    assert state == sorted([*SEEDS.split("|"), "Call the plumber"])


@pytest.mark.parametrize("said", ["got a card from grandma", "delete get cards"])
async def test_a_card_received_or_a_get_asks(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])
