"""The plan stage, a correction inside an add that replaces whom or where ("Can you add send
invoice to the Berlin client... sorry no, to the Kraków client, Berlin already paid", "add
book a table at the italian place, no wait, at the thai place on main street"): one task with
the words said again, however long, and why it was corrected asks nothing ('Berlin already
paid' completes no task). Never harm: a request after the correction ("..., and mark the gym
one done") is still made, and a day corrected still dates the add."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import expected, play

SEEDS = "Send invoice to the Berlin client|Gym"


@pytest.mark.parametrize(
    ("said", "added"),
    [
        (
            "Can you add send invoice to the Berlin client... sorry no, to the Kraków client, "
            "Berlin already paid",
            "Send invoice to the Kraków client",
        ),
        (
            "add book a table at the italian place, no wait, at the thai place on main street",
            "Book a table at the thai place on main street",
        ),
        (
            "remind me to email the quote to Sarah, sorry no, to the new project manager",
            "Email the quote to the new project manager",
        ),
        (
            "add pick up the cake from tesco... no wait from the bakery on high st, tesco was out",
            "Pick up the cake from the bakery on high st",
        ),
        ("add call mum at 5, no wait at 6", "Call mum@2026-11-23T18:00:00+00:00"),
    ],
)
async def test_the_words_said_again_replace_the_old(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, added: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert state == expected(f"{SEEDS}|{added}", {})


async def test_a_request_after_the_correction_is_made(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(
        store,
        session_for,
        SEEDS,
        [
            "add send invoice to the Berlin client, sorry no, to the Kraków client, and mark "
            "the gym one done"
        ],
    )
    assert state == expected(f"{SEEDS}|Send invoice to the Kraków client", {"Gym": "done"})
