"""The plan stage, who said I can or must ("landlord said i can pay the rent on monday instead,
pls change the date"): the words after it are read as if I said them (it had looked for a task
'Landlord'); "mum said i need to buy veg, add it" adds the need."""

from __future__ import annotations

from collections.abc import Callable

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Pay rent@2026-11-25|Buy vegetables|Call electrician"


async def test_the_move_told_is_made(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        SEEDS,
        ["landlord said i can pay the rent on monday instead, pls change the date"],
        {"Pay rent": "@2026-11-30"},
    )


async def test_the_need_told_is_added(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await session_for(store).say("mum said i need to buy veg, add it")
    assert "Buy veg" in store.titles()
