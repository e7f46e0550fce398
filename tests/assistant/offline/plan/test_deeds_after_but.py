"""The plan stage, a learner's deed told thing first after "but": "but the gate latch i already
fix", "sorry wrong one, undo that. but the school shoes we already buy", "not yet, undo that
but the water bill i already pay". The thing named, then "i/we already <plain verb>", completes
its task, whether "but" opens the sentence or follows something else; beside an undo of a
change made to another task, the undo and the completion are both made. Never harm: "but" after
a whole ("delete all but the shoes, i already buy them") is "except"; a deed denied or wished,
a question, a thing that is no task, or a thing two tasks share completes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import expected, play

HOME = "Pay the water bill|Fix the gate latch|Buy school shoes"


@pytest.mark.parametrize(
    ("messages", "changes"),
    [
        (["but the gate latch i already fix"], {"Fix the gate latch": "done"}),
        (
            ["the latch not yet, but the school shoes we already buy"],
            {"Buy school shoes": "done"},
        ),
        (["ok but the water bill, i already pay it"], {"Pay the water bill": "done"}),
        # beside an undo of another task's change: the undo, then the deed
        (
            [
                "i already pay the water bill",
                "sorry wrong one, undo that. but the school shoes we already buy",
            ],
            {"Buy school shoes": "done"},
        ),
        (
            ["i already fix the gate latch", "not yet, undo that but the water bill i already pay"],
            {"Pay the water bill": "done"},
        ),
    ],
)
async def test_a_thing_then_i_already_verb_after_but_completes_it(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    messages: list[str],
    changes: dict[str, str],
) -> None:
    state, _ = await play(store, session_for, HOME, messages)
    assert state == expected(HOME, changes)


@pytest.mark.parametrize(
    ("seeds", "messages", "changes"),
    [
        # "but" after a whole is "except": the rest go, the shoes stay as they are
        (
            HOME,
            ["delete all but the school shoes, i already buy them"],
            {"Pay the water bill": "deleted", "Fix the gate latch": "deleted"},
        ),
        # a deed denied, wished or asked
        (HOME, ["but the gate latch i not fix yet"], {}),
        (HOME, ["but the gate latch i want to fix"], {}),
        (HOME, ["but the gate latch i already fix?"], {}),
        # a thing that is no task, and a thing two tasks share
        (HOME, ["but the printer i already fix"], {}),
        ("Buy school shoes|Buy running shoes", ["but the shoes i already buy"], {}),
        # an undo and a bare "but" remark: only the undo
        (
            HOME,
            ["i already pay the water bill", "undo that. but i already have the shoes"],
            {},
        ),
    ],
)
async def test_near_misses_complete_nothing_else(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    messages: list[str],
    changes: dict[str, str],
) -> None:
    state, _ = await play(store, session_for, seeds, messages)
    assert state == expected(seeds, changes)
