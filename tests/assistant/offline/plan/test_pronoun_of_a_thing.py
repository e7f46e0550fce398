"""The plan stage, news or a worry naming one thing, then a need or a reminder of a deed done to
"it" or "them": the deed is done to that thing ("the van's insurance expires soon, gotta
renew it" adds 'Renew the van's insurance'; "i keep forgetting my eye drops, remind me to use
them at night" adds 'Use my eye drops'), said after a comma as after a full stop. Never harm:
news naming no thing ("that was a mess, gotta fix it") adds nothing, an add asked outright
keeps its words, and no seed is touched."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

SEEDS = "Walk the dog|Pay the gas bill"


def _added(state: list[str]) -> list[str]:
    return [t for t in state if t.split("@")[0] not in SEEDS.split("|")]


@pytest.mark.parametrize(
    ("said", "added"),
    [
        ("oh no the van insurance expires soon, gotta renew it", ["Renew the van insurance"]),
        ("my library books are due back soon, need to return them", ["Return my library books"]),
        ("the gutters are full of leaves, i have to clear them", ["Clear the gutters"]),
        ("i keep forgetting my eye drops, remind me to use them", ["Use my eye drops"]),
        ("i keep forgetting my vitamins 🙈 remind me to take them", ["Take my vitamins"]),
    ],
)  # fmt: skip
async def test_the_pronoun_is_the_thing_named_before(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, added: list[str]
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert _added(state) == added
    assert all(seed in state for seed in SEEDS.split("|"))


@pytest.mark.parametrize(
    "said",
    [
        "that was a mess, gotta fix it",
        "ugh what a day, need to sleep it off",
        "honestly it is what it is, gotta accept it",
        "lol that's wild, gotta see it",
        "so annoying, have to deal with it",
    ],
)
async def test_news_naming_no_thing_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert state == sorted(SEEDS.split("|"))


async def test_an_add_asked_outright_keeps_its_words(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["add check the tyres"])
    assert _added(state) == ["Check the tyres"]
