"""The plan stage, an add whose title holds two capitals that name a thing ("pls add renew RN
license - high priority & tag it work. its been sitting in my head for weeks", "remind me to
email the TX office tomorrow"): the initials stay as typed, never read as the chat form
they spell ("rn" is "right now"), and how long it waited names no task to tag. Never harm:
"RN" said at the end of a request, or before "pls", is still "right now" and leaves the
title; "TY so much" is still thanks."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play, seed

SEEDS = "Buy compression socks|Swap shift with Dana"


@pytest.mark.parametrize(
    ("message", "added"),
    [
        ("add renew RN license", ["Renew RN license"]),
        ("remind me to email the TX office tomorrow", ["Email the TX office@2026-11-24"]),
        ("add pay the TB clinic invoice", ["Pay the TB clinic invoice"]),
        ("add book BC ferries for friday", ["Book BC ferries@2026-11-27"]),
        ("add renew the RN license, its been sitting there for weeks", ["Renew the RN license"]),
        ("add call mom RN", ["Call mom"]),
        ("add buy milk RN pls", ["Buy milk"]),
        ("RN add buy milk", ["Buy milk"]),
    ],
)
async def test_initials_in_a_title_stay_as_typed(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: list[str]
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == sorted([*SEEDS.split("|"), *added])


async def test_initials_with_a_level_a_tag_and_a_remark(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seed(store, SEEDS)
    session = session_for(store)
    result = await session.say(
        "pls add renew RN license - high priority & tag it work. "
        "its been sitting in my head for weeks"
    )
    added = [t for t in store.tasks.values() if t["title"] not in SEEDS.split("|")]
    assert [(t["title"], t["priority"], t["tags"]) for t in added] == [
        ("Renew RN license", "high", ["work"])
    ]
    assert "couldn't find" not in result.reply


async def test_a_tag_then_a_remark_tags_only_the_task_named(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seed(store, SEEDS)
    session = session_for(store)
    await session.say("tag the socks one work. it's been bugging me")
    assert [t["tags"] for t in store.tasks.values()] == [["work"], []]


async def test_thanks_in_capitals_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(store, session_for, SEEDS, ["TY so much"])
