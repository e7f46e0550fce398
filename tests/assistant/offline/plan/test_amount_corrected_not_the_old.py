"""The plan stage, a sum in the task just added corrected as "V not W": "wait it was $25 not
20, fix that" after "add venmo tyler $20 for the uber" makes it 'Venmo tyler $25 for the uber'
(it had not understood "it was", and "it's $25 not 20" had renamed the task '$25': the "20"
said was never matched to the title's "$20"). A bare "25" keeps the title's "$". For a title
without the old sum, "it's $25 not 20" changes nothing, nor does a remark ("it was fun not
boring")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore

ADD = "add venmo tyler $20 for the uber"


@pytest.mark.parametrize(
    "message",
    [
        "wait it was $25 not 20, fix that",
        "it's $25 not 20",
        "it was $25 not $20",
        "oops it should be 25 not 20",
        "make it $25 not 20",
        "no wait, it was 25 not 20 lol",
    ],
)
async def test_the_sum_is_corrected(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    session = session_for(store)
    await session.say(ADD)
    await session.say(message)
    assert store.titles() == ["Venmo tyler $25 for the uber"]


@pytest.mark.parametrize(
    ("add", "message"),
    [
        ("add call mom", "it's $25 not 20"),
        ("add call mom", "it was 25 not 20"),
        (ADD, "it was fun not boring"),
    ],
)
async def test_no_old_sum_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], add: str, message: str
) -> None:
    session = session_for(store)
    await session.say(add)
    before = store.titles()
    await session.say(message)
    assert store.titles() == before
