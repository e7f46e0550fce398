"""The plan stage, tags said as a list before the task: "put the tags travel and work on the
renew visa task", "add tags travel, work to renew visa", "give the visa task the tags travel and
work" tag 'Renew visa' travel and work (they had fallen back, or added a task 'Tags travel, work
to renew visa', or three tasks). Never harm: a new task with its tags stays an add of it, and a
list of things to buy that starts with tags stays a list."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

SEEDS = "Renew visa|Buy milk"


@pytest.mark.parametrize(
    ("said", "tags"),
    [
        ("put the tags travel and work on the renew visa task", ["travel", "work"]),
        ("add tags travel, work to renew visa", ["travel", "work"]),
        ("tag the visa one travel and work", ["travel", "work"]),
        ("stick the labels travel & work on the visa one", ["travel", "work"]),
        ("add the tags travel, admin and work to renew visa", ["travel", "admin", "work"]),
        ("give the visa task the tags travel and work", ["travel", "work"]),
        ("add tags travel and work to the visa one pls", ["travel", "work"]),
        ("put the labels errands and home on buy milk", ["errands", "home"]),
        ("put tags travel and urgent-docs on the renw visa one", ["travel", "urgent-docs"]),
    ],
)
async def test_the_task_gets_every_tag(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, tags: list[str]
) -> None:
    state, reply = await play(store, session_for, SEEDS, [said])
    assert state == ["Buy milk", "Renew visa"], reply
    tagged = {t["title"]: t["tags"] for t in store.tasks.values() if t["tags"]}
    assert list(tagged.values()) == [tags], reply


@pytest.mark.parametrize(
    ("said", "after"),
    [
        ("add buy toner with the tags office and work",
         ["Buy milk", "Buy toner", "Renew visa"]),
        ("add price tags, tape and scissors",
         ["Buy milk", "Price tags", "Renew visa", "Scissors", "Tape"]),
        ("does renew visa have the tags travel and work?", ["Buy milk", "Renew visa"]),
        ("what are the tags on renew visa", ["Buy milk", "Renew visa"]),
        ("remove the tags travel and work from renew visa", ["Buy milk", "Renew visa"]),
    ],
)  # fmt: skip
async def test_never_harm(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, after: list[str]
) -> None:
    state, reply = await play(store, session_for, SEEDS, [said])
    assert state == after, reply
    visa = next(t for t in store.tasks.values() if t["title"] == "Renew visa")
    assert not visa["tags"], reply
