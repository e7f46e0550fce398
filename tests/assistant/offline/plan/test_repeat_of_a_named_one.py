"""The plan stage, a repeat said of a task named as "the X one", a tag asking assent after it
("the electricity bill one should repeat every month na, set that", "... every month ok",
"electricity bill should repeat every month lah"): that task repeats, and no task is added.
Never harm: a wish against it ("... shouldnt repeat every month") adds and sets nothing, and an
add said outright ("add the blue one should be ironed") is still an add."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

SEEDS = "Pay electricity bill|Buy vegetables"


def _repeats(store: TaskStore) -> dict[str, str]:
    return {t["title"]: t.get("repeat_text") or "" for t in store.tasks.values()}


@pytest.mark.parametrize(
    "said",
    [
        "the electricity bill one should repeat every month na, set that",
        "the electricity bill one should repeat every month na",
        "the electricity bill one should repeat every month, na",
        "the electricity bill one should repeat every month ok, set that",
        "electricity bill should repeat every month lah, set that",
        "the electricity one needs to repeat every month na",
        "set the electricity one to repeat monthly na",
    ],
)
async def test_the_named_task_repeats_and_nothing_is_added(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await play(store, session_for, SEEDS, [said])
    assert _repeats(store) == {"Pay electricity bill": "every month", "Buy vegetables": ""}


async def test_a_wish_against_a_repeat_sets_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await play(store, session_for, SEEDS, ["the electricity bill one shouldnt repeat every month"])
    assert _repeats(store) == {"Pay electricity bill": "", "Buy vegetables": ""}


async def test_an_add_said_outright_is_still_an_add(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["add the blue one should be ironed"])
    assert "The blue one should be ironed" in state
