"""The plan stage, an add asked for after the task is said ("hey so I need to put the bins out
every Tuesday night can you add that as a repeating one thanks"): the task said before is added
with its repeat, never a title 'Put the bins out can you add that as a repeating one'. Never
harm: an add of "that" with nothing said before it adds no task 'As a repeating one', and a
question whether it was added adds nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, seed


@pytest.mark.parametrize(
    ("said", "added"),
    [
        (
            "hey so I need to put the bins out every Tuesday night can you add that as a "
            "repeating one thanks",
            ("Put the bins out", "every Tuesday at 20:00"),
        ),
        (
            "gotta pay the gardener every friday, could you put that in as a recurring one",
            ("Pay the gardener", "every Friday"),
        ),
        (
            "feed the fish every day, can you add it as a recurring thing",
            ("Feed the fish", "every day"),
        ),
        (
            "i have to take my meds every morning, can you add this as a daily one",
            ("Take my meds", "every day at 09:00"),
        ),
    ],
)
async def test_an_add_asked_after_the_task_adds_it(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    added: tuple[str, str],
) -> None:
    seed(store, "Pay rent")
    await session_for(store).say(said)
    (task,) = [t for t in store.tasks.values() if t["title"] != "Pay rent"]
    assert (task["title"], task["repeat_text"] or "") == added


@pytest.mark.parametrize(
    "said",
    [
        "can you add that as a repeating one",
        "did you add that as a repeating one?",
        "add as a recurring one",
    ],
)
async def test_an_add_of_nothing_said_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, "Put the bins out", [said])
