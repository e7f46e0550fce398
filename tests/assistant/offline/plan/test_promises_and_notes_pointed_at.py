"""The plan stage, a promise made is a need, and notes said with "add it": "Eh I have promised
mum I will visit shosho in Nakuru on Saturday. Please add it, description: carry sugar, unga
and the blanket" adds 'Visit shosho in Nakuru' due saturday with those notes (it had added 'Eh
I have promised mum I will visit shosho in Nakuru', the notes lost). Never harm: a promise of
someone else's adds nothing, and "add it" with notes but no thing told before adds nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Renew NHIF"


@pytest.mark.parametrize(
    ("said", "title", "notes"),
    [
        ("Eh I have promised mum I will visit shosho in Nakuru on Saturday. Please add it, "
         "description: carry sugar, unga and the blanket",
         "Visit shosho in Nakuru", "carry sugar, unga and the blanket"),
        ("I promised my sister I'll help her move on sunday, can you add that",
         "Help her move", None),
        ("so i promised the kids we'd bake cookies on saturday. put it on my list",
         "Bake cookies", None),
        ("I need to renew my passport by friday. put it on my list with notes: bring 2 photos",
         "Renew my passport", "bring 2 photos"),
        ("we have to fix the gate this weekend. add that, details - hinge is rusted",
         "Fix the gate", "hinge is rusted"),
    ],
)  # fmt: skip
async def test_the_promise_or_need_is_added_with_its_notes(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    notes: str | None,
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    added = [t for t in store.tasks.values() if t["title"] != SEEDS]
    assert len(added) == 1 and added[0]["title"] == title, state
    assert added[0]["description"] == notes
    assert added[0]["due_date"]


@pytest.mark.parametrize(
    "said",
    [
        "she promised she'd call me back",
        "my boss promised he will sort the rota",
        "please add it, description: carry sugar",
    ],
)
async def test_never_harm(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])
