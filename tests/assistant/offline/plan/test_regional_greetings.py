"""The plan stage, a request opened by a regional or slangy greeting ("howzit, anything tagged
work?", "g'day, add X", "sup, what's due today", "kia ora, tick off X"): the greeting is
read past and the request made. Never harm: a greeting said alone changes nothing, and a
word like "sup" inside a title ("add sup with gran") stays part of it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, seed

SEEDS = "Send invoice to client|Fix the gate motor|Prep quarterly slides"


def _tag(store: TaskStore) -> None:
    seed(store, SEEDS)
    for task in store.tasks.values():
        task["tags"] = ["home"] if task["title"] == "Fix the gate motor" else ["work"]


@pytest.mark.parametrize(
    "said",
    [
        "howzit, anything tagged work on my list?",
        "howzit anything tagged work?",
        "g'day, show me whats tagged work",
        "sup, anything tagged work",
        "wassup! what's tagged work",
        "kia ora, anything tagged work on the list?",
        "ey up, show tasks tagged work",
        "wagwan, anything tagged work",
    ],
)
async def test_a_listing_after_a_greeting_is_listed(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    _tag(store)
    turn = await session_for(store).say(said)
    assert (
        "list_tasks" in [c[0] for c in turn.tool_calls]
    ) and "Prep quarterly slides" in turn.reply
    assert "Fix the gate motor" not in turn.reply


@pytest.mark.parametrize(
    ("said", "changes"),
    [
        ("howzit, tick off the gate motor", {"Fix the gate motor": "done"}),
        ("g'day mate, the invoice is sent", {"Send invoice to client": "done"}),
        ("kia ora, delete the slides one", {"Prep quarterly slides": "deleted"}),
    ],
)
async def test_a_change_after_a_greeting_is_made(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, changes: dict[str, str]
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], changes)


@pytest.mark.parametrize("said", ["howzit", "howzit!", "g'day mate", "kia ora", "wagwan", "ey up"])
async def test_a_greeting_alone_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    turn = await session_for(store).say(said)
    assert not turn.tool_calls or all(c[0] == "list_tasks" for c in turn.tool_calls)
    assert "didn't quite get" not in turn.reply.lower()


async def test_a_greeting_word_inside_a_title_stays(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await session_for(store).say("add sup with gran on sunday")
    assert [t["title"] for t in store.tasks.values()] == ["Sup with gran"]
