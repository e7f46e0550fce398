"""The plan stage, a repeat asked for with why ("make water the plants a weekly thing so it keeps
coming back", "..., so it pops up again"): the task named repeats, and the why is no part of
anything. Before, "so it keeps coming back" was read as news of a thing back ("the drill's
back"): the message ticked 'Water the plants' as returned. Never harm: a thing told back is
still returned ("library books back finally"), and a coming back said of no task changes
nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play, played_new, repeats

SEEDS = "Water the plants|Return library books|Put the bins out|Call the plumber"


@pytest.mark.parametrize(
    ("message", "title", "often"),
    [
        (
            "can u make water the plants a weekly thing so it keeps coming back",
            "Water the plants",
            "every week",
        ),
        ("make water the plants weekly so it comes back", "Water the plants", "every week"),
        (
            "set put the bins out to repeat every tuesday so it pops up again",
            "Put the bins out",
            "every Tuesday",
        ),
        (
            "could you make water the plants repeat every day so that it shows up again",
            "Water the plants",
            "every day",
        ),
        ("make the bins one weekly so it resets itself", "Put the bins out", "every week"),
    ],
)
async def test_a_repeat_asked_with_why_repeats_the_task(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    title: str,
    often: str,
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert [s.split("@")[0] for s in state] == sorted(SEEDS.split("|"))
    assert repeats(store) == {title: often}


@pytest.mark.parametrize(
    "message",
    [
        "add feed the cat every day so it keeps showing up",
        "remind me to take my pills every morning so it pops up",
    ],
)
async def test_a_new_repeat_with_why_adds_only_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    new = await played_new(store, session_for, SEEDS, [message])
    assert len(new) == 1
    assert "so it" not in new[0].lower() and "pops" not in new[0].lower()


@pytest.mark.parametrize(
    ("message", "changes"),
    [
        # a thing told back is still returned
        ("library books back finally", {"Return library books": "done"}),
        # a coming back said of nothing on the list changes nothing
        ("the plumber keeps coming back lol", {}),
        ("so it keeps coming back", {}),
        ("the leak keeps coming back so annoying", {}),
        ("my cold came back ugh", {}),
        ("the plants are coming back to life", {}),
    ],
)
async def test_a_coming_back_ticks_nothing_it_was_not_told(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], changes)
