"""The plan stage, news of a deed said after an add: "add <task> and (also) <thing> is
done/finished/sorted" ("add water the ferns at 6 and also plumber booking is finished", "add
call the vet and car insurance renewal's sorted"). The add is made, and the thing said bare (no
"the") to be done completes the task it names, asked about when two tasks share it; it is never
a second task to add. Never harm: a verb first ("add bake bread and check the loaf is done") or
a person ("... and tell her dinner is done") keeps one add, a thing that is no task completes
nothing, nor does a question or a state denied."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import expected, play

HOME = "Renew car insurance|Book the plumber|Buy dog food"


@pytest.mark.parametrize(
    ("message", "added", "done"),
    [
        (
            "add water the ferns at 6 and also plumber booking is finished",
            "Water the ferns",
            "Book the plumber",
        ),
        (
            "add call the vet and car insurance renewal's sorted",
            "Call the vet",
            "Renew car insurance",
        ),
        ("add buy eggs and also dog food is done", "Buy eggs", "Buy dog food"),
        (
            "please add email the landlord tomorrow, and also car insurance is done now",
            "Email the landlord",
            "Renew car insurance",
        ),
    ],
)
async def test_a_thing_said_done_after_an_add_completes_its_task(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    added: str,
    done: str,
) -> None:
    state, _ = await play(store, session_for, HOME, [message])
    titles = [s.split("@")[0] for s in state]
    assert added in titles
    assert f"{done}:done" in state
    assert len(state) == 4  # one task added, none for the news


@pytest.mark.parametrize(
    ("seeds", "message", "title"),
    [
        # a verb first, or a person: one add, nothing completed
        (
            HOME,
            "add bake bread and check the loaf is done",
            "Bake bread and check the loaf is done",
        ),
        (
            HOME,
            "remind me to ring nan and tell her dinner is done",
            "Ring nan and tell her dinner is done",
        ),
        # a thing that is no task, or one two tasks share (asked about), a question
        (HOME, "add buy eggs and also gym membership is done", "Buy eggs"),
        (
            "Book the plumber|Book the electrician",
            "add buy eggs and also booking is done",
            "Buy eggs",
        ),
        (HOME, "add buy eggs and also plumber booking is done?", "Buy eggs"),
    ],
)
async def test_near_misses_complete_nothing(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    message: str,
    title: str,
) -> None:
    state, _ = await play(store, session_for, seeds, [message])
    assert sorted(s.split("@")[0] for s in state) == sorted([*expected(seeds, {}), title])
