"""The plan stage: how often a task repeats, set with "set/change X to ..." and a reason said
after a comma ("set the bins to repeat weekly, council gave us a new bin") sets the repeat; it
renamed the task 'Repeat weekly, council gave us a new bin out', a harm.

Never harm: a new title said after "rename ... to" is still the title; a repeat said with no
reason still sets it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play, repeats

SEEDS = "Put the bins out|Buy milk|Water the ferns"


@pytest.mark.parametrize(
    ("said", "title", "how"),
    [
        ("set the bins to repeat weekly, council gave us a new bin", "Put the bins out",
         "every week"),
        ("set the bins to weekly, council gave us a new bin", "Put the bins out", "every week"),
        ("set put the bins out to weekly, council gave us a new bin", "Put the bins out",
         "every week"),
        ("change the milk to recurring every monday, the shop restocks then", "Buy milk",
         "every Monday"),
        ("change the ferns to every day - heatwave coming", "Water the ferns", "every day"),
        ("switch the bins one to weekly, council changed the pickup", "Put the bins out",
         "every week"),
        ("set the ferns to repeat weekly because winter's here", "Water the ferns", "every week"),
        ("change the bins to repeat weekly then", "Put the bins out", "every week"),
    ],
)  # fmt: skip
async def test_how_often_with_a_reason_sets_the_repeat(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str, how: str
) -> None:
    state, reply = await play(store, session_for, SEEDS, [said])
    assert sorted(state) == sorted(SEEDS.split("|")), reply
    assert repeats(store) == {title: how}, reply


@pytest.mark.parametrize(
    ("said", "renamed"),
    [
        ("rename the bins to repeat the bins", "Repeat the bins"),
        ("rename the bins one to put the wheelie bin out, we got a new one",
         "Put the wheelie bin out"),
        ("change the milk one to buy oat milk, we switched", "Buy oat milk"),
        ("rename the ferns to water the weekly ferns", "Water the weekly ferns"),
        ("change the bins to take the recycling out", "Take the recycling out"),
    ],
)  # fmt: skip
async def test_a_new_title_is_still_a_title(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, renamed: str
) -> None:
    state, reply = await play(store, session_for, SEEDS, [said])
    assert renamed in state, (state, reply)
    assert repeats(store) == {}, reply
