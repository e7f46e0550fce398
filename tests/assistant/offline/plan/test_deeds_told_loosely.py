"""The plan stage, deeds told loosely: the listener named after the news ("workers have been
paid bro"), a stretched word before it ("finallyyyy handed in my assignment omg tick it off"),
how long a call took ("spoke to mom for like an hour lol"), a thing sent told as gone out
("invoice went out to okafor this morning"): each ticks its task (they had fallen back or
asked). "the power went out" sends nothing; "add call my bro" keeps its bro."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = (
    "Pay workers|Hand in uni assignment|Call mom|Call gran|Send invoice to Mr. Okafor"
    "|Fix the lights"
)


@pytest.mark.parametrize(
    ("message", "meant"),
    [
        ("workers have been paid bro", "Pay workers"),
        ("workers paid dude", "Pay workers"),
        ("finallyyyy handed in my assignment omg tick it off", "Hand in uni assignment"),
        ("omgggg finally handed in my assignment", "Hand in uni assignment"),
        ("spoke to mom for like an hour lol", "Call mom"),
        ("chatted with gran for ages", "Call gran"),
        ("invoice went out to okafor this morning", "Send invoice to Mr. Okafor"),
        ("the invoice has gone out to okafor", "Send invoice to Mr. Okafor"),
    ],
)
async def test_the_deed_ticks_its_task(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, meant: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], {meant: "done"})


@pytest.mark.parametrize("message", ["the power went out", "the lights went out again"])
async def test_news_of_no_deed_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message])


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("add call my bro", "Call my bro"),
        ("add study for an hour", "Study for an hour"),
        ("add finaly fix the fence", "Finally fix the fence"),
    ],
)
async def test_adds_keep_their_words(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, title: str
) -> None:
    await session_for(store).say(message)
    assert store.titles() == [title]
