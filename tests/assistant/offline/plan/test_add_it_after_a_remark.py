"""The plan stage, an add of "it" with a remark between it and the thing ("every sunday i must
call my grandmother, she gets upset if i forget. add it as repeating task plz"): the thing said
before the remark is added, the remark is no task ('She get upset if i forget' had been added),
and a remark of the thing's weight ("it's important") is its level."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore


def _added(store: TaskStore) -> list[tuple[str, str, str]]:
    return [
        (t["title"], t["repeat_text"] or "", t["priority"] or "")
        for t in store.tasks.values()
        if t["title"] != "Pay rent"
    ]


@pytest.mark.parametrize(
    ("said", "added"),
    [
        (
            "every sunday i must call my grandmother in Alexandria, she get upset if i forget. "
            "add it as repeating task plz",
            ("Call my grandmother in Alexandria", "every Sunday", ""),
        ),
        (
            "i have to water the plants every monday. they die otherwise. "
            "add it as a recurring task",
            ("Water the plants", "every Monday", ""),
        ),
        (
            "i need to mail the cards to aunt jo. she will be cross otherwise. add it pls",
            ("Mail the cards to aunt jo", "", ""),
        ),
        (
            "i need to mail the cards to aunt jo. it's important. put that down",
            ("Mail the cards to aunt jo", "", "high"),
        ),
    ],
)
async def test_the_thing_before_the_remark_is_added(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    added: tuple[str, str, str],
) -> None:
    store.create("Pay rent")
    await session_for(store).say(said)
    assert _added(store) == [added]
