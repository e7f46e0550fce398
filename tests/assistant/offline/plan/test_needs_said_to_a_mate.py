"""The plan stage, a need said after a word for the listener ("mate gotta quote the Hendersons
bathroom reno asap, make it high priority theyve been chasing me all week", "bro i gotta renew the
van rego, make it urgent"): the need is added, with the level said after it. Never harm: a
remark, a deed or a question after the same word adds nothing and changes no task."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

SEEDS = "Pick up tiles from Bunnings|Invoice Mrs Clarke:done"


@pytest.mark.parametrize(
    ("said", "added"),
    [
        ("bro i gotta renew the van rego, make it urgent its due soon", "Renew the van rego"),
        (
            "mate need to ring the council about the skip, make it high priority they keep fining"
            " me",
            "Ring the council about the skip",
        ),
        ("sis i have to book the vet for Rex, make it high priority", "Book the vet for Rex"),
        (
            "love, gotta chase the Smiths invoice asap, make it top priority",
            "Chase the Smiths invoice",
        ),
        ("dude i've got to fix the side gate, high priority pls", "Fix the side gate"),
    ],
)
async def test_the_need_is_added_high(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, added: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert state == sorted([*SEEDS.split("|"), added])
    assert any(t["title"] == added and t["priority"] == "high" for t in store.tasks.values())


@pytest.mark.parametrize(
    "said",
    [
        "mate i need a break lol",
        "mate, is the tiles one high priority?",
        "bro i'll get to it later",
        "mate i picked up the tiles from bunnings, make it done",
    ],
)
async def test_a_remark_to_a_mate_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert all(
        s.split("@")[0]
        in (
            "Pick up tiles from Bunnings",
            "Pick up tiles from Bunnings:done",
            "Invoice Mrs Clarke:done",
        )
        for s in state
    )
    assert not any(t["priority"] == "high" for t in store.tasks.values())
