"""The plan stage, the whole list asked for with the done ones said besides: "show me all of
them, the completed also", "list everything even done ones", "show all incl the finished ones"
list every task, the done ones too ("show me all of them" had fallen back, and "..., the
completed also" with it). Never harm: "show me the completed ones" stays the done ones only, and
a change said that way ("delete all of them, the completed also") is no listing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Cancel Netflix|Ring Dad|Old thing:done|Pay rent:done"


@pytest.mark.parametrize(
    "said",
    [
        "Show me all of them, the completed also",
        "show all incl the finished ones",
        "list everything even done ones",
        "show me all of em, the finished ones too",
        "give me all my tasks plus the ticked off ones",
        "show everything, done ones included",
        "list all of them including the completed",
        "can u show me all of them, the done ones as well pls",
        "show all my stuff, the finshed ones also",
        "show me all of them",
    ],
)
async def test_every_task_is_listed(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    reply = await assert_changes(store, session_for, SEEDS, [said])
    for title in ("Cancel Netflix", "Ring Dad", "Old thing", "Pay rent"):
        assert title in reply, reply


@pytest.mark.parametrize(
    ("said", "shown", "hidden"),
    [
        ("show me the completed ones", "Old thing", "Ring Dad"),
        ("show all the done ones", "Pay rent", "Cancel Netflix"),
        ("what's left to do?", "Ring Dad", "Old thing"),
    ],
)
async def test_only_what_is_asked_is_listed(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    shown: str,
    hidden: str,
) -> None:
    reply = await assert_changes(store, session_for, SEEDS, [said])
    assert shown in reply and hidden not in reply, reply


@pytest.mark.parametrize(
    "said",
    [
        "delete all of them, the completed also",
        "are all of them done?",
        "did you show me all of them?",
    ],
)
async def test_never_harm(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])
